import { describe, expect, it } from 'vitest';
import { CHECKIN_TARGETS, checkInNotes, checkInRows, judgeCheckIn, judgePdf, pdfRows } from './bench-checkin-table.mjs';
import { formatBenchTable, judgeBench } from './bench-table.mjs';

const stats = (p50Ms, p95Ms, maxMs, samples = 10) => ({ samples, p50Ms, p95Ms, maxMs });
const side = (app, raw) => ({ app, raw });
const counts = { transactions: 1, rangeReads: 27, keyReads: 74.2, cursors: 0.2, cursorSteps: 2.3 };

function checkIn({ searchP95 = 20, commitP95 = 12 } = {}) {
  return {
    method: 'test',
    event: { koperasi: 60, perwakilan: 300, kehadiranAfter: 300 },
    search: {
      ...side(stats(9, searchP95, 70, 220), stats(8, 15, 35, 220)),
      byCategory: {
        'nama-diundang': {
          ...side(stats(10, 22, 36, 96), stats(9, 15, 31, 96)),
          first: side(stats(3, 20, 30, 96), stats(2, 4, 9, 96)),
          meanHits: 16.5,
          foundFirst: 15,
          found: 16,
          lastStages: 18,
        },
      },
      slowest: [{ category: 'nama-diundang', query: 'supr', appMs: 36, rawMs: 8.2, hits: 20, found: false }],
      samples: [],
    },
    commit: { ...side(stats(3.7, commitP95, 35, 300), stats(2.3, 7.3, 39, 300)), invited: 270, notInvited: 30 },
    repeat: side(stats(1, 4.6, 5, 30), stats(0.7, 1.1, 18, 30)),
    slowestCommits: [{ index: 11, appMs: 34.9, rawMs: 3.3 }],
    requestsPerSearch: { semua: counts },
  };
}

function pdf(medianTotalMs) {
  const s = (total) => ({
    label: 'x',
    renderMs: [100, 110, 120],
    pdfMs: [300, 340, 380],
    totalMs: [total - 10, total, total + 10],
    medianTotalMs: total,
    maxTotalMs: total + 10,
    pages: 39,
    bytes: 142_081,
  });
  return { rows: 500, repeats: 3, options: {}, app: s(medianTotalMs), bare: s(200) };
}

const searchStats = { queries: 200, p50Ms: 1, p95Ms: 4, maxMs: 9, meanHits: 10, zeroHitQueries: 0 };
const benchOutput = (extra) => ({
  userAgent: 'test',
  generateMs: 1,
  records: 100,
  journalEntries: 100,
  stores: [],
  write: { rounds: [], medianAppMs: 80, medianRawMs: 76, medianRawKoperasiOnlyMs: 30, medianDexieBulkAddMs: 78 },
  search: { ...searchStats, stress: searchStats, byCategory: {}, slowest: [], samples: [] },
  district: null,
  ...extra,
});

