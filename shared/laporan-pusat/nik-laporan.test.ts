import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nikLaporan } from './nik-laporan';

describe('nikLaporan', () => {
  it('masks the eight middle digits unless full NIKs were chosen', () => {
    expect(nikLaporan('3674015203900001', false)).toBe('3674********0001');
    expect(nikLaporan('3674 0152 0390 0001', false)).toBe('3674********0001');
    expect(nikLaporan('3674015203900001', true)).toBe('3674015203900001');
    expect(nikLaporan('36.74.01-520390-0001', true)).toBe('3674015203900001');
  });

  it('writes nothing for a person without a NIK, and never more than the last 4 of a typo', () => {
    expect(nikLaporan('', false)).toBe('');
    expect(nikLaporan('  ', true)).toBe('');
    expect(nikLaporan('12345', false)).toBe('*2345');
  });

  it('never shows the birth date digits of a masked NIK', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{16}$/), (nik) => {
        const out = nikLaporan(nik, false);
        expect(out).toBe(`${nik.slice(0, 4)}********${nik.slice(12)}`);
      }),
    );
  });
});
