import { AWALAN_HASH, hashNik } from '../../../shared/anggota/hash-nik';
import { anggotaFieldNames, anggotaSchema, emptyAnggota, pickAnggotaFields, type Anggota } from '../../../shared/anggota/anggota-schema';
import { peranSchema, type Peran } from '../../../shared/anggota/peran-schema';
import type { BarisBersih } from '../../../shared/impor-excel/bersihkan-baris';
import type { MasalahSel } from '../../../shared/impor-excel/masalah-sel';
import type { KopLindungDb } from '../database';
import type { AnggotaRecord, KoperasiRecord, PeranRecord } from '../synced-records';
import { namaPolos } from './rencana-koperasi';
import {
  adaGalat,
  barisGalat,
  hitungStatus,
  masalahSkema,
  rencanakanBaris,
  selisih,
  type BarisRencana,
  type JudulField,
  type Operasi,
  type ProgresRencana,
  type RencanaImpor,
} from './rencana-impor';
import { bacaTanda } from './tanda-rencana';

/** The longest sheet name Excel allows. */
const BATAS_NAMA_LEMBAR = 31;

/** How many keys one `anyOf` read takes at a time. */
const POTONGAN = 5_000;

/** The people and cooperatives a people or results file refers to, read in a few index ranges. */
export interface KenalanOrang {
  readonly koperasi: (nama: string) => KoperasiRecord[];
  readonly byNik: ReadonlyMap<string, AnggotaRecord>;
  /** A person known in a cooperative (holding a role there) by plain name: for rows without a NIK. */
  readonly byNamaKoperasi: ReadonlyMap<string, AnggotaRecord>;
  readonly peran: ReadonlyMap<string, PeranRecord>;
}

export async function kenaliOrang(db: KopLindungDb, rows: readonly BarisBersih[]): Promise<KenalanOrang> {
  const byNama = new Map<string, KoperasiRecord[]>();
  for (const k of await db.koperasi.toArray()) if (k.deleted === 0) byNama.set(namaPolos(k.nama), [...(byNama.get(namaPolos(k.nama)) ?? []), k]);
  const terpotong = new Map<string, KoperasiRecord[]>();
  const koperasi = (nama: string): KoperasiRecord[] => {
    const p = namaPolos(nama);
    const persis = byNama.get(p);
    if (persis || nama.trim().length < BATAS_NAMA_LEMBAR) return persis ?? [];
    // Excel cuts a sheet's name at 31 characters: a sheet named after a cooperative with a longer name holds the
    // start of it. The one cooperative whose name starts so is the one meant; two or more stay unknown.
    if (!terpotong.has(p)) {
      const cocok = [...byNama.entries()].filter(([k]) => k.startsWith(p));
      terpotong.set(p, cocok.length === 1 ? cocok[0]![1] : []);
    }
    return terpotong.get(p)!;
  };
  const niks = [...new Set(rows.map((r) => r.nilai.nik as string | undefined).filter((n): n is string => !!n))];
  const byNik = new Map<string, AnggotaRecord>();
  for (let i = 0; i < niks.length; i += POTONGAN) {
    const potongan = niks.slice(i, i + POTONGAN);
    // An erased person is found by the hash of a NIK they had (hash-nik.ts): the row is refused, never made anew.
    const hash = new Map(potongan.map((n) => [AWALAN_HASH + hashNik(n)!, n]));
    for (const a of await db.anggota
      .where('nikSemua')
      .anyOf([...potongan, ...hash.keys()])
      .toArray()) {
      for (const n of a.nikSemua ?? []) byNik.set(hash.get(n) ?? n, a);
    }
  }
  const koperasiIds = [...new Set(rows.flatMap((r) => koperasi(String(r.nilai.koperasi ?? '')).map((k) => k.id)))];
  const peran = new Map<string, PeranRecord>();
  const pemegang = new Set<string>();
  for (let i = 0; i < koperasiIds.length; i += POTONGAN) {
    for (const p of await db.peran
      .where('koperasiId')
      .anyOf(koperasiIds.slice(i, i + POTONGAN))
      .toArray()) {
      if (p.deleted !== 0) continue;
      peran.set(`${p.anggotaId}|${p.koperasiId}|${p.peran}`, p);
      pemegang.add(p.anggotaId);
    }
  }
  const byNamaKoperasi = new Map<string, AnggotaRecord>();
  const ids = [...pemegang];
  const orang = new Map<string, AnggotaRecord>();
  for (let i = 0; i < ids.length; i += POTONGAN)
    for (const a of await db.anggota.bulkGet(ids.slice(i, i + POTONGAN))) if (a && a.deleted === 0) orang.set(a.id, a);
  for (const p of peran.values()) {
    const a = orang.get(p.anggotaId);
    if (!a) continue;
    // A row without a NIK is first the person recorded without one (the same walk-in list imported again).
    const kunci = `${namaPolos(a.nama)}|${p.koperasiId}`;
    const ada = byNamaKoperasi.get(kunci);
    if (!ada || (ada.nik && !a.nik)) byNamaKoperasi.set(kunci, a);
  }
  return { koperasi, byNik, byNamaKoperasi, peran };
}

