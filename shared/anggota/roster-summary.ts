import type { Koperasi } from '../koperasi/koperasi-schema';
import type { Anggota } from './anggota-schema';
import { jabatanSaran, jenisPeran, type JenisPeran } from './peran-options';
import { peranAktif, type Peran } from './peran-schema';

/** One role with its person, as the repository returns a cooperative's roster (deleted people already left out). */
export interface RosterEntry {
  readonly peran: Pick<Peran, 'peran' | 'jabatan' | 'mulai' | 'selesai'>;
  readonly anggota: Pick<Anggota, 'jenisKelamin'> & { readonly id: string };
}

export interface RosterGroups<T extends RosterEntry> {
  /** Current roles by kind, in the roster's order (pengurus and pengawas by rank of jabatan first). */
  readonly aktif: Readonly<Record<JenisPeran, readonly T[]>>;
  /** Ended roles of every kind, most recently ended first: the cooperative's history, kept apart. */
  readonly berakhir: readonly T[];
}

/** People recorded with a current role of one kind, by sex; people whose sex is not entered are counted apart. */
export interface Tercatat {
  readonly laki: number;
  readonly perempuan: number;
  readonly tanpaJenisKelamin: number;
  readonly total: number;
}

/** What the cooperative reports against what the office has recorded, for members or for employees. */
export interface Perbandingan {
  readonly dilaporkan: { readonly laki: number; readonly perempuan: number; readonly total: number };
  readonly tercatat: Tercatat;
  /** Reported but not yet recorded (0 when the records caught up). */
  readonly belumTercatat: number;
  /** Recorded beyond the report: the report is probably out of date (0 otherwise). */
  readonly melebihiLaporan: number;
}

export interface RosterSummary<T extends RosterEntry> {
  readonly groups: RosterGroups<T>;
  readonly anggota: Perbandingan;
  readonly karyawan: Perbandingan;
}

type LaporanUkuran = Pick<Koperasi, 'anggotaLaki' | 'anggotaPerempuan' | 'karyawanLaki' | 'karyawanPerempuan'>;

/**
 * A cooperative's people grouped for its Orang tab, and its reported size set against the people recorded with a
 * current role on `today`. A person is counted once per kind however many roles of that kind they hold (a role
 * ended and started again). Members are people with an `anggota` role: pengurus recorded without one are not
 * counted as members, so the count matches the list shown under Anggota.
 */
export function rosterSummary<T extends RosterEntry>(entries: readonly T[], laporan: LaporanUkuran, today: string): RosterSummary<T> {
  const aktif = Object.fromEntries(jenisPeran.map((j) => [j, [] as T[]])) as Record<JenisPeran, T[]>;
  const berakhir: T[] = [];
  for (const e of entries) {
    if (peranAktif(e.peran, today)) aktif[e.peran.peran].push(e);
    else berakhir.push(e);
  }
  aktif.pengurus = byRank(aktif.pengurus, jabatanSaran.pengurus);
  aktif.pengawas = byRank(aktif.pengawas, jabatanSaran.pengawas);
  berakhir.sort((a, b) => (a.peran.selesai < b.peran.selesai ? 1 : a.peran.selesai > b.peran.selesai ? -1 : 0));
  return {
    groups: { aktif, berakhir },
    anggota: bandingkan(laporan.anggotaLaki, laporan.anggotaPerempuan, tercatat(aktif.anggota)),
    karyawan: bandingkan(laporan.karyawanLaki, laporan.karyawanPerempuan, tercatat(aktif.karyawan)),
  };
}

function tercatat(entries: readonly RosterEntry[]): Tercatat {
  const people = new Map(entries.map((e) => [e.anggota.id, e.anggota.jenisKelamin]));
  let laki = 0;
  let perempuan = 0;
  for (const jk of people.values()) {
    if (jk === 'L') laki++;
    else if (jk === 'P') perempuan++;
  }
  return { laki, perempuan, tanpaJenisKelamin: people.size - laki - perempuan, total: people.size };
}

function bandingkan(laki: number, perempuan: number, t: Tercatat): Perbandingan {
  const total = laki + perempuan;
  return {
    dilaporkan: { laki, perempuan, total },
    tercatat: t,
    belumTercatat: Math.max(0, total - t.total),
    melebihiLaporan: Math.max(0, t.total - total),
  };
}

/** Ketua before Sekretaris before Bendahara, as letterheads and reports list them; unknown jabatan after, by name. */
function byRank<T extends RosterEntry>(entries: readonly T[], ranks: readonly string[]): T[] {
  const rank = (e: T) => {
    const i = ranks.findIndex((r) => r.toLowerCase() === e.peran.jabatan.trim().toLowerCase());
    return i < 0 ? ranks.length : i;
  };
  return [...entries].sort((a, b) => rank(a) - rank(b));
}
