import { describe, expect, it } from 'vitest';
import { selRupiah, selTanggal, selWaktu } from './sel-format';

describe('sel-format', () => {
  it('makes a calendar date a date cell of that very day, keeps empty empty and odd text as written', () => {
    expect(selTanggal('2021-03-16')).toEqual(new Date(Date.UTC(2021, 2, 16)));
    expect(selTanggal('')).toBeNull();
    expect(selTanggal('16/03/2021')).toBe('16/03/2021');
  });

  it('shows a moment at its WIB wall-clock time, from any offset or an HLC stamp', () => {
    expect(selWaktu('2026-11-14T02:05:00.000Z')).toEqual(new Date('2026-11-14T09:05:00.000Z'));
    expect(selWaktu('2026-11-14T09:05:00+07:00')).toEqual(new Date('2026-11-14T09:05:00.000Z'));
    expect(selWaktu('2026-11-14T18:00:00.000Z-0003-ed2fd6d4')).toEqual(new Date('2026-11-15T01:00:00.000Z'));
  });

  it('leaves a wage not known yet (0) empty instead of writing Rp0', () => {
    expect(selRupiah(0)).toBeNull();
    expect(selRupiah(4_500_000)).toBe(4_500_000);
  });
});
