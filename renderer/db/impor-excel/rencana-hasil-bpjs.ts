import { kepesertaanSchema, type Kepesertaan } from '../../../shared/kepesertaan/kepesertaan-schema';
import { langkahStatus } from '../../../shared/kepesertaan/status-kepesertaan';
import type { BarisBersih } from '../../../shared/impor-excel/bersihkan-baris';
import { pickFields } from '../../../shared/records/pick-fields';
import { kepesertaanFieldNames } from '../../../shared/kepesertaan/kepesertaan-schema';
import type { KopLindungDb } from '../database';
import type { KepesertaanRecord } from '../synced-records';
import { namaPolos } from './rencana-koperasi';
import { kenaliOrang, koperasiBaris } from './rencana-orang';
import {
  adaGalat,
  barisGalat,
  hitungStatus,
  masalahSkema,
  rencanakanBaris,
  selisih,
  type BarisRencana,
  type JudulField,
  type ProgresRencana,
  type RencanaImpor,
} from './rencana-impor';
import { bacaTanda } from './tanda-rencana';

/**
 * Plans the BPJS branch's list of registered participants: each row's person found by NIK (or by name among the
 * people of the named cooperative), then their enrollment (in that cooperative when one is named) moved to
 * terdaftar with the KPJ, through the life cycle's own step (only an enrollment that was submitted, or a nonaktif
 * one, can become terdaftar). Already terdaftar with the same KPJ is `sama`; no enrollment, or one not submitted
 * yet, is an error that says so.
 */
export async function rencanaHasilBpjs(
  db: KopLindungDb,
  rows: readonly BarisBersih[],
  judul: JudulField,
  sekarang: string,
  onProgress?: ProgresRencana,
): Promise<RencanaImpor> {
  const tanda = await bacaTanda(db);
  const k = await kenaliOrang(db, rows);
  const orang = rows.map((b) => {
    const kop = koperasiBaris(k, String(b.nilai.koperasi ?? ''), judul);
    const nik = String(b.nilai.nik ?? '');
    const a = nik ? k.byNik.get(nik) : kop && 'id' in kop ? k.byNamaKoperasi.get(`${namaPolos(String(b.nilai.nama ?? ''))}|${kop.id}`) : undefined;
    return { kop, a };
  });
  const ids = [...new Set(orang.map((o) => o.a?.id).filter((id): id is string => !!id))];
  const kepesertaan = new Map<string, KepesertaanRecord[]>();
  for (let i = 0; i < ids.length; i += 5_000) {
    for (const kp of await db.kepesertaan
      .where('anggotaId')
      .anyOf(ids.slice(i, i + 5_000))
      .toArray())
      if (kp.deleted === 0) kepesertaan.set(kp.anggotaId, [...(kepesertaan.get(kp.anggotaId) ?? []), kp]);
  }
  const dipakai = new Set<string>();
  const baris = rencanakanBaris(
    rows,
    (b, i): BarisRencana => {
      const label = String(b.nilai.nama ?? orang[i]!.a?.nama ?? '');
      if (adaGalat(b.masalah)) return barisGalat(b, label);
      const { kop, a } = orang[i]!;
      if (kop && !('id' in kop)) return barisGalat(b, label, [kop]);
      if (!a || a.deleted !== 0)
        return barisGalat(b, label, [
          { kolom: judul(b.nilai.nik ? 'nik' : 'nama'), tingkat: 'galat', kode: 'orangTidakDikenal', nilai: String(b.nilai.nik ?? b.nilai.nama ?? '') },
        ]);
      const milik = (kepesertaan.get(a.id) ?? []).filter((kp) => !kop || kp.koperasiId === kop.id);
      const kpj = String(b.nilai.kpj);
      const sudah = milik.find((kp) => kp.status === 'terdaftar' && kp.kpj === kpj);
      if (sudah) return { nomor: b.nomor, lembar: b.lembar, label: a.nama, masalah: b.masalah, diubah: [], status: 'sama', operasi: [] };
      const calon = milik.find((kp) => langkahStatus[kp.status].includes('terdaftar') && !dipakai.has(kp.id));
      if (!calon) {
        const kode = milik.length === 0 ? 'tanpaKepesertaan' : 'belumDiajukan';
        return barisGalat(b, a.nama, [{ kolom: judul('kpj'), tingkat: 'galat', kode, nilai: milik.map((kp) => kp.status).join(', ') }]);
      }
      dipakai.add(calon.id);
      const lama = pickFields(calon, kepesertaanFieldNames) as Kepesertaan;
      const tanggal = String(b.nilai.tanggal ?? '');
      const baru = {
        ...lama,
        status: 'terdaftar' as const,
        statusSejak: sekarang,
        kpj,
        ...(tanggal && !lama.tanggalEfektif ? { tanggalEfektif: tanggal } : {}),
      };
      const parsed = kepesertaanSchema.safeParse(baru);
      if (!parsed.success) return barisGalat(b, a.nama, masalahSkema(parsed.error, judul));
      const patch = selisih(lama as unknown as Record<string, unknown>, parsed.data as unknown as Record<string, unknown>);
      return {
        nomor: b.nomor,
        lembar: b.lembar,
        label: a.nama,
        masalah: b.masalah,
        diubah: Object.keys(patch),
        status: 'diperbarui',
        operasi: [{ op: 'ubah', table: 'kepesertaan', id: calon.id, patch }],
      };
    },
    onProgress,
  );
  return { jenis: 'hasilBpjs', baris, jumlah: hitungStatus(baris), tanda };
}