/** The cooperative a row names, or the finding that explains why none. */
export function koperasiBaris(k: KenalanOrang, nama: string, judul: JudulField): KoperasiRecord | MasalahSel | undefined {
  if (!nama) return undefined;
  const found = k.koperasi(nama);
  if (found.length === 1) return found[0];
  return { kolom: judul('koperasi'), tingkat: 'galat', kode: found.length === 0 ? 'koperasiTidakDikenal' : 'koperasiGanda', nilai: nama };
}

/**
 * Plans a people import: each person matched by NIK (every NIK they are known by), or, without a NIK, by plain
 * name among the people holding a role in the row's cooperative, so importing the same list again finds them.
 * The same person on several rows (a member of two cooperatives) is one person with several roles. A role is
 * added when the person does not hold it in that cooperative yet; a changed jabatan updates it.
 */
export async function rencanaOrang(db: KopLindungDb, rows: readonly BarisBersih[], judul: JudulField, onProgress?: ProgresRencana): Promise<RencanaImpor> {
  const tanda = await bacaTanda(db);
  const k = await kenaliOrang(db, rows);
  const direncanakan = new Map<string, { id: string; nomor: number }>();
  const peranDirencanakan = new Set<string>();
  const baris = rencanakanBaris(
    rows,
    (b): BarisRencana => {
      const v = b.nilai;
      const label = String(v.nama ?? '');
      if (adaGalat(b.masalah)) return barisGalat(b, label);
      const kop = koperasiBaris(k, String(v.koperasi ?? ''), judul);
      if (kop && !('id' in kop)) return barisGalat(b, label, [kop]);
      const nik = String(v.nik ?? '');
      const kunci = nik || (kop ? `${namaPolos(label)}|${kop.id}` : '');
      const ada = nik ? k.byNik.get(nik) : kop ? k.byNamaKoperasi.get(kunci) : undefined;
      if (ada && ada.deleted !== 0)
        return barisGalat(b, label, [{ kolom: judul('nik'), tingkat: 'galat', kode: ada.dihapusPribadi ? 'dataPribadiDihapus' : 'orangTerhapus', nilai: nik }]);
      const rencana = kunci ? direncanakan.get(kunci) : undefined;
      const fields = Object.fromEntries(anggotaFieldNames.filter((f) => v[f] !== undefined).map((f) => [f, v[f]]));
      const lama = ada ? pickAnggotaFields(ada) : emptyAnggota();
      const parsed = anggotaSchema.safeParse({ ...lama, ...fields });
      if (!parsed.success) return barisGalat(b, label, masalahSkema(parsed.error, judul));
      const operasi: Operasi[] = [];
      const diubah: string[] = [];
      let anggotaId: string;
      let baru = false;
      if (rencana) {
        anggotaId = rencana.id;
      } else if (ada) {
        anggotaId = ada.id;
        const patch = selisih(lama as unknown as Record<string, unknown>, parsed.data as unknown as Record<string, unknown>);
        if (Object.keys(patch).length) operasi.push({ op: 'ubah', table: 'anggota', id: ada.id, patch });
        diubah.push(...Object.keys(patch));
      } else {
        anggotaId = crypto.randomUUID();
        baru = true;
        operasi.push({ op: 'buat', table: 'anggota', id: anggotaId, values: parsed.data as unknown as Record<string, unknown> });
      }
      if (kunci && !rencana) direncanakan.set(kunci, { id: anggotaId, nomor: b.nomor });
      if (kop) {
        const jenis = v.peran as Peran['peran'];
        const kunciPeran = `${anggotaId}|${kop.id}|${jenis}`;
        const lamaPeran = k.peran.get(kunciPeran);
        const jabatan = String(v.jabatan ?? lamaPeran?.jabatan ?? '');
        if (lamaPeran) {
          if (jabatan !== lamaPeran.jabatan) {
            operasi.push({ op: 'ubah', table: 'peran', id: lamaPeran.id, patch: { jabatan } });
            diubah.push('jabatan');
          }
        } else if (!peranDirencanakan.has(kunciPeran)) {
          const peran = peranSchema.safeParse({ anggotaId, koperasiId: kop.id, peran: jenis, jabatan, mulai: '', selesai: '', catatan: '' });
          if (!peran.success) return barisGalat(b, label, masalahSkema(peran.error, judul));
          peranDirencanakan.add(kunciPeran);
          operasi.push({ op: 'buat', table: 'peran', id: crypto.randomUUID(), values: peran.data as unknown as Record<string, unknown> });
          if (!baru) diubah.push('peran');
        }
      }
      const status = baru ? 'baru' : operasi.length ? 'diperbarui' : 'sama';
      return { nomor: b.nomor, lembar: b.lembar, label, masalah: b.masalah, diubah, status, operasi };
    },
    onProgress,
  );
  return { jenis: 'orang', baris, jumlah: hitungStatus(baris), tanda };
}

export type { Anggota };
