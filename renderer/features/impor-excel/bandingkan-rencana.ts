import type { BarisRencana, RencanaImpor, StatusBaris } from '../../db/impor-excel/rencana-impor';

export interface BarisBerubah {
  readonly nomor: number;
  readonly lembar?: string;
  readonly label: string;
  readonly dari: StatusBaris;
  readonly ke: StatusBaris;
}

const kunci = (b: Pick<BarisRencana, 'lembar' | 'nomor'>) => `${b.lembar ?? ''}|${b.nomor}`;
const ringkas = (b: BarisRencana) => `${b.status}|${b.diubah.join(',')}|${b.masalah.map((m) => m.kode).join(',')}`;

/**
 * The rows whose outcome differs between two previews of the same file (before and after records changed under
 * it): another status, other fields to change, or other findings. What the officer is shown after Terapkan met a
 * change made by someone else since the preview.
 */
export function bandingkanRencana(lama: RencanaImpor, baru: RencanaImpor): BarisBerubah[] {
  const sebelum = new Map(lama.baris.map((b) => [kunci(b), b]));
  const out: BarisBerubah[] = [];
  for (const b of baru.baris) {
    const a = sebelum.get(kunci(b));
    if (a && ringkas(a) !== ringkas(b)) out.push({ nomor: b.nomor, lembar: b.lembar, label: b.label, dari: a.status, ke: b.status });
  }
  return out;
}
