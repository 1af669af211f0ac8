import { describe, expect, it } from 'vitest';
import { tanggalDari, tanggalHariIni } from '../format/format-date';
import { lamaMenunggu } from './lama-menunggu';

describe('lamaMenunggu', () => {
  it('counts calendar days on the laptop, not 24-hour periods', () => {
    const eveningBefore = new Date(2026, 10, 20, 22, 30).toISOString();
    expect(lamaMenunggu(eveningBefore, new Date(2026, 10, 21, 7, 0))).toBe(1);
    expect(lamaMenunggu(new Date(2026, 10, 21, 6, 0).toISOString(), new Date(2026, 10, 21, 23, 0))).toBe(0);
    expect(lamaMenunggu(new Date(2026, 9, 22, 9, 0).toISOString(), new Date(2026, 10, 21, 9, 0))).toBe(30);
  });

  it('is never negative and gives up on what is not a moment', () => {
    expect(lamaMenunggu(new Date(2026, 10, 25).toISOString(), new Date(2026, 10, 21))).toBe(0);
    expect(lamaMenunggu('', new Date())).toBeNull();
    expect(lamaMenunggu('kemarin', new Date())).toBeNull();
  });

  it('tanggalHariIni gives the local calendar date', () => {
    expect(tanggalHariIni(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
  });
});

describe('tanggalDari', () => {
  it('reads a stored moment as a local date, and nothing from a non-moment', () => {
    expect(tanggalDari(new Date(2026, 10, 21, 0, 15).toISOString())).toBe('2026-11-21');
    expect(tanggalDari('')).toBe('');
    expect(tanggalDari('bukan tanggal')).toBe('');
  });
});
