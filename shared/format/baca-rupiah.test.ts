import { describe, expect, it } from 'vitest';
import { rupiah } from '../validation/schema-parts';
import { bacaRupiah, tulisRupiah } from './baca-rupiah';

describe('bacaRupiah', () => {
  it('reads the ways Indonesians write money as whole rupiah', () => {
    expect(bacaRupiah('5.599.593')).toBe(5_599_593);
    expect(bacaRupiah('5599593')).toBe(5_599_593);
    expect(bacaRupiah('Rp 5.599.593')).toBe(5_599_593);
    expect(bacaRupiah('Rp5.599.593')).toBe(5_599_593);
    expect(bacaRupiah('rp. 5.599.593,-')).toBe(5_599_593);
    expect(bacaRupiah('5.599.593,00')).toBe(5_599_593);
    expect(bacaRupiah(' 5 599 593 ')).toBe(5_599_593);
    expect(bacaRupiah('10,547,400')).toBe(10_547_400);
    expect(bacaRupiah('6.800')).toBe(6_800);
    expect(bacaRupiah('-5.000')).toBe(-5_000);
  });

  it('guesses at nothing: decimals, broken groups, letters and an empty box are not a number', () => {
    for (const text of ['5,5', '5.5', '5.599593', '55.99.593', '6800,5', 'lima juta', '5jt', 'Rp', '']) expect(bacaRupiah(text), text).toBeNaN();
  });

  it('is refused by the money schema with one clear message', () => {
    expect(rupiah.safeParse(bacaRupiah('5,5')).error?.issues[0]?.message).toBe('validation.rupiah');
    expect(rupiah.safeParse(bacaRupiah('lima juta')).error?.issues[0]?.message).toBe('validation.rupiah');
    expect(rupiah.parse(bacaRupiah('Rp 5.599.593'))).toBe(5_599_593);
  });
});

describe('tulisRupiah', () => {
  it('shows an amount with Indonesian thousands dots, and nothing for none', () => {
    expect(tulisRupiah(5_599_593)).toBe('5.599.593');
    expect(tulisRupiah(0)).toBe('');
    expect(tulisRupiah(Number.NaN)).toBe('');
    expect(bacaRupiah(tulisRupiah(10_547_400))).toBe(10_547_400);
  });
});
