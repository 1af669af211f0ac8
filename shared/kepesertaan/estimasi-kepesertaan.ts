import { estimasiIuran, type EstimasiIuran, type EstimasiIuranInput } from './estimasi-iuran';
import { tarifBerlaku, type TarifIuran } from './tarif-iuran';

/**
 * The date whose rates price an enrollment: its effective date when that is still ahead (a new participant pays
 * the rates of the month they start), otherwise today (a running participant pays today's rates).
 */
export function tanggalTarif(tanggalEfektif: string, today: string): string {
  return tanggalEfektif > today ? tanggalEfektif : today;
}

/** One enrollment's monthly estimate with the rate period used, or null when no period covers the date. */
export function estimasiKepesertaan(
  k: EstimasiIuranInput & { readonly tanggalEfektif: string },
  tarif: readonly TarifIuran[],
  today: string,
): { estimasi: EstimasiIuran; tarif: TarifIuran } | null {
  const rate = tarifBerlaku(tarif, tanggalTarif(k.tanggalEfektif, today));
  return rate ? { estimasi: estimasiIuran(k, rate), tarif: rate } : null;
}
