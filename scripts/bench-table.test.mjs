import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchFigures, CAPAIAN_TARGETS, FIRST_SCREEN_TARGETS, figuresMarkdown } from './bench-figures.mjs';
import { benchJsonMarkdown, judgeBench } from './bench-table.mjs';

const stats = (p50Ms, p95Ms, samples = 10) => ({ samples, p50Ms, p95Ms, maxMs: p95Ms + 1 });
const searchStats = { queries: 200, p50Ms: 1, p95Ms: 4, maxMs: 9, meanHits: 10, zeroHitQueries: 0 };
const benchOutput = (extra = {}) => ({
  userAgent: 'test',
  generateMs: 1,
  records: 100,
  journalEntries: 100,
  stores: [],
  write: { rounds: [], medianAppMs: 80, medianRawMs: 76, medianRawKoperasiOnlyMs: 30, medianDexieBulkAddMs: 78 },
  search: { ...searchStats, stress: searchStats, byCategory: { nama: { ...searchStats, p95Ms: 6 } }, slowest: [], samples: [] },
  imporExcel: null,
  duplikat: null,
  district: null,
  pdf: null,
  ...extra,
});
const capaian = (firstP95, recomputeP95) => ({
  targets: 20,
  tercapai: [],
  firstRender: { app: stats(400, firstP95), raw: stats(300, 500) },
  recompute: { app: stats(100, recomputeP95), raw: stats(80, 120) },
});
const figuresOf = (out) => benchFigures(out, judgeBench(out), { count: 2000 });

