import { describe, expect, it } from 'vitest';
import { formatDurasi } from './format-durasi';

describe('formatDurasi', () => {
  it('says seconds in tens, rounded up, never less than ten', () => {
    expect(formatDurasi(800, 'id')).toBe('10 detik');
    expect(formatDurasi(21_000, 'id')).toBe('30 detik');
    expect(formatDurasi(50_000, 'id')).toBe('50 detik');
  });

  it('says whole minutes up to an hour', () => {
    expect(formatDurasi(58_000, 'id')).toBe('1 menit');
    expect(formatDurasi(10 * 60_000 + 20_000, 'id')).toBe('10 menit');
    expect(formatDurasi(10 * 60_000, 'en')).toBe('10 minutes');
  });

  it('says hours and minutes past an hour, to five minutes', () => {
    expect(formatDurasi(60 * 60_000, 'id')).toBe('1 jam');
    expect(formatDurasi(83 * 60_000, 'id')).toBe('1 jam 25 menit');
    expect(formatDurasi(121 * 60_000, 'en')).toBe('2 hours');
  });
});
