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

  it('refuses to overflow the counter rather than produce a stamp out of order', () => {
    let s = initialHlc('a');
    expect(() => {
      for (let i = 0; i < 0x10002; i++) s = tick(s, T);
    }).toThrow(HlcError);
  });
});
