import { describe, expect, it } from 'vitest';
import { formatAngka, formatJam, formatJamKegiatan, formatTanggal, formatWaktu } from './format-date';

describe('Indonesian date and number formats', () => {
  it('writes dates the official way', () => {
    expect(formatTanggal('2021-03-16', 'id')).toBe('16 Maret 2021');
    expect(formatTanggal('2021-03-16', 'id', 'full')).toBe('Selasa, 16 Maret 2021');
    expect(formatTanggal('2021-03-16', 'en')).toBe('16 March 2021');
  });

  it('writes a day before the 10th as a plain number in every style, so a document never shows "04" beside "4"', () => {
    expect(formatTanggal('2026-12-04', 'id', 'full')).toBe('Jumat, 4 Desember 2026');
    expect(formatTanggal('2026-12-04', 'id')).toBe('4 Desember 2026');
    expect(formatTanggal('2026-12-04', 'en', 'full')).toBe('Friday, 4 December 2026');
    expect(formatWaktu('2026-12-04T02:05:00.000Z-0001-laptop', 'id')).toMatch(/^4 Desember 2026\b/);
  });

  it('leaves anything that is not a date as it is', () => {
    expect(formatTanggal('', 'id')).toBe('');
    expect(formatTanggal('kemarin', 'id')).toBe('kemarin');
  });

  it('writes a change stamp in WIB', () => {
    expect(formatWaktu('2026-11-21T08:30:00.000Z-0001-laptop', 'id')).toMatch(/^21 November 2026.*15[.:]30$/);
  });

  it("writes times of day in WIB with a dot, and an event's hours", () => {
    expect(formatJam('2026-11-21T02:05:00.000Z')).toBe('09.05');
    expect(formatJam('bukan waktu')).toBe('');
    expect(formatJamKegiatan('09:00', '12:30', 'WIB')).toBe('09.00–12.30 WIB');
    expect(formatJamKegiatan('09:00', '', 'WIB')).toBe('09.00 WIB – selesai');
  });

  it('groups thousands with a dot in Indonesian', () => {
    expect(formatAngka(250000, 'id')).toBe('250.000');
  });
});

describe('formatWaktu reads both stamp shapes', () => {
  it('an HLC stamp and an ISO time with an offset', () => {
    expect(formatWaktu('2026-11-21T02:05:00.000Z-0003-laptop-a', 'id')).toBe(formatWaktu('2026-11-21T09:05:00+07:00', 'id'));
    expect(formatWaktu('2026-11-21T09:05:00+07:00', 'id')).toContain('09.05');
  });
});
