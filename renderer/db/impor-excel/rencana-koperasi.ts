import { emptyKoperasi, koperasiSchema, pickKoperasiFields, type Koperasi } from '../../../shared/koperasi/koperasi-schema';
import type { BarisBersih } from '../../../shared/impor-excel/bersihkan-baris';
import type { MasalahSel } from '../../../shared/impor-excel/masalah-sel';
import { compactText, searchWords } from '../../../shared/search/search-text';
import type { KopLindungDb } from '../database';
import type { KoperasiRecord } from '../synced-records';
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

export const namaPolos = (nama: string) => searchWords(nama).join(' ');

/**
 * Plans a cooperative import: each row matched to a live cooperative by Nomor Induk Koperasi, then nomor badan
 * hukum, then plain name and kecamatan. A cooperative with a close name (same name elsewhere, or one letter or two
 * apart in the same kecamatan) is shown as a suggestion and never merged. A second row for the same cooperative
 * in the file is refused, naming the first. Reads the registry whole: a district has about 2,000.
 */
export async function rencanaKoperasi(db: KopLindungDb, rows: readonly BarisBersih[], judul: JudulField, onProgress?: ProgresRencana): Promise<RencanaImpor> {
  const tanda = await bacaTanda(db);
  const semua = (await db.koperasi.toArray()).filter((k) => k.deleted === 0);
  const byNik = new Map<string, KoperasiRecord>();
  const byBh = new Map<string, KoperasiRecord>();
  const byNamaKec = new Map<string, KoperasiRecord>();
  for (const k of semua) {
    if (k.nomorIndukKoperasi) byNik.set(k.nomorIndukKoperasi, k);
    if (k.nomorBadanHukum) byBh.set(compactText(k.nomorBadanHukum), k);
    byNamaKec.set(`${namaPolos(k.nama)}|${k.kecamatanKode}`, k);
  }
  const dipakai = new Map<string, string>();
  const baris = rencanakanBaris(
    rows,
    (b): BarisRencana => {
      const v = b.nilai as Partial<Koperasi>;
      const label = v.nama ?? '';
      if (adaGalat(b.masalah)) return barisGalat(b, label);
      const kunci = `${namaPolos(v.nama ?? '')}|${v.kecamatanKode ?? ''}`;
      const ada =
        (v.nomorIndukKoperasi && byNik.get(v.nomorIndukKoperasi)) || (v.nomorBadanHukum && byBh.get(compactText(v.nomorBadanHukum))) || byNamaKec.get(kunci);
      const identitas = ada ? ada.id : kunci;
      if (dipakai.has(identitas))
        return barisGalat(b, label, [{ kolom: judul('nama'), tingkat: 'galat', kode: 'gandaDalamBerkas', nilai: dipakai.get(identitas) }]);
      // Across several sheets the first row is named with its sheet: "12 (KSP Maju)".
      dipakai.set(identitas, b.lembar ? `${b.nomor} (${b.lembar})` : String(b.nomor));
      const lama = ada ? pickKoperasiFields(ada) : emptyKoperasi();
      const parsed = koperasiSchema.safeParse({ ...lama, ...v });
      if (!parsed.success) return barisGalat(b, label, masalahSkema(parsed.error, judul));
      if (ada) {
        const patch = selisih(lama as unknown as Record<string, unknown>, parsed.data as unknown as Record<string, unknown>);
        const diubah = Object.keys(patch);
        return {
          nomor: b.nomor,
          lembar: b.lembar,
          label,
          masalah: b.masalah,
          diubah,
          status: diubah.length ? 'diperbarui' : 'sama',
          operasi: diubah.length ? [{ op: 'ubah', table: 'koperasi', id: ada.id, patch }] : [],
        };
      }
      const mirip = semua.find((k) => namaMirip(namaPolos(k.nama), namaPolos(v.nama ?? ''), k.kecamatanKode === (v.kecamatanKode ?? '')));
      const masalah: readonly MasalahSel[] = mirip
        ? [
            ...b.masalah,
            {
              kolom: judul('nama'),
              tingkat: 'peringatan',
              kode: 'namaMirip',
              nilai: v.nama ?? '',
              hasil: `${mirip.nama}${mirip.kecamatanNama ? ` (${mirip.kecamatanNama})` : ''}`,
            },
          ]
        : b.masalah;
      return {
        nomor: b.nomor,
        lembar: b.lembar,
        label,
        masalah,
        diubah: [],
        status: 'baru',
        operasi: [{ op: 'buat', table: 'koperasi', id: crypto.randomUUID(), values: parsed.data as unknown as Record<string, unknown> }],
      };
    },
    onProgress,
  );
  return { jenis: 'koperasi', baris, jumlah: hitungStatus(baris), tanda };
}

/** The same plain name in another kecamatan, or at most two letters apart in the same one. */
function namaMirip(a: string, b: string, kecamatanSama: boolean): boolean {
  if (a === b) return true;
  return kecamatanSama && Math.abs(a.length - b.length) <= 2 && jarakEdit(a, b, 2) <= 2;
}

/** Levenshtein distance, stopping once it passes `batas`. */
export function jarakEdit(a: string, b: string, batas: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let min = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      min = Math.min(min, cur[j]!);
    }
    if (min > batas) return batas + 1;
    prev = cur;
  }
  return prev[b.length]!;
}
