import { describe, expect, it } from 'vitest';
import { EXCHANGE_TARGETS, exchangeNotes, exchangeRows, judgeExchange } from './bench-exchange-table.mjs';

const counts = (over) => ({ baru: 0, diperbarui: 0, sama: 0, konflik: 0, digabung: 0, perTabel: {}, ...over });
const heap = { peakMB: 812.4, lastMB: 400, samples: 90 };

function exchange({ bundleBytes = 40e6, appApplyMs = 100_000, rawMs = 90_000, decodeMs = 10_000, sama = 1000 } = {}) {
  return {
    method: 'test',
    records: 1000,
    export: {
      records: { koperasi: 10, anggota: 990, alias: 0 },
      exportMs: 5500,
      collectMs: 2000,
      encodeMs: 3000,
      bundleBytes,
      plainJsonBytes: 200e6,
      heap,
      heapCollectEncode: heap,
      parts: { kdfMs: 300, serialiseMs: 500, serialiseHashMs: 1500, serialiseGzipMs: 1800, encryptMs: 40, ndjsonBytes: 199e6, gzipOnlyBytes: 39e6 },
    },
    import: {
      decodeMs,
      decodeParts: { openMs: 300, inflateMs: 400, inflateHashMs: 1500, inflateParseMs: 900, validateMs: 2000, lines: 1001, inflatedBytes: 199e6 },
      previewMs: 1500,
      previewCounts: counts({ baru: 1000 }),
      rounds: [{ order: ['raw', 'app'], appMs: appApplyMs, rawMs, waitedMs: { app: 12_000, raw: 3000 } }],
      appApplyMs,
      rawMs,
      rawRecordsOnlyMs: 60_000,
      rawWrites: 2000,
      counts: counts({ baru: 1000 }),
      journalEntries: 1000,
      verifiedRecords: 2000,
      heap: { decode: heap, preview: heap, apply: heap, raw: null },
    },
    reimport: { decodeMs: 10_000, previewMs: 5000, applyMs: 6000, counts: counts({ sama }), journalEntries: 0, heap },
    wallMs: 400_000,
  };
}

describe('exchange verdicts', () => {
  it('passes a small bundle and an import close to raw speed, apply alone and with the decode', () => {
    const v = judgeExchange(exchange());
    expect(v.size).toMatchObject({ ratio: 0.2, target: EXCHANGE_TARGETS.sizeRatioMax, pass: true });
    expect(v.apply.ratio).toBeCloseTo(0.9);
    expect(v.apply.pass).toBe(true);
    expect(v.endToEnd.ratio).toBeCloseTo(90_000 / 110_000);
    expect(v.endToEnd.pass).toBe(true);
    expect(v.reimport.pass).toBe(true);
  });

  it('misses a big bundle, a slow apply, a slow decode and a re-import that changed something', () => {
    expect(judgeExchange(exchange({ bundleBytes: 60e6 })).size.pass).toBe(false);
    expect(judgeExchange(exchange({ appApplyMs: 120_000 })).apply.pass).toBe(false);
    const slowDecode = judgeExchange(exchange({ decodeMs: 30_000 }));
    expect([slowDecode.apply.pass, slowDecode.endToEnd.pass]).toEqual([true, false]);
    expect(judgeExchange(exchange({ sama: 999 })).reimport.pass).toBe(false);
  });

  it('is absent without the section', () => {
    expect(judgeExchange(null)).toBeNull();
  });

  it('prints rows with both ratios, the parts and the heap, and notes', () => {
    const x = exchange({ appApplyMs: 120_000 });
    const rows = exchangeRows(x, judgeExchange(x));
    expect(rows.every((r) => r.length === 5)).toBe(true);
    const text = rows.map((r) => r.join(' | ')).join('\n');
    expect(text).toContain('bundle bytes vs plain JSON | 38.1 MB | 190.7 MB JSON | 0.200 / <= 0.25 | PASS');
    expect(text).toContain('import: apply into empty db (mean of 1) | 120.0 s, 0.0k rec/s | 90.0 s, 0.0k rec/s | 75.0 % of raw / >= 80 % | MISSED');
    expect(text).toContain('import end to end: decode + apply | 130.0 s');
    expect(text).toContain('69.2 % of raw / >= 80 % | MISSED');
    expect(text).toContain('(info) raw puts without journal |  | 60.0 s | 50 % of app');
    expect(text).toContain('1000/1000 sama | PASS');
    expect(text).toContain('812.4 MB / 812.4 MB');
    expect(exchangeNotes(x).join('\n')).toContain('raw→app app 120.0 s raw 90.0 s (waited 12.0 s / 3.0 s');
  });

  it('shows the re-import heap after a collection beside its sampled peak, when it was measured', () => {
    const plain = exchange();
    const measured = { ...plain, reimport: { ...plain.reimport, heap: { ...heap, livePeakMB: 301.5, liveSamples: 12 } } };
    const row = (x) => exchangeRows(x, judgeExchange(x)).find((r) => r[0].includes('peak worker heap: re-import'));
    expect(row(plain)).toEqual(['  peak worker heap: re-import', '812.4 MB', '-', '', '']);
    expect(row(measured)).toEqual(['  peak worker heap: re-import', '812.4 MB', '-', '301.5 MB after a collection (12 samples)', '']);
  });
});
