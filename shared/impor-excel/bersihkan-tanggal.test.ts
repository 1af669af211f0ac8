import { describe, expect, it } from 'vitest';
import { bersihkanTanggal } from './bersihkan-tanggal';

const hariIni = '2026-12-06';
const tgl = (v: string | number) => bersihkanTanggal(v, hariIni).nilai;

describe('bersihkanTanggal', () => {
  it('reads Excel serials', () => {
    expect(tgl(44271)).toBe('2021-03-16');
    expect(tgl(44271.5)).toBe('2021-03-16');
  });
  it('reads the forms offices type, day first', () => {
    expect(tgl('16-03-2021')).toBe('2021-03-16');
    expect(tgl('16/3/21')).toBe('2021-03-16');
    expect(tgl('16.03.2021')).toBe('2021-03-16');
    expect(tgl('2021-03-16')).toBe('2021-03-16');
    expect(tgl('16 Maret 2021')).toBe('2021-03-16');
    expect(tgl('16 MARET 2021')).toBe('2021-03-16');
    expect(tgl('16-Mar-21')).toBe('2021-03-16');
    expect(tgl('Selasa, 16 Maret 2021')).toBe('2021-03-16');
    expect(tgl('1 Agustus 1975')).toBe('1975-08-01');
  });
  it('puts a two-digit year that would be in the future in the last century', () => {
    expect(tgl('12/03/90')).toBe('1990-03-12');
    expect(tgl('12/03/26')).toBe('2026-03-12');
  });
  it('refuses dates that do not exist and anything else, with the cell quoted', () => {
    expect(bersihkanTanggal('31/02/2021', hariIni)).toEqual({ nilai: undefined, masalah: { tingkat: 'galat', kode: 'tanggal', nilai: '31/02/2021' } });
    expect(tgl('Maret 2021')).toBeUndefined();
    expect(tgl('03/16/2021')).toBeUndefined();
    expect(bersihkanTanggal('', hariIni)).toEqual({ nilai: '' });
  });
});
