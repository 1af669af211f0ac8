import type { TFunction } from 'i18next';

const regionField = /^(kecamatan|kelurahan)(Kode|Nama)$/;

/**
 * The label of a cooperative field as the form shows it. A region is stored as a Kemendagri code plus a name
 * snapshot, and both carry the region's label; `codeSuffix` tells them apart where both appear (a CSV header).
 */
export function koperasiFieldLabel(t: TFunction, field: string, options: { codeSuffix?: boolean } = {}): string {
  const region = regionField.exec(field);
  if (!region) return t(`koperasi.fields.${field}` as never);
  const label = t(`koperasi.fields.${region[1]}` as never);
  return options.codeSuffix && region[2] === 'Kode' ? `${label} ${t('common.codeSuffix')}` : label;
}
