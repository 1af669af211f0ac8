import { formatRupiah } from './format-rupiah';

/**
 * Rupiah as an office writes it, for every money field (wage, declared income, the rupiah figures of the rates):
 * "5.599.593", "5599593", "Rp 5.599.593", "Rp5.599.593,-", "5.599.593,00", and "5,599,593" pasted from an English
 * spreadsheet. Groups must be of three digits, so "5.599593" (a typo that a number box used to read as 5,599593)
 * and "5,5" are not guessed at: they give NaN, which the schema reports as "tulis jumlah rupiah" beside the field.
 */
export function bacaRupiah(text: string): number {
  const s = text
    .replace(/\s+/g, '')
    .replace(/^(-?)rp\.?/i, '$1')
    .replace(/,(-|0+)$/, '');
  if (/^-?\d+$/.test(s)) return Number(s);
  if (/^-?\d{1,3}(\.\d{3})+$/.test(s) || /^-?\d{1,3}(,\d{3})+$/.test(s)) return Number(s.replace(/[.,]/g, ''));
  return Number.NaN;
}

/** A whole amount as a money field shows it: Indonesian thousands dots, no "Rp" (the label says it); '' for none. */
export function tulisRupiah(value: number): string {
  return Number.isFinite(value) && value !== 0 ? formatRupiah(value).replace('Rp', '') : '';
}