describe('bench figures', () => {
  it('keeps the write verdict as one figure with app, raw, ratio, target and met, and Dexie alone beside it', () => {
    const [write, dexie, search] = figuresOf(benchOutput());
    expect(write).toEqual({ name: 'write 2000 koperasi, median (ms)', app: 80, raw: 76, ratio: 0.95, target: 0.9, met: true });
    expect(dexie).toEqual({
      name: 'write 2000 koperasi, Dexie bulkAdd of the prebuilt records, median (ms)',
      app: 78,
      raw: 76,
      ratio: 0.974,
      target: null,
      met: null,
    });
    expect(search).toEqual({ name: 'registry search p95 (ms)', app: 4, raw: null, ratio: null, target: 30, met: true });
  });

  it('says MISSED through met: false, and has no verdict for a figure shown for scale', () => {
    const figures = figuresOf(
      benchOutput({ write: { rounds: [], medianAppMs: 100, medianRawMs: 79.6, medianRawKoperasiOnlyMs: 30, medianDexieBulkAddMs: 78 } }),
    );
    expect(figures[0]).toMatchObject({ ratio: 0.796, met: false });
    expect(figures.find((f) => f.name === 'registry search nama p95 (ms)')).toMatchObject({ app: 6, target: null, met: null });
  });

  it('judges the write path by the median of the ratio within each round, so a drifting machine does not decide it', () => {
    // The raw side slows threefold across the rounds; each round's app run beside it is 5 % slower than raw.
    const round = (rawMs) => ({ order: ['raw', 'app'], appMs: rawMs * 1.05, rawMs, rawKoperasiOnlyMs: rawMs / 2, dexieBulkAddMs: rawMs });
    const rounds = [450, 1350, 500, 1200, 900].map(round);
    const write = { rounds, medianAppMs: 525, medianRawMs: 900, medianRawKoperasiOnlyMs: 450, medianDexieBulkAddMs: 900 };
    const verdicts = judgeBench(benchOutput({ write }));
    expect(verdicts.write.ratio).toBeCloseTo(1 / 1.05, 6);
    expect(verdicts.write.pass).toBe(true);
    const even = judgeBench(benchOutput({ write: { ...write, rounds: [round(400), { ...round(400), appMs: 800 }] } }));
    expect(even.write.ratio).toBeCloseTo((1 / 1.05 + 0.5) / 2, 6);
    expect(even.write.pass).toBe(false);
  });

  it('judges program achievement at its bounds, beside the raw counting', () => {
    // Only the capaian part of the district: the verdicts of a run without one, so no other district figure appears.
    const verdicts = judgeBench(benchOutput());
    const program = (c) => benchFigures(benchOutput({ district: { capaian: c } }), verdicts, { count: 2000 }).filter((f) => f.name.startsWith('program'));
    const at = program(capaian(CAPAIAN_TARGETS.firstP95MaxMs, CAPAIAN_TARGETS.recomputeP95MaxMs));
    expect(at.map((f) => f.met)).toEqual([true, true]);
    expect(at[0]).toMatchObject({ raw: 500, ratio: 0.5, target: 1000 });
    const over = program(capaian(1000.5, 301));
    expect(over.map((f) => f.met)).toEqual([false, false]);
  });

  it('adds the PDF against the bare table when it ran', () => {
    const side = (total) => ({ label: 'x', renderMs: [], pdfMs: [], totalMs: [total], medianTotalMs: total, maxTotalMs: total, pages: 1, bytes: 1 });
    const figures = figuresOf(benchOutput({ pdf: { rows: 500, repeats: 3, options: {}, app: side(3200), bare: side(400) } }));
    expect(figures.at(-1)).toEqual({
      name: 'daftar hadir 500 rows to PDF, median (ms); raw = bare table',
      app: 3200,
      raw: 400,
      ratio: 0.125,
      target: 3000,
      met: false,
    });
  });

  it("judges the officer's month at 10 s end to end, the fusions against the planted NIKs, the heap at 1 GB", () => {
    const counts = (digabung) => ({ baru: 3800, diperbarui: 1217, sama: 0, konflik: 0, digabung, perTabel: {} });
    const delta = (endToEndMs, digabung, peakMB) => ({
      method: 'm',
      month: {
        records: {},
        total: 5000,
        bundleBytes: 1,
        newPeople: 1000,
        roles: 1000,
        enrollments: 1000,
        koperasiEdits: 100,
        peopleEdits: 400,
        terdaftar: 500,
        checkIns: 999,
        sameNik: 200,
      },
      app: { decodeMs: 1000, previewMs: 1000, applyMs: endToEndMs - 2000, previewCounts: counts(digabung), counts: counts(digabung), journalEntries: 5017 },
      raw: { ms: 2500, reads: 1, writes: 1, fusedAway: 100 },
      endToEndMs,
      heap: peakMB === null ? null : { peakMB, lastMB: 1, samples: 3 },
      target: { endToEndMaxS: 10, heapMaxMB: 1024 },
    });
    // Only the delta part of the district: the verdicts of a run without one, so no other district figure appears.
    const verdicts = judgeBench(benchOutput());
    const pick = (d, start) => benchFigures(benchOutput({ district: { delta: d } }), verdicts, { count: 2000 }).find((f) => f.name.startsWith(start));
    expect(pick(delta(10_000, 200, 28), "delta: an officer's month")).toMatchObject({ app: 10, raw: 2.5, ratio: 0.25, target: 10, met: true });
    expect(pick(delta(10_001, 200, 28), "delta: an officer's month")?.met).toBe(false);
    expect(pick(delta(8000, 199, 28), 'delta: people fused')).toMatchObject({ app: 199, target: 200, met: false });
    expect(pick(delta(8000, 200, 1025), 'delta: import worker peak heap')).toMatchObject({ target: 1024, met: false });
    expect(pick(delta(8000, 200, null), 'delta: import worker peak heap')).toMatchObject({ app: null, met: null });
  });

  it('judges the first screen at 1 s and the heap before GC at 250 MB, per main page', () => {
    const firstScreen = {
      coldMs: FIRST_SCREEN_TARGETS.interactiveMaxMs,
      warmMs: 1001,
      coldAgainMs: 400,
      heap: [
        { page: 'Beranda', usedMB: 250, afterGcMB: 40 },
        { page: 'Koperasi', usedMB: 250.1, afterGcMB: 60 },
      ],
    };
    const figures = figuresOf(benchOutput({ firstScreen }));
    const pick = (name) => figures.find((f) => f.name === name);
    expect(pick('first screen: interactive Beranda, cold (ms)')).toMatchObject({ app: 1000, target: 1000, met: true });
    expect(pick('first screen: interactive Beranda, warm reload (ms)')).toMatchObject({ met: false });
    expect(pick('first screen: interactive Beranda, cold again (ms)')).toMatchObject({ app: 400, target: 1000, met: true });
    expect(pick('renderer JS heap after opening Beranda (MB)')).toMatchObject({ app: 250, target: 250, met: true });
    expect(pick('renderer JS heap after opening Koperasi (MB)')?.met).toBe(false);
    expect(pick('renderer JS heap after opening Koperasi, after GC (MB)')).toMatchObject({ app: 60, target: null, met: null });
  });
});

describe('bench table as Markdown', () => {
  const figures = [
    { name: 'check-in search p95 (ms)', app: 68.2, raw: 60, ratio: 0.88, target: 30, met: false },
    { name: 'a | b (ms)', app: 1, raw: null, ratio: null, target: null, met: null },
  ];

  it('prints one row per figure, blanks where a figure has none, and escapes the pipe', () => {
    expect(figuresMarkdown(figures).split('\n')).toEqual([
      '| name | app | raw | ratio | target | met |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
      '| check-in search p95 (ms) | 68.2 | 60 | 0.88 | 30 | MISSED |',
      '| a \\| b (ms) | 1 | – | – | – |  |',
    ]);
  });

  it('refuses a report written before figures existed', () => {
    expect(() => benchJsonMarkdown({ at: 'x' })).toThrow(/no "figures"/);
  });

  it('reads a reports/bench.json from the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-table-'));
    try {
      const file = join(dir, 'bench.json');
      writeFileSync(file, JSON.stringify({ at: '2026-12-06T21:00:00.000Z', cores: 2, loadAverageAfter: 1.5, figures }));
      const text = execFileSync(process.execPath, [join(import.meta.dirname, 'bench-table.mjs'), file], { encoding: 'utf8' });
      expect(text).toContain('Run of 2026-12-06T21:00:00.000Z on 2 cores, load average after 1.50.');
      expect(text).toContain('| check-in search p95 (ms) | 68.2 | 60 | 0.88 | 30 | MISSED |');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
