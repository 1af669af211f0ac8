import type { TFunction } from 'i18next';
import { StatusTidakBolehError } from '../../shared/kepesertaan/status-kepesertaan';
import { DesktopCallError } from '../desktop';
import { NikSudahTerdaftarError } from '../db/anggota-repository';
import { KepesertaanTidakValidError } from '../db/kepesertaan-repository';
import { RecordNotFoundError } from '../db/write-path';

/**
 * Why something the officer asked for did not happen, in their language: a refusal from main (by its error code),
 * a record that is gone, a rule of the data layer (one person per NIK, the enrollment life cycle), or the storage
 * engine refusing the write. Never the developer's English error text.
 */
export function failureReason(t: TFunction, error: unknown): string {
  if (error instanceof DesktopCallError) return t(`ipcError.${error.code}`);
  if (error instanceof RecordNotFoundError) return t('failure.notFound');
  if (error instanceof NikSudahTerdaftarError) return t('failure.nikTaken', { name: error.existing.nama });
  if (error instanceof StatusTidakBolehError) {
    return t('failure.statusStep', { dari: t(`kepesertaan.options.status.${error.dari}`), ke: t(`kepesertaan.options.status.${error.ke}`) });
  }
  if (error instanceof KepesertaanTidakValidError) {
    return [...new Set(error.issues.map((i) => (i.message.startsWith('validation.') ? t(i.message as never) : t('validation.invalid'))))].join(' ');
  }
  console.error(error);
  return t('failure.storage');
}
