import type { TFunction } from 'i18next';
import { RantaiCadanganError } from '../../shared/cadangan/rantai-cadangan';
import { StatusStepNotAllowedError } from '../../shared/kepesertaan/status-kepesertaan';
import { NotEnoughSpaceError } from '../cadangan/not-enough-space-error';
import { DesktopCallError } from '../desktop';
import { NikErasedError, NikInUseError } from '../db/anggota-repository';
import { KegiatanHasKehadiranError, KegiatanStepNotAllowedError } from '../db/kegiatan-repository';
import { KegiatanClosedError, NoKoperasiError } from '../db/kehadiran-repository';
import { KepesertaanInvalidError } from '../db/kepesertaan-repository';
import { PerjanjianInUseError } from '../db/perjanjian-repository';
import { RecordNotFoundError } from '../db/write-path';
import { isValidationKey } from './message-keys';

/**
 * Why something the officer asked for did not happen, in their language: a refusal from main (by its error code),
 * a record that is gone, a rule of the data layer (one person per NIK, the enrollment life cycle), or the storage
 * engine refusing the write. Never the developer's English error text.
 */
export function failureReason(t: TFunction, error: unknown): string {
  if (error instanceof DesktopCallError) return t(`ipcError.${error.code}`);
  if (error instanceof RecordNotFoundError) return t('failure.notFound');
  if (error instanceof NikInUseError) return t('failure.nikTaken', { name: error.existing.nama });
  if (error instanceof NikErasedError) return t('failure.nikDihapusPribadi');
  if (error instanceof StatusStepNotAllowedError) {
    return t('failure.statusStep', { dari: t(`kepesertaan.options.status.${error.dari}`), ke: t(`kepesertaan.options.status.${error.ke}`) });
  }
  if (error instanceof KepesertaanInvalidError) {
    return [...new Set(error.issues.map((i) => t(isValidationKey(i.message) ? i.message : 'validation.invalid')))].join(' ');
  }
  if (error instanceof KegiatanClosedError) return t('failure.kegiatanDitutup', { status: t(`kegiatan.options.status.${error.kegiatan.status}`) });
  if (error instanceof KegiatanHasKehadiranError) return t('failure.kegiatanPunyaKehadiran', { count: error.jumlah });
  if (error instanceof KegiatanStepNotAllowedError) {
    return t('failure.statusStep', { dari: t(`kegiatan.options.status.${error.dari}`), ke: t(`kegiatan.options.status.${error.ke}`) });
  }
  if (error instanceof PerjanjianInUseError)
    return t('failure.perjanjianDipakai', { count: error.programs.length, programs: error.programs.map((n) => `“${n}”`).join(', ') });
  if (error instanceof NoKoperasiError) return t('failure.tanpaKoperasi');
  if (error instanceof NotEnoughSpaceError) {
    const mb = (n: number) => `${Math.ceil(n / 1024 / 1024)} MB`;
    return t('failure.ruangTidakCukup', { perlu: mb(error.perlu), bebas: mb(error.bebas) });
  }
  if (error instanceof RantaiCadanganError) return t(`failure.rantaiCadangan.${error.masalah}`, { berkas: error.berkas });
  console.error(error);
  return t('failure.storage');
}
