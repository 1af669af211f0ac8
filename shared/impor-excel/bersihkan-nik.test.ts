import { describe, expect, it } from 'vitest';
import { bersihkanNik } from './bersihkan-nik';

describe('bersihkanNik', () => {
  it('takes a NIK written as text, with separators or a leading apostrophe', () => {
    expect(bersihkanNik('3674011203900001')).toEqual({ nilai: '3674011203900001' });
    expect(bersihkanNik("'3674 0112 0390 0001")).toEqual({ nilai: '3674011203900001' });
    expect(bersihkanNik(null)).toEqual({ nilai: '' });
  });
  it('refuses what Excel made of a NIK stored as a number', () => {
    expect(bersihkanNik('3.2151E+15').masalah).toMatchObject({ tingkat: 'galat', kode: 'nikAngka', nilai: '3.2151E+15' });
    const r = bersihkanNik(3215012345678900);
    expect(r.nilai).toBeUndefined();
    expect(r.masalah).toMatchObject({ tingkat: 'galat', kode: 'nikAngka', nilai: '3.21501E+15' });
  });
  it('takes a number that kept all 16 digits, with a warning to check it', () => {
    expect(bersihkanNik(3674011203900001)).toEqual({
      nilai: '3674011203900001',
      masalah: { tingkat: 'peringatan', kode: 'nikAngkaUtuh', nilai: '3674011203900001' },
    });
  });
  it('refuses a NIK that is not 16 digits', () => {
    expect(bersihkanNik('36740112039').masalah?.kode).toBe('nikBukan16');
    expect(bersihkanNik('3674O11203900001').masalah?.kode).toBe('nikBukan16');
  });
});
