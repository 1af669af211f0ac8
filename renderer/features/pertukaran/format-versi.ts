import type { TFunction } from 'i18next';
import { formatAngka, formatTanggal, formatWaktu } from '../../../shared/format/format-date';
import type { SyncedTable } from '../../../shared/records/synced-tables';
import type { VersiKonflik } from '../../db/konflik-repository';

/** One version of a conflicting field in words: the value, who wrote it, when. */
export interface VersiTerformat {
  readonly nilai: string;
  readonly oleh: string;
  readonly waktu: string;
}

const kodeOpsi = /^[\w-]{1,40}$/;
const tanggal = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A conflicting field's versions as staff read them: option codes as their labels ("simpan_pinjam" → "Simpan
 * pinjam"), dates and counts in the Indonesian style, lists and speakers one after another, a deleted flag as
 * "aktif"/"dihapus", and the laptop as its officer and office when one of its bundles said so (else the start
 * of its id, which is enough to tell two laptops apart).
 */
export function formatVersi(t: TFunction, locale: string, tabel: SyncedTable, field: string, versi: VersiKonflik, deviceIdIni: string): VersiTerformat {
  return { nilai: formatNilai(t, locale, tabel, field, versi.value), oleh: namaPembuat(t, versi, deviceIdIni), waktu: formatWaktu(versi.waktu, locale) };
}

export function formatNilai(t: TFunction, locale: string, tabel: SyncedTable, field: string, value: unknown): string {
  if (field === 'deleted') return value === 1 || value === true ? t('pertukaran.konflik.dihapus') : t('pertukaran.konflik.aktif');
  return teks(t, locale, `${tabel}.options.${field}`, value);
}

function teks(t: TFunction, locale: string, optionsKey: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('pertukaran.konflik.kosong');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number' || typeof value === 'string') {
    const s = String(value);
    const opsi = optionsKey && kodeOpsi.test(s) ? t(`${optionsKey}.${s}`, { defaultValue: '' }) : '';
    if (opsi) return opsi;
    if (typeof value === 'number') return formatAngka(value, locale);
    return tanggal.test(s) ? formatTanggal(s, locale) : s;
  }
  if (Array.isArray(value)) return value.length === 0 ? t('pertukaran.konflik.kosong') : value.map((v) => teks(t, locale, optionsKey, v)).join('; ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.map((x) => teks(t, locale, '', x)).join(', ')}]` : teks(t, locale, '', v)}`)
      .join(', ');
  }
  return String(value);
}

function namaPembuat(t: TFunction, versi: VersiKonflik, deviceIdIni: string): string {
  if (versi.perangkat) return versi.perangkat.kantor ? `${versi.perangkat.petugas} (${versi.perangkat.kantor})` : versi.perangkat.petugas;
  if (versi.deviceId === deviceIdIni) return t('pertukaran.konflik.laptopIni');
  return t('pertukaran.konflik.laptop', { id: versi.deviceId.slice(0, 8) });
}
