import { describe, expect, it } from 'vitest';
import { bulatkanRupiah } from './bulatkan-rupiah';
import { formatRupiah } from './format-rupiah';

describe('formatRupiah', () => {
  it('writes the official style: Rp, no space, dots between thousands', () => {
    expect(formatRupiah(16_800)).toBe('Rp16.800');
    expect(formatRupiah(1_234_567)).toBe('Rp1.234.567');
    expect(formatRupiah(10_547_400)).toBe('Rp10.547.400');
    expect(formatRupiah(1_000)).toBe('Rp1.000');
    expect(formatRupiah(999)).toBe('Rp999');
    expect(formatRupiah(0)).toBe('Rp0');
  });

  it('puts the minus sign before Rp', () => {
    expect(formatRupiah(-5_000)).toBe('-Rp5.000');
  });

  it('never shows a negative zero', () => {
    expect(formatRupiah(-0)).toBe('Rp0');
    expect(formatRupiah(-0.4)).toBe('Rp0');
  });

  it('shows whole rupiah, rounding halves away from zero', () => {
    expect(formatRupiah(16_800.5)).toBe('Rp16.801');
    expect(formatRupiah(16_800.49)).toBe('Rp16.800');
    expect(formatRupiah(-2.5)).toBe('-Rp3');
  });

  it('contains no space of any kind', () => {
    expect(formatRupiah(123_456_789)).not.toMatch(/\s/);
  });
});

describe('bulatkanRupiah', () => {
  it('rounds halves away from zero', () => {
    expect(bulatkanRupiah(0.5)).toBe(1);
    expect(bulatkanRupiah(1.5)).toBe(2);
    expect(bulatkanRupiah(2.5)).toBe(3);
    expect(bulatkanRupiah(-0.5)).toBe(-1);
    expect(bulatkanRupiah(-2.4)).toBe(-2);
  });

  it('is not fooled by binary noise from percentages', () => {
    // 3.000.000 × 0,24 / 100 is 7200.000000000001 in floating point.
    expect(bulatkanRupiah((3_000_000 * 0.24) / 100)).toBe(7_200);
    // 187.500 × 0,0024 % (the 2020 relief JKK rate) is exactly 4,5 but 4.499999999999999 in floating point.
    expect((187_500 * 0.0024) / 100).toBeLessThan(4.5);
    expect(bulatkanRupiah((187_500 * 0.0024) / 100)).toBe(5);
    // 2.345.675 × 2 / 100 = 46.913,5 exactly.
    expect(bulatkanRupiah((2_345_675 * 2) / 100)).toBe(46_914);
  });

  it('reads anything not finite as 0 rather than NaN', () => {
    expect(bulatkanRupiah(Number.NaN)).toBe(0);
    expect(bulatkanRupiah(Number.POSITIVE_INFINITY)).toBe(0);
  });
});
