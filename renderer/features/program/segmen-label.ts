import type { TFunction } from 'i18next';
import { golonganKoperasi, jenisKoperasi } from '../../../shared/koperasi/koperasi-options';
import type { Target } from '../../../shared/program/target-schema';
import { isOneOf } from '../../../shared/validation/is-one-of';
import { formatTanggal } from '../../../shared/format/format-date';

/**
 * A target's segment as the office says it: its own name when it has one ("KSP 2026"), else the segment in words
 * ("Jenis koperasi: Simpan pinjam").
 */
export function labelSegmen(t: TFunction, target: Pick<Target, 'nama' | 'segmen' | 'segmenNilai' | 'koperasiIds'>): string {
  if (target.nama.trim()) return target.nama.trim();
  switch (target.segmen) {
    case 'semua':
      return t('program.segmenSemua');
    case 'jenis':
      return `${t('program.options.segmen.jenis')}: ${isOneOf(jenisKoperasi, target.segmenNilai) ? t(`koperasi.options.jenis.${target.segmenNilai}`) : target.segmenNilai}`;
    case 'golongan':
      return `${t('program.options.segmen.golongan')}: ${isOneOf(golonganKoperasi, target.segmenNilai) ? t(`koperasi.options.golongan.${target.segmenNilai}`) : target.segmenNilai}`;
    case 'kecamatan':
      return `${t('program.options.segmen.kecamatan')} ${target.segmenNilai}`;
    case 'daftar':
      return `${t('program.options.segmen.daftar')} (${target.koperasiIds.length})`;
  }
}

/** "1 Januari 2026 – 31 Desember 2026", or "Tahun 2026" for a calendar year. */
export function labelPeriode(t: TFunction, locale: string, target: Pick<Target, 'mulai' | 'sampai'>): string {
  const tahun = target.mulai.slice(0, 4);
  if (target.mulai === `${tahun}-01-01` && target.sampai === `${tahun}-12-31`) return t('program.beranda.tahun', { tahun });
  return `${formatTanggal(target.mulai, locale)} – ${formatTanggal(target.sampai, locale)}`;
}

/** "97,9%" in Indonesian, "97.9%" in English. */
export const formatPersen = (value: number, locale: string) => `${value.toLocaleString(locale === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 })}%`;
