import type { TFunction } from 'i18next';
import { id } from '../../i18n/id';
import { isKeyOf } from '../../i18n/message-keys';

const regionField = /^(kecamatan|kelurahan)(Kode|Nama)$/;

/**
 * The label of a cooperative field as the form shows it. A region is stored as a Kemendagri code plus a name
 * snapshot, and both carry the region's label; `codeSuffix` tells them apart where both appear (a CSV header).
 * A field without a label shows its own name rather than an i18n key.
 */
export function koperasiFieldLabel(t: TFunction, field: string, options: { codeSuffix?: boolean } = {}): string {
  const region = regionField.exec(field);
  const name = region?.[1] ?? field;
  const label = isKeyOf(id.koperasi.fields, name) ? t(`koperasi.fields.${name}`) : field;
  return options.codeSuffix && region?.[2] === 'Kode' ? `${label} ${t('common.codeSuffix')}` : label;
}
