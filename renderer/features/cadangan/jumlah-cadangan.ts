import type { CadanganInfo } from '../../../shared/cadangan/cadangan-info';

/**
 * All records a backup holds, over every section: the one number the list and the recovery page show. A
 * changes-only backup counts the records that changed; the aliases it carries whole are not changes.
 */
export function jumlahCadangan(cadangan: Pick<CadanganInfo, 'jumlah'> & { readonly jenis?: CadanganInfo['jenis'] }): number {
  return Object.entries(cadangan.jumlah).reduce((n, [section, v]) => (cadangan.jenis === 'perubahan' && section === 'alias' ? n : n + v), 0);
}

/** A size in kB or MB, as an office reads it. */
export function ukuranBerkas(bytes: number, locale: string): string {
  const format = (n: number) => n.toLocaleString(locale === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 });
  return bytes < 1024 * 1024 ? `${format(Math.max(0.1, bytes / 1024))} kB` : `${format(bytes / 1024 / 1024)} MB`;
}
