import type { JenisPeran } from '../anggota/peran-options';
import { jumlahDiundang, type Undangan } from '../kegiatan/kegiatan-schema';

/**
 * One person on the event's list, as the sheet prints them (no NIK: attendance sheets carry none,
 * docs/domain.md §6).
 */
export interface PesertaDaftarHadir {
  readonly nama: string;
  /** The cooperative they come for ('' for someone on their own account). */
  readonly koperasiId: string;
  readonly koperasiNama: string;
  readonly jabatan: string;
  /** Their role there: the sheet prints its label when no jabatan is recorded. */
  readonly peran?: JenisPeran | undefined;
  readonly telepon: string;
}

/**
 * The side of the signature column a row signs on. Numbers alternate left and right, so neighbours never sign on
 * top of each other and a signature copied down the column stands out (docs/domain.md §5).
 */
export type SisiTandaTangan = 'kiri' | 'kanan';

/** `peserta`: someone on the list; `perwakilan`: a blank row for an expected representative of a cooperative; `kosong`: a walk-in. */
export type JenisBaris = 'peserta' | 'perwakilan' | 'kosong';

export interface BarisDaftarHadir {
  readonly nomor: number;
  readonly jenis: JenisBaris;
  readonly nama: string;
  readonly koperasi: string;
  readonly jabatan: string;
  readonly telepon: string;
  readonly sisi: SisiTandaTangan;
}

export interface InputDaftarHadir {
  /** Everyone on the list (invited and already checked in), in the order the sheet shows them. */
  readonly peserta: readonly PesertaDaftarHadir[];
  readonly undangan: readonly Undangan[];
  /** The invited cooperatives' names by id (a cooperative deleted since prints no name). */
  readonly koperasiNama: ReadonlyMap<string, string>;
  /** Fully blank rows at the end, for people nobody expected. */
  readonly barisKosong: number;
  /** The role's label, for people with a role but no jabatan. */
  readonly labelPeran: (peran: JenisPeran) => string;
}

/** The most blank rows a sheet takes: more is a typing slip, not an event (the schema allows 500 invitations). */
export const BARIS_KOSONG_MAKS = 500;

export const sisiTandaTangan = (nomor: number): SisiTandaTangan => (nomor % 2 === 1 ? 'kiri' : 'kanan');

/**
 * The rows of a daftar hadir: everyone on the list, then for each invited cooperative a blank row (its name
 * written in) for every representative it is expected to send and who is not on the list yet, then blank rows for
 * walk-ins. Numbered from 1 without a gap; each number signs on its side. The cooperatives' blank rows follow the
 * cooperatives' names, the order the list itself uses.
 */
export function barisDaftarHadir(input: InputDaftarHadir): BarisDaftarHadir[] {
  const rows: BarisDaftarHadir[] = [];
  const push = (r: Omit<BarisDaftarHadir, 'nomor' | 'sisi'>) => {
    const nomor = rows.length + 1;
    rows.push({ ...r, nomor, sisi: sisiTandaTangan(nomor) });
  };

  const listed = new Map<string, number>();
  for (const p of input.peserta) {
    if (p.koperasiId) listed.set(p.koperasiId, (listed.get(p.koperasiId) ?? 0) + 1);
    push({
      jenis: 'peserta',
      nama: p.nama,
      koperasi: p.koperasiNama,
      jabatan: p.jabatan || (p.peran ? input.labelPeran(p.peran) : ''),
      telepon: p.telepon,
    });
  }

  const expected = input.undangan
    .map((u) => ({ nama: input.koperasiNama.get(u.koperasiId) ?? '', kosong: Math.max(0, jumlahDiundang(u) - (listed.get(u.koperasiId) ?? 0)) }))
    .filter((u) => u.kosong > 0)
    .sort((a, b) => compareNama(a.nama, b.nama));
  for (const u of expected) for (let i = 0; i < u.kosong; i++) push({ jenis: 'perwakilan', nama: '', koperasi: u.nama, jabatan: '', telepon: '' });

  const blanks = Math.min(BARIS_KOSONG_MAKS, Math.max(0, Math.floor(input.barisKosong)));
  for (let i = 0; i < blanks; i++) push({ jenis: 'kosong', nama: '', koperasi: '', jabatan: '', telepon: '' });
  return rows;
}

const compareNama = (a: string, b: string) => a.localeCompare(b, 'id', { sensitivity: 'base' });
