import type { TFunction } from 'i18next';
import { RantaiCadanganError } from '../../shared/cadangan/rantai-cadangan';
import { StatusTidakBolehError } from '../../shared/kepesertaan/status-kepesertaan';
import { RuangTidakCukupError } from '../cadangan/ruang-tidak-cukup-error';
import { DesktopCallError } from '../desktop';
import { NikDihapusPribadiError, NikSudahTerdaftarError } from '../db/anggota-repository';
import { KegiatanPunyaKehadiranError, LangkahKegiatanTidakBolehError } from '../db/kegiatan-repository';
import { KegiatanDitutupError, TanpaKoperasiError } from '../db/kehadiran-repository';
import { KepesertaanTidakValidError } from '../db/kepesertaan-repository';
import { PerjanjianDipakaiProgramError } from '../db/perjanjian-repository';
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
  if (error instanceof NikSudahTerdaftarError) return t('failure.nikTaken', { name: error.existing.nama });
  if (error instanceof NikDihapusPribadiError) return t('failure.nikDihapusPribadi');
  if (error instanceof StatusTidakBolehError) {
    return t('failure.statusStep', { dari: t(`kepesertaan.options.status.${error.dari}`), ke: t(`kepesertaan.options.status.${error.ke}`) });
  }
  if (error instanceof KepesertaanTidakValidError) {
    return [...new Set(error.issues.map((i) => t(isValidationKey(i.message) ? i.message : 'validation.invalid')))].join(' ');
  }
  if (error instanceof KegiatanDitutupError) return t('failure.kegiatanDitutup', { status: t(`kegiatan.options.status.${error.kegiatan.status}`) });
  if (error instanceof KegiatanPunyaKehadiranError) return t('failure.kegiatanPunyaKehadiran', { count: error.jumlah });
  if (error instanceof LangkahKegiatanTidakBolehError) {
    return t('failure.statusStep', { dari: t(`kegiatan.options.status.${error.dari}`), ke: t(`kegiatan.options.status.${error.ke}`) });
  }
  if (error instanceof PerjanjianDipakaiProgramError) return t('failure.perjanjianDipakai', { count: error.programs.length, programs: error.programs.map((n) => `“${n}”`).join(', ') });
  if (error instanceof TanpaKoperasiError) return t('failure.tanpaKoperasi');
  if (error instanceof RuangTidakCukupError) {
    const mb = (n: number) => `${Math.ceil(n / 1024 / 1024)} MB`;
    return t('failure.ruangTidakCukup', { perlu: mb(error.perlu), bebas: mb(error.bebas) });
  }
  if (error instanceof RantaiCadanganError) return t(`failure.rantaiCadangan.${error.masalah}`, { berkas: error.berkas });
  console.error(error);
  return t('failure.storage');
}
