import { describe, expect, it } from 'vitest';
import { formatJam, formatJamKegiatan } from '../format/format-date';
import { zonaWaktu } from './zona-waktu';

describe('zonaWaktu', () => {
  it.each([
    ['36', 'WIB'],
    ['32', 'WIB'],
    ['11', 'WIB'],
    ['61', 'WIB'],
    ['62', 'WIB'],
    ['51', 'WITA'],
    ['52', 'WITA'],
    ['53', 'WITA'],
    ['63', 'WITA'],
    ['64', 'WITA'],
    ['65', 'WITA'],
    ['71', 'WITA'],
    ['73', 'WITA'],
    ['76', 'WITA'],
    ['81', 'WIT'],
    ['82', 'WIT'],
    ['91', 'WIT'],
    ['94', 'WIT'],
    ['96', 'WIT'],
  ])('province %s keeps %s', (kode, singkatan) => {
    expect(zonaWaktu(kode).singkatan).toBe(singkatan);
  });

  it('is WIB before the office profile exists', () => {
    expect(zonaWaktu(undefined)).toEqual({ singkatan: 'WIB', timeZone: 'Asia/Jakarta' });
  });

  it('writes one moment as each office reads its clock', () => {
    const moment = '2026-11-21T02:30:00.000Z';
    expect(formatJam(moment, zonaWaktu('36').timeZone)).toBe('09.30');
    expect(formatJam(moment, zonaWaktu('73').timeZone)).toBe('10.30');
    expect(formatJam(moment, zonaWaktu('91').timeZone)).toBe('11.30');
    expect(formatJamKegiatan('09:00', '12:00', 'WITA')).toBe('09.00–12.00 WITA');
    expect(formatJamKegiatan('09:00', '', 'WIT')).toBe('09.00 WIT – selesai');
  });
});
