#!/usr/bin/env node
/**
 * The bench table and its verdicts (used by scripts/bench.mjs); run on its own,
 * `node scripts/bench-table.mjs [reports/bench.json]` prints the report's `figures` as a Markdown table for
 * docs/benchmark.md ("Latest full run").
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { figuresMarkdown } from './bench-figures.mjs';
import { checkInRows, judgeCheckIn, judgePdf, pdfRows } from './bench-checkin-table.mjs';
import { districtRows, judgeDistrict } from './bench-district-table.mjs';
import { exchangeRows, judgeExchange } from './bench-exchange-table.mjs';

/** Targets (README.md, Benchmark): the write path within 10 % of bare IndexedDB, search answers as you type. */
export const BENCH_TARGETS = { writeRatioMin: 0.9, searchP95MaxMs: 30 };

const ms = (v) => `${v.toFixed(1)} ms`;
const pct = (v) => `${(v * 100).toFixed(0)} %`;
const verdict = (ok) => (ok ? 'PASS' : 'MISSED');
/** @param {string} label @param {import('../bench/bench-types').SearchStats} s */
const spread = (label, s) => [`${label} (${s.queries}) p50/p95`, `${s.p50Ms.toFixed(1)}/${s.p95Ms.toFixed(1)} ms`, '-', `~${Math.round(s.meanHits)} hits`, ''];

/**
 * The write path's ratio, raw time / app time: the median of each round's own ratio. A round runs raw and app back
 * to back, so the two sides share the machine's state, while the raw side alone drifts by 3× across the rounds of
 * one run (450 to 1,350 ms for 2,000 koperasi on a 2-core machine): the ratio of the medians then compares rounds
 * taken minutes apart. Without rounds (an older report), the ratio of the medians.
 *
 * @param {import('../bench/bench-types').BenchOutput['write']} write
 */
export function writeRatio(write) {
  if (write.rounds.length === 0) return write.medianRawMs / write.medianAppMs;
  const ratios = write.rounds.map((r) => r.rawMs / r.appMs).sort((a, b) => a - b);
  const mid = Math.floor(ratios.length / 2);
  return ratios.length % 2 === 1 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2;
}

/**
 * Adds targets and verdicts to what the page measured: ratio = raw time / app time ("% of raw").
 *
 * @param {import('../bench/bench-types').BenchOutput & { pdf?: import('../bench/bench-types').PdfOutput | null }} out
 */
export function judgeBench(out) {
  const ratio = writeRatio(out.write);
  return {
    write: { ratio, target: BENCH_TARGETS.writeRatioMin, pass: ratio >= BENCH_TARGETS.writeRatioMin },
    search: { p95Ms: out.search.p95Ms, target: BENCH_TARGETS.searchP95MaxMs, pass: out.search.p95Ms <= BENCH_TARGETS.searchP95MaxMs },
    district: judgeDistrict(out.district ?? null),
    checkIn: judgeCheckIn(out.district?.checkIn),
    exchange: judgeExchange(out.district?.exchange),
    pdf: judgePdf(out.pdf),
  };
}

/**
 * The table a person reads after `npm run bench`: op | app | raw IDB | ratio/target | pass?
 *
 * @param {import('../bench/bench-types').BenchOutput & { pdf?: import('../bench/bench-types').PdfOutput | null }} out
 * @param {ReturnType<typeof judgeBench>} verdicts
 * @param {{ count: number, rounds: number }} config
 */
export function formatBenchTable(out, verdicts, config) {
  const rows = [
    ['op', 'app', 'raw IDB', 'ratio / target', 'pass?'],
    [
      `write ${config.count} koperasi (median of ${config.rounds})`,
      ms(out.write.medianAppMs),
      ms(out.write.medianRawMs),
      `${pct(verdicts.write.ratio)} of raw (median per round) / >= ${pct(verdicts.write.target)}`,
      verdict(verdicts.write.pass),
    ],
    [
      '  (info) raw without journal store',
      '',
      ms(out.write.medianRawKoperasiOnlyMs),
      `${pct(out.write.medianRawKoperasiOnlyMs / out.write.medianAppMs)} of app`,
      '',
    ],
    [
      '  (info) Dexie bulkAdd, records prebuilt',
      ms(out.write.medianDexieBulkAddMs),
      '',
      `${pct(out.write.medianRawMs / out.write.medianDexieBulkAddMs)} of raw`,
      '',
    ],
    [`search p50 (${out.search.queries} queries)`, ms(out.search.p50Ms), '-', '', ''],
    ['search p95', ms(out.search.p95Ms), '-', `<= ${verdicts.search.target} ms`, verdict(verdicts.search.pass)],
    ['search max', ms(out.search.maxMs), '-', '', ''],
    spread('  (info) stress', out.search.stress),
    ...Object.entries(out.search.byCategory).map(([category, s]) => spread(`  ${category}`, s)),
    ...(out.district && verdicts.district ? districtRows(out.district, verdicts.district) : []),
    ...(out.district?.checkIn && verdicts.checkIn ? checkInRows(out.district.checkIn, verdicts.checkIn) : []),
    ...(out.district?.exchange && verdicts.exchange ? exchangeRows(out.district.exchange, verdicts.exchange) : []),
    ...(out.pdf && verdicts.pdf ? pdfRows(out.pdf, verdicts.pdf) : []),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

/**
 * The Markdown table of a written reports/bench.json; a report from before `figures` existed gets a clear error
 * rather than an empty table.
 *
 * @param {{ figures?: Parameters<typeof figuresMarkdown>[0], at?: string, cores?: number, loadAverageAfter?: number }} report
 */
export function benchJsonMarkdown(report) {
  if (!Array.isArray(report.figures)) throw new Error('reports/bench.json has no "figures": run `npm run bench` again to write them');
  const load = typeof report.loadAverageAfter === 'number' ? `, load average after ${report.loadAverageAfter.toFixed(2)}` : '';
  const when = report.at ? `Run of ${report.at} on ${report.cores ?? '?'} cores${load}.\n\n` : '';
  return `${when}${figuresMarkdown(report.figures)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2] ?? 'reports/bench.json';
  try {
    console.log(benchJsonMarkdown(JSON.parse(readFileSync(file, 'utf8'))));
  } catch (error) {
    console.error(`bench-table: ${file}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
