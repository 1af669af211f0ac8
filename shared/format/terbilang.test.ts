import { describe, expect, it } from 'vitest';
import { tanggalTerbilang } from './tanggal-terbilang';
import { hurufAwalBesar, terbilang } from './terbilang';

describe('terbilang', () => {
  it('writes the numbers of dates and years the Indonesian way', () => {
    const cases: [number, string][] = [
      [0, 'nol'],
      [1, 'satu'],
      [10, 'sepuluh'],
      [11, 'sebelas'],
      [12, 'dua belas'],
      [16, 'enam belas'],
      [19, 'sembilan belas'],
      [20, 'dua puluh'],
      [21, 'dua puluh satu'],
      [31, 'tiga puluh satu'],
      [100, 'seratus'],
      [111, 'seratus sebelas'],
      [1000, 'seribu'],
      [1001, 'seribu satu'],
      [1100, 'seribu seratus'],
      [1945, 'seribu sembilan ratus empat puluh lima'],
      [1999, 'seribu sembilan ratus sembilan puluh sembilan'],
      [2000, 'dua ribu'],
      [2021, 'dua ribu dua puluh satu'],
      [2026, 'dua ribu dua puluh enam'],
      [2100, 'dua ribu seratus'],
      [11000, 'sebelas ribu'],
      [101000, 'seratus satu ribu'],
      [1001000, 'satu juta seribu'],
      [16800, 'enam belas ribu delapan ratus'],
      [2_000_000_000, 'dua miliar'],
    ];
    for (const [n, words] of cases) expect(terbilang(n), String(n)).toBe(words);
  });

  it('refuses what is not a whole number ≥ 0', () => {
    expect(() => terbilang(-1)).toThrow(RangeError);
    expect(() => terbilang(1.5)).toThrow(RangeError);
    expect(() => terbilang(Number.NaN)).toThrow(RangeError);
  });

  it('capitalises each word', () => {
    expect(hurufAwalBesar('dua ribu dua puluh satu')).toBe('Dua Ribu Dua Puluh Satu');
    expect(hurufAwalBesar('sebelas')).toBe('Sebelas');
  });
});

describe('tanggalTerbilang', () => {
  it('writes 16 March 2021 as the berita acara opens', () => {
    expect(tanggalTerbilang('2021-03-16')).toEqual({
      hari: 'Selasa',
      tanggal: 'Enam Belas',
      bulan: 'Maret',
      tahun: 'Dua Ribu Dua Puluh Satu',
      angka: '16 Maret 2021',
    });
  });

  it('writes 21 November 2026 and the first of a month', () => {
    expect(tanggalTerbilang('2026-11-21')).toEqual({
      hari: 'Sabtu',
      tanggal: 'Dua Puluh Satu',
      bulan: 'November',
      tahun: 'Dua Ribu Dua Puluh Enam',
      angka: '21 November 2026',
    });
    expect(tanggalTerbilang('2027-01-01')).toMatchObject({ hari: 'Jumat', tanggal: 'Satu', bulan: 'Januari', tahun: 'Dua Ribu Dua Puluh Tujuh' });
    expect(tanggalTerbilang('2026-08-11')?.tanggal).toBe('Sebelas');
  });

  it('writes the figures in the same style as every other date of the document: "4", never "04"', () => {
    expect(tanggalTerbilang('2026-12-04')?.angka).toBe('4 Desember 2026');
  });

  it('is null for anything that is not a calendar date', () => {
    expect(tanggalTerbilang('')).toBeNull();
    expect(tanggalTerbilang('2026-02-30')).toBeNull();
    expect(tanggalTerbilang('21-11-2026')).toBeNull();
  });
});
