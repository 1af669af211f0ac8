import { describe, expect, it } from 'vitest';
import { pilihCadanganDisimpan } from './pilih-cadangan-disimpan';

const WIB = 420;
const now = new Date('2026-12-06T10:00:00+07:00');
const at = (iso: string) => ({ berkas: iso, waktu: new Date(iso).toISOString() });
const kept = (list: { berkas: string; waktu: string }[]) => [...pilihCadanganDisimpan(list, now, WIB)].sort();

describe('pilihCadanganDisimpan', () => {
  it('keeps the last 8 of today', () => {
    const today = Array.from({ length: 11 }, (_, i) => at(`2026-12-06T0${Math.floor(i / 2)}:${i % 2 ? '30' : '00'}:00+07:00`));
    const result = kept(today);
    expect(result).toHaveLength(8);
    expect(result).toEqual(
      today
        .slice(3)
        .map((c) => c.berkas)
        .sort(),
    );
  });

  it('keeps the newest of each of the last 14 days, in the laptop’s own days', () => {
    const list = [];
    for (let d = 1; d <= 20; d++) {
      const day = new Date(now.getTime() - d * 86_400_000);
      const date = new Date(day.getTime() + WIB * 60_000).toISOString().slice(0, 10);
      list.push(at(`${date}T08:00:00+07:00`), at(`${date}T17:00:00+07:00`));
    }
    const result = pilihCadanganDisimpan(list, now, WIB);
    for (let d = 1; d <= 14; d++) expect(result.has(list[(d - 1) * 2 + 1]!.berkas)).toBe(true);
    for (let d = 1; d <= 14; d++) expect(result.has(list[(d - 1) * 2]!.berkas)).toBe(false);
    // 00:30 WIB on 6 December is 5 December in UTC, yet today for the office.
    expect(pilihCadanganDisimpan([at('2026-12-06T00:30:00+07:00'), at('2026-12-06T00:10:00+07:00')], now, WIB).size).toBe(2);
  });

  it('keeps one a month for 12 months and drops older ones', () => {
    const list = Array.from({ length: 16 }, (_, i) => {
      const d = new Date(Date.UTC(2026, 11 - i, 3, 3));
      return [at(d.toISOString()), at(new Date(d.getTime() + 3_600_000).toISOString())];
    }).flat();
    const result = pilihCadanganDisimpan(list, now, WIB);
    const months = [...result].map((b) => b.slice(0, 7));
    expect(new Set(months).size).toBe(12);
    expect(months).not.toContain('2025-11');
    expect(result.has(list[1]!.berkas)).toBe(true);
  });

  it('always keeps the newest backup, however old', () => {
    expect(kept([at('2020-01-01T00:00:00Z'), at('2019-01-01T00:00:00Z')])).toEqual(['2020-01-01T00:00:00Z']);
  });
});

describe('pilihCadanganDisimpan with changes-only chains', () => {
  it('never drops a link a kept changes-only backup needs, down to its full snapshot', () => {
    // Yesterday: a full at 07:00, then changes-only every hour until 17:00; today: 10 more on a new full.
    const yesterday = Array.from({ length: 11 }, (_, i) => ({
      berkas: `y${i}`,
      waktu: new Date(Date.parse('2026-12-05T07:00:00+07:00') + i * 3_600_000).toISOString(),
      dasar: i === 0 ? undefined : `y${i - 1}`,
    }));
    const today = Array.from({ length: 10 }, (_, i) => ({
      berkas: `t${i}`,
      waktu: new Date(Date.parse('2026-12-06T00:10:00+07:00') + i * 600_000).toISOString(),
      dasar: i === 0 ? undefined : `t${i - 1}`,
    }));
    const result = pilihCadanganDisimpan([...yesterday, ...today], now, WIB);
    // Yesterday's newest (y10) is the day's pick: its whole chain stays, the full y0 included.
    for (const c of yesterday) expect(result.has(c.berkas)).toBe(true);
    // Today's last 8 (t2..t9) need t1 and t0 too.
    for (const c of today) expect(result.has(c.berkas)).toBe(true);
  });

  it('drops a chain no kept backup needs', () => {
    const old = [
      { berkas: 'full', waktu: '2026-10-01T01:00:00.000Z' },
      { berkas: 'delta', waktu: '2026-10-01T02:00:00.000Z', dasar: 'full' },
      { berkas: 'later-full', waktu: '2026-10-02T01:00:00.000Z' },
    ];
    const month = { berkas: 'november', waktu: '2026-11-20T01:00:00.000Z' };
    const result = pilihCadanganDisimpan([...old, month, at('2026-12-06T09:00:00+07:00')], now, WIB);
    expect(result.has('later-full')).toBe(true);
    expect(result.has('full')).toBe(false);
    expect(result.has('delta')).toBe(false);
  });
});
