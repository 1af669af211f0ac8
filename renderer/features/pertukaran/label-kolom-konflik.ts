import type { TFunction } from 'i18next';
import type { SyncedTable } from '../../../shared/records/synced-tables';
import { koperasiFieldLabel } from '../koperasi/koperasi-field-label';

/** Where each table's form labels live in i18n; check-ins and the print log have no form, so no labels. */
const fieldsKey: Partial<Record<SyncedTable, string>> = {
  anggota: 'anggota.fields',
  peran: 'peran.fields',
  kepesertaan: 'kepesertaan.fields',
  kegiatan: 'kegiatan.fields',
};

const regionField = /^(kecamatan|kelurahan)(Kode|Nama)$/;

/**
 * The label of a field in the conflict list, as the record's own form shows it, so staff recognise what two
 * laptops disagree about. A field without a label anywhere keeps its code name rather than showing nothing.
 */
export function labelKolomKonflik(t: TFunction, tabel: SyncedTable, field: string): string {
  if (field === 'deleted') return t('pertukaran.konflik.kolomDeleted');
  if (tabel === 'koperasi') return t(`koperasi.fields.${field}`, { defaultValue: '' }) || (regionField.test(field) ? koperasiFieldLabel(t, field) : field);
  const base = fieldsKey[tabel];
  if (!base) return field;
  const region = regionField.exec(field);
  return t(`${base}.${region ? region[1] : field}`, { defaultValue: field });
}