describe('check-in and PDF verdicts', () => {
  it('passes at the target and misses just above it', () => {
    expect(judgeCheckIn(checkIn({ searchP95: 30, commitP95: 30 }))).toMatchObject({ search: { pass: true }, commit: { pass: true } });
    const missed = judgeCheckIn(checkIn({ searchP95: 30.1, commitP95: 45 }));
    expect(missed).toMatchObject({ search: { p95Ms: 30.1, target: 30, pass: false }, commit: { p95Ms: 45, pass: false } });
    expect(judgePdf(pdf(CHECKIN_TARGETS.pdfMaxMs))?.pass).toBe(true);
    expect(judgePdf(pdf(3000.1))).toEqual({ medianMs: 3000.1, target: 3000, pass: false });
  });

  it("holds invited searches' first phase to one frame and every search to showing the person at its end", () => {
    const c = checkIn();
    const invited = c.search.byCategory['nama-diundang'];
    const at = (p95Ms, found, full = stats(5, 40, 50)) =>
      judgeCheckIn({
        ...c,
        search: { ...c.search, byCategory: { 'nama-diundang': { ...invited, app: full, first: { ...invited.first, app: stats(5, p95Ms, 20) }, found } } },
      });
    // The full search's time does not count against the frame: the invited rows are on screen before it ends.
    expect(at(16, 18)).toMatchObject({ invited: { p95Ms: 16, target: 16, pass: true }, found: { percent: 100, pass: true } });
    expect(at(16.1, 17, stats(1, 2, 3))).toMatchObject({ invited: { pass: false }, found: { pass: false } });
    // Without a first phase (an older run), there is no invited figure to pass.
    expect(judgeCheckIn({ ...c, search: { ...c.search, byCategory: { 'nama-diundang': { ...invited, first: null } } } })?.invited.pass).toBe(false);
    const asked = { ...invited, first: null, found: 18, foundByTyping: 15, nikAsked: 3 };
    const rows = checkInRows({ ...c, search: { ...c.search, byCategory: { 'nama-tidak-diundang': asked } } }, judgeCheckIn(c));
    expect(rows.find((r) => r[0].includes('nama-tidak-diundang'))?.[3]).toBe('~16.5 rows; found 18/18 at the last stage, 15 by typing, 3 after asking the NIK');
  });

  it('has no verdict for a section that did not run', () => {
    expect(judgeCheckIn(undefined)).toBeNull();
    expect(judgePdf(null)).toBeNull();
    expect(judgeBench(benchOutput({ pdf: null }))).toMatchObject({ checkIn: null, pdf: null });
  });

  it('prints app and raw p50/p95/max side by side with the target and the verdict', () => {
    const c = checkIn({ searchP95: 40 });
    const rows = checkInRows(c, judgeCheckIn(c));
    const search = rows.find((r) => r[0].startsWith('check-in search'));
    expect(search).toEqual([
      'check-in search, full (220 keystroke stages)',
      '9.0/40.0/70.0 ms',
      '8.0/15.0/35.0 ms',
      'p95 <= 30 ms; 38 % of raw (p95)',
      'MISSED',
    ]);
    expect(rows.find((r) => r[0].startsWith('check-in commit'))?.[4]).toBe('PASS');
    expect(rows.find((r) => r[0].includes('nama-diundang') && r[0].includes('full'))?.slice(3)).toEqual(['~16.5 rows; found 16/18 at the last stage', '']);
    expect(rows.find((r) => r[0].includes('nama-diundang') && r[0].includes('first phase'))).toEqual([
      '  nama-diundang (96), first phase (invited rows)',
      '3.0/20.0/30.0 ms',
      '2.0/4.0/9.0 ms',
      'p95 <= 16 ms; found 15/18 in these rows at the last stage',
      'MISSED',
    ]);
    expect(rows.find((r) => r[0].startsWith('searches showing'))?.slice(1)).toEqual(['88.9 %', '', '>= 100 %', 'MISSED']);
    expect(checkInNotes(c).at(-1)).toContain('semua 1 tx, 27 range + 74.2 key reads, 0.2 cursors / 2.3 steps');
  });

  it('prints the PDF as median / max of the document beside the bare table', () => {
    const p = pdf(455);
    const rows = pdfRows(p, judgePdf(p));
    expect(rows[1]).toEqual(['  render + page.pdf()', '455.0 ms / 465.0 ms', '200.0 ms / 210.0 ms', '<= 3000 ms (median)', 'PASS']);
    expect(rows[3]).toEqual(['  page.pdf()', '340.0 ms / 380.0 ms', '340.0 ms / 380.0 ms', '', '']);
    expect(rows[4][1]).toBe('39 p, 139 KB');
  });

  it('adds both sections to the bench table when they ran', () => {
    const out = benchOutput({ district: null, pdf: pdf(455) });
    const table = formatBenchTable(out, judgeBench(out), { count: 100, rounds: 1 });
    expect(table).toContain('DAFTAR HADIR 500 rows to PDF, median / max of 3');
    expect(table).not.toContain('CHECK-IN');
  });
});
