import type { TFunction } from 'i18next';
import type { MasalahSel } from '../../../shared/impor-excel/masalah-sel';
import { isValidationKey } from '../../i18n/message-keys';

/** A finding as the preview and the row report word it: the column, then why, quoting the cell. */
export function pesanMasalah(t: TFunction, m: MasalahSel): string {
  const alasan =
    m.kode === 'skema'
      ? t(isValidationKey(m.nilai) ? m.nilai : 'validation.invalid')
      : t(`imporExcel.masalah.${m.kode}`, { nilai: m.nilai ?? '', hasil: m.hasil ?? '' });
  return `${m.kolom}: ${alasan}`;
}
