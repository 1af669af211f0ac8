import { describe, expect, it } from 'vitest';
import { formatHlc, HlcError, initialHlc, MAX_DRIFT_MS, parseHlc, receive, tick } from './hlc';

const T = Date.parse('2026-11-21T08:00:00.000Z');

describe('hybrid logical clock', () => {
  it('stamps sort as strings in the order events happened, even within one millisecond', () => {
    let s = initialHlc('laptop-a');
    const stamps: string[] = [];
    for (let i = 0; i < 5; i++) {
      s = tick(s, T);
      stamps.push(formatHlc(s));
    }
    s = tick(s, T + 1);
    stamps.push(formatHlc(s));
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('keeps moving forward when the wall clock goes backwards', () => {
    let s = tick(initialHlc('a'), T);
    const before = formatHlc(s);
    s = tick(s, T - 60_000);
    expect(formatHlc(s) > before).toBe(true);
  });

  it('orders a local event after a stamp received from a device whose clock runs ahead', () => {
    const remote = tick(initialHlc('b'), T + 1000);
    const local = receive(tick(initialHlc('a'), T), remote, T);
    expect(formatHlc(tick(local, T)) > formatHlc(remote)).toBe(true);
  });

  it('breaks exact ties by device id so two laptops never produce the same stamp', () => {
    const a = formatHlc(tick(initialHlc('aaa'), T));
    const b = formatHlc(tick(initialHlc('bbb'), T));
    expect(a).not.toEqual(b);
    expect(a < b).toBe(true);
  });

  it('refuses a remote clock that is absurdly far in the future', () => {
    const remote = tick(initialHlc('b'), T + MAX_DRIFT_MS + 1);
    expect(() => receive(initialHlc('a'), remote, T)).toThrow(HlcError);
  });

  it('round-trips through its string form and rejects malformed stamps', () => {
    const s = tick(tick(initialHlc('0f3c-9a'), T), T);
    expect(parseHlc(formatHlc(s))).toEqual(s);
    expect(() => parseHlc('2026-11-21-0000-a')).toThrow(HlcError);
    expect(() => initialHlc('Bad Node!')).toThrow(HlcError);
  });

  it('rejects a date that does not exist instead of rolling it over (30 February is not 2 March)', () => {
    for (const time of [
      '2026-02-30T10:00:00.000Z',
      '2026-02-29T10:00:00.000Z',
      '2026-04-31T00:00:00.000Z',
      '2026-11-21T24:00:00.000Z',
      '2026-11-21T23:60:00.000Z',
      '2026-11-21T23:59:60.000Z',
    ]) {
      expect(() => parseHlc(`${time}-0000-laptop-a`), time).toThrow(HlcError);
    }
    expect(parseHlc('2028-02-29T23:59:59.999Z-0000-laptop-a').millis).toBe(Date.parse('2028-02-29T23:59:59.999Z'));
  });

  it('refuses to overflow the counter rather than produce a stamp out of order', () => {
    let s = initialHlc('a');
    expect(() => {
      for (let i = 0; i < 0x10002; i++) s = tick(s, T);
    }).toThrow(HlcError);
  });
});
