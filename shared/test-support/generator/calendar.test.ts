import { describe, expect, it } from 'vitest';
import { addYears, dayNumber, dayOf, isoDate, monthOf, yearOf } from './calendar';

const viaDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe('calendar', () => {
  it('agrees with Date for every day from 1900 to 2100', () => {
    for (let day = dayNumber('1900-01-01'); day <= dayNumber('2100-12-31'); day++) {
      const iso = viaDate(day);
      if (isoDate(day) !== iso || dayNumber(iso) !== day || yearOf(day) !== Number(iso.slice(0, 4)) || monthOf(day) !== Number(iso.slice(5, 7))) {
        expect({ day, got: isoDate(day) }).toEqual({ day, got: iso });
      }
    }
  });

  it('moves by whole years, with 29 February falling to 1 March', () => {
    expect(isoDate(addYears(dayNumber('2024-05-31'), 1))).toBe('2025-05-31');
    expect(isoDate(addYears(dayNumber('2024-02-29'), 1))).toBe('2025-03-01');
    expect(isoDate(dayOf(2025, 13, 1))).toBe('2026-01-01');
  });
});
