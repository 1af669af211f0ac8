import { INVITED } from './bench-checkin-table.mjs';

/**
 * The bench's figures as one flat list (`figures` in reports/bench.json), so a script can read the verdicts without
 * knowing each section's shape: `{ name, app, raw, ratio, target, met }` per figure, units in the name. Gathered
 * from what the page and scripts/bench-pdf.mjs measured and from the sections' own verdicts (judgeBench); nothing
 * here measures or re-judges. `ratio` is raw / app ("% of raw", as the table prints it) unless the name says
 * otherwise; `target` is the bound the verdict uses (a minimum for ratios, a maximum for times and sizes); `met` is
 * that verdict. Figures without a target (shown for scale or diagnosis) have `target` and `met` null.
 */

/** Program achievement (bench/capaian-bench.ts): first computation and recompute after one enrollment, p95 of the app. */
export const CAPAIAN_TARGETS = { firstP95MaxMs: 1000, recomputeP95MaxMs: 300 };

/** Issue 16 §5: an interactive Beranda within a second, and a renderer heap a laptop keeps beside other programs. */
export const FIRST_SCREEN_TARGETS = { interactiveMaxMs: 1000, heapMaxMB: 250 };

/** Issue 16 §3: the exchange worker's peak heap at each step of an export or import, in MB (1 GB). */
export const EXCHANGE_HEAP_MAX_MB = 1024;

/** Two decimals for times and sizes (three for ratios, so 0.796 never reads as 0.8 beside MISSED). */
const round = (v) => (v === null || v === undefined || !Number.isFinite(v) ? null : Math.round(v * 100) / 100);
const mb = (bytes) => bytes / 1048576;

/**
 * @param {string} name
 * @param {number | null | undefined} app
 * @param {number | null | undefined} [raw]
 * @param {{ ratio?: number | null, target?: number | null, met?: boolean | null }} [verdict]
 */
function figure(name, app, raw = null, verdict = {}) {
  const ratio = verdict.ratio !== undefined ? verdict.ratio : raw !== null && raw !== undefined && app ? raw / app : null;
  return {
    name,
    app: round(app),
    raw: round(raw),
    ratio: ratio === null || !Number.isFinite(ratio) ? null : Math.round(ratio * 1000) / 1000,
    target: verdict.target ?? null,
    met: verdict.met ?? null,
  };
}

/** @param {string} label @param {import('../bench/bench-types').SideStats} s @param {{ target?: number, met?: boolean }} [v] */
const sideP95 = (label, s, v = {}) => figure(`${label} p95 (ms)`, s.app.p95Ms, s.raw.p95Ms, v);

/**
 * @param {import('../bench/bench-types').DistrictOutput} d
 * @param {NonNullable<ReturnType<import('./bench-table.mjs').judgeBench>['district']>} v
 */
function districtFigures(d, v) {
  const { load, reads } = d;
  return [
    figure(`district load, ${load.records.anggota} people (s)`, load.appMs / 1000, load.rawMs / 1000, {
      ratio: v.write.ratio,
      target: v.write.target,
      met: v.write.pass,
    }),
    figure('district load peak JS heap (MB)', load.peakHeapMB),
    figure('people search p95 (ms)', reads.search.p95Ms, null, { target: v.search.target, met: v.search.pass }),
    ...Object.entries(reads.search.byCategory).map(([c, t]) => figure(`people search ${c} p95 (ms)`, t.p95Ms)),
    figure('person detail page reads p95 (ms)', reads.detail.total.p95Ms),
    figure('people list count() p95 (ms)', reads.list.count.p95Ms),
    ...reads.list.pages.map((p) => figure(`people list page at row ${p.offset} p95 (ms)`, p.p95Ms)),
    ...reads.roster.flatMap((x) => [
      figure(`roster ${x.label} koperasi (${x.roles} roles) p95 (ms)`, x.peran.p95Ms),
      figure(`roster ${x.label} koperasi enrollments p95 (ms)`, x.kepesertaan.p95Ms),
    ]),
    figure('follow-up list antrian(draf) p95 (ms)', reads.queue.draf.p95Ms),
    figure('follow-up list by kecamatan p95 (ms)', reads.queue.drafKecamatan.p95Ms),
    figure('follow-up count jumlahMenunggu p95 (ms)', reads.queue.jumlahMenunggu.p95Ms),
    ...(reads.lists && v.lists ? listFigures(reads.lists, v.lists) : []),
  ];
}

/**
 * The lists beside raw IndexedDB (bench/lists-bench.ts).
 *
 * @param {import('../bench/bench-types').ListsOutput} l
 * @param {NonNullable<NonNullable<ReturnType<import('./bench-table.mjs').judgeBench>['district']>['lists']>} v
 */
function listFigures(l, v) {
  return [
    sideP95('follow-up list by kecamatan, page reads (500 ids, first rows joined)', l.kecamatan, { target: v.kecamatan.target, met: v.kecamatan.pass }),
    sideP95('follow-up tab counts by kecamatan', l.kecamatanCounts),
    sideP95(`largest roster, Orang tab reads (${l.roster.roles} roles)`, l.roster, { target: v.roster.target, met: v.roster.pass }),
    sideP95('Beranda cooperative counts', l.beranda),
    sideP95('kelompok options', l.kelompok),
  ];
}

/**
 * @param {import('../bench/bench-types').CheckInOutput} c
 * @param {NonNullable<ReturnType<import('./bench-table.mjs').judgeBench>['checkIn']>} v
 */
function checkInFigures(c, v) {
  return [
    sideP95('check-in search', c.search, { target: v.search.target, met: v.search.pass }),
    ...Object.entries(c.search.byCategory).map(([category, s]) => sideP95(`check-in search ${category}`, s)),
    // The first phase (the invited rows from memory, on screen before the full search): the one-frame target.
    ...Object.entries(c.search.byCategory)
      .filter(([, s]) => s.first)
      .map(([category, s]) =>
        sideP95(
          `check-in search ${category} first phase (invited rows)`,
          s.first,
          category === INVITED ? { target: v.invited.target, met: v.invited.pass } : undefined,
        ),
      ),
    figure('check-in searches showing the person at the end (%)', v.found.percent, null, { target: v.found.target, met: v.found.pass }),
    ...Object.entries(c.search.byCategory).map(([category, s]) =>
      figure(`check-in search ${category} found at the last stage (%)`, (s.found / Math.max(1, s.lastStages)) * 100),
    ),
    ...(c.search.byCategory[INVITED]?.first
      ? [
          figure(
            `check-in search ${INVITED} found in the first phase's rows at the last stage (%)`,
            ((c.search.byCategory[INVITED].foundFirst ?? 0) / Math.max(1, c.search.byCategory[INVITED].lastStages)) * 100,
          ),
        ]
      : []),
    ...Object.entries(c.search.byCategory)
      .filter(([, s]) => s.nikAsked > 0)
      .map(([category, s]) => figure(`check-in search ${category} found by typing the name alone (%)`, (s.foundByTyping / Math.max(1, s.lastStages)) * 100)),
    sideP95('check-in commit', c.commit, { target: v.commit.target, met: v.commit.pass }),
    sideP95('check-in repeat (sudah hadir)', c.repeat),
  ];
}

/** @param {import('../bench/bench-types').CapaianOutput} c */
function capaianFigures(c) {
  const { firstP95MaxMs, recomputeP95MaxMs } = CAPAIAN_TARGETS;
  return [
    figure(`program achievement first computation, ${c.targets} targets p95 (ms)`, c.firstRender.app.p95Ms, c.firstRender.raw.p95Ms, {
      target: firstP95MaxMs,
      met: c.firstRender.app.p95Ms <= firstP95MaxMs,
    }),
    figure('program achievement recompute p95 (ms)', c.recompute.app.p95Ms, c.recompute.raw.p95Ms, {
      target: recomputeP95MaxMs,
      met: c.recompute.app.p95Ms <= recomputeP95MaxMs,
    }),
  ];
}

/**
 * @param {import('../bench/bench-types').ExchangeOutput} x
 * @param {NonNullable<ReturnType<import('./bench-table.mjs').judgeBench>['exchange']>} v
 */
function exchangeFigures(x, v) {
  const { export: e, import: i, reimport: r } = x;
  // Issue 16 §3: each step of the worker within 1 GB (the export held whole is shown for scale only).
  const heap = (label, h, target = EXCHANGE_HEAP_MAX_MB) => {
    const mb = h?.peakMB ?? null;
    return figure(`exchange worker peak heap, ${label} (MB)`, mb, null, { target, met: target === null || mb === null ? null : mb <= target });
  };
  return [
    figure('exchange export exportBundle, read twice in pages (s)', e.exportMs / 1000),
    figure('exchange export collectBundle (s)', e.collectMs / 1000),
    figure('exchange export encodeBundle (s)', e.encodeMs / 1000),
    figure('exchange bundle vs plain JSON (MB; ratio bundle / JSON)', mb(e.bundleBytes), mb(e.plainJsonBytes), {
      ratio: v.size.ratio,
      target: v.size.target,
      met: v.size.pass,
    }),
    figure('exchange import decodeBundle (s)', i.decodeMs / 1000),
    figure('exchange import preview into empty db (s)', i.previewMs / 1000),
    figure('exchange import apply into empty db (s)', i.appApplyMs / 1000, i.rawMs / 1000, { ratio: v.apply.ratio, target: v.apply.target, met: v.apply.pass }),
    figure('exchange import decode + apply (s)', (i.decodeMs + i.appApplyMs) / 1000, i.rawMs / 1000, {
      ratio: v.endToEnd.ratio,
      target: v.endToEnd.target,
      met: v.endToEnd.pass,
    }),
    figure('exchange re-import, records found sama (count)', r.counts.sama, null, { target: x.records, met: v.reimport.pass }),
    figure('exchange re-import decode + preview + apply (s)', (r.decodeMs + r.previewMs + r.applyMs) / 1000),
    heap('export', e.heap),
    heap('collect + encode held whole', e.heapCollectEncode, null),
    heap('decode', i.heap.decode),
    heap('preview', i.heap.preview),
    heap('apply', i.heap.apply),
    heap('re-import', r.heap),
    ...(r.heap?.livePeakMB === undefined ? [] : [figure('exchange worker heap after a collection, re-import, peak (MB)', r.heap.livePeakMB)]),
  ];
}

/**
 * The officer's month into the full district (bench/exchange-delta-bench.ts): end to end against the target in
 * seconds (raw = the same reads and writes on raw IndexedDB), each step, and the worker's peak heap against 1 GB.
 *
 * @param {import('../bench/bench-types').DeltaOutput} d
 */
function deltaFigures(d) {
  const { app, raw, month, target } = d;
  const heapMB = d.heap?.peakMB ?? null;
  return [
    figure(`delta: an officer's month, ${month.total} records (${month.sameNik} same-NIK), decode + preview + apply (s)`, d.endToEndMs / 1000, raw.ms / 1000, {
      target: target.endToEndMaxS,
      met: d.endToEndMs <= target.endToEndMaxS * 1000,
    }),
    figure('delta: decodeBundle (s)', app.decodeMs / 1000),
    figure('delta: preview into the full district (s)', app.previewMs / 1000),
    figure('delta: apply into the full district (s)', app.applyMs / 1000, raw.ms / 1000),
    figure('delta: people fused by NIK (count)', app.counts.digabung, null, { target: month.sameNik, met: app.counts.digabung === month.sameNik }),
    figure('delta: import worker peak heap (MB)', heapMB, null, { target: target.heapMaxMB, met: heapMB === null ? null : heapMB <= target.heapMaxMB }),
  ];
}

/**
 * Lines printed after the table for the officer's month.
 *
 * @param {import('../bench/bench-types').DeltaOutput} d
 */
export function deltaNotes(d) {
  const { app, raw, month } = d;
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  return [
    `officer's month: ${month.total} records (${month.newPeople} new people with ${month.roles} roles and ${month.enrollments} enrollments, ${month.koperasiEdits} cooperatives and ${month.peopleEdits} people edited, ${month.terdaftar} enrollments terdaftar, ${month.checkIns} check-ins; ${month.sameNik} people with a district NIK), ${(month.bundleBytes / 1024).toFixed(0)} KB`,
    `officer's month into the full district: decode ${s(app.decodeMs)} + preview ${s(app.previewMs)} + apply ${s(app.applyMs)} = ${s(d.endToEndMs)} (target <= ${d.target.endToEndMaxS} s); raw reads + writes ${s(raw.ms)} (${raw.reads} reads, ${raw.writes} writes); ${app.counts.baru} new, ${app.counts.diperbarui} updated, ${app.counts.sama} same, ${app.counts.digabung} fused; worker heap peak ${d.heap?.peakMB ?? 'n/a'} MB`,
  ];
}

/** @param {import('../bench/bench-types').CadanganOutput} c */
function cadanganFigures(c) {
  return [
    figure(`backup full snapshot, ${c.penuh.records} records (s); raw = raw reads`, c.penuh.ms / 1000, c.penuh.rawReadMs / 1000),
    figure(`backup changes only after ${c.perubahan} edits (s); raw = raw reads`, c.perubahanSaja.ms / 1000, c.perubahanSaja.rawReadMs / 1000),
    figure('restore into an empty db, open + replace (s)', (c.pulihkanKosong.openMs + c.pulihkanKosong.replaceMs) / 1000, c.pulihkanKosong.rawMs / 1000),
    ...(c.pulihkanPenuh ? [figure('restore over the full district db, open + replace (s)', (c.pulihkanPenuh.openMs + c.pulihkanPenuh.replaceMs) / 1000)] : []),
  ];
}

/**
 * The first screen (scripts/bench-first-screen.mjs): cold, warm and cold again, then the heap per main page. The verdict is on
 * the used heap before a forced GC (what the page holds as the officer sees it, the stricter reading); the heap
 * after GC is shown beside it without a verdict.
 *
 * @param {{ coldMs: number, warmMs: number, coldAgainMs?: number, heap: { page: string, usedMB: number, afterGcMB: number }[] }} f
 */
function firstScreenFigures(f) {
  const { interactiveMaxMs, heapMaxMB } = FIRST_SCREEN_TARGETS;
  return [
    figure('first screen: interactive Beranda, cold (ms)', f.coldMs, null, { target: interactiveMaxMs, met: f.coldMs <= interactiveMaxMs }),
    figure('first screen: interactive Beranda, warm reload (ms)', f.warmMs, null, { target: interactiveMaxMs, met: f.warmMs <= interactiveMaxMs }),
    ...(f.coldAgainMs === undefined
      ? []
      : [
          figure('first screen: interactive Beranda, cold again (ms)', f.coldAgainMs, null, {
            target: interactiveMaxMs,
            met: f.coldAgainMs <= interactiveMaxMs,
          }),
        ]),
    ...f.heap.map((h) => figure(`renderer JS heap after opening ${h.page} (MB)`, h.usedMB, null, { target: heapMaxMB, met: h.usedMB <= heapMaxMB })),
    ...f.heap.map((h) => figure(`renderer JS heap after opening ${h.page}, after GC (MB)`, h.afterGcMB)),
  ];
}

/**
 * Every figure of a run, in the order of the printed table.
 *
 * @param {import('../bench/bench-types').BenchOutput & { pdf?: import('../bench/bench-types').PdfOutput | null, firstScreen?: Parameters<typeof firstScreenFigures>[0] | null }} out
 * @param {ReturnType<import('./bench-table.mjs').judgeBench>} verdicts
 * @param {{ count: number }} config
 * @returns {{ name: string, app: number | null, raw: number | null, ratio: number | null, target: number | null, met: boolean | null }[]}
 */
export function benchFigures(out, verdicts, config) {
  const d = out.district;
  return [
    figure(`write ${config.count} koperasi, median (ms)`, out.write.medianAppMs, out.write.medianRawMs, {
      ratio: verdicts.write.ratio,
      target: verdicts.write.target,
      met: verdicts.write.pass,
    }),
    figure(`write ${config.count} koperasi, Dexie bulkAdd of the prebuilt records, median (ms)`, out.write.medianDexieBulkAddMs, out.write.medianRawMs),
    figure('registry search p95 (ms)', out.search.p95Ms, null, { target: verdicts.search.target, met: verdicts.search.pass }),
    ...Object.entries(out.search.byCategory).map(([c, s]) => figure(`registry search ${c} p95 (ms)`, s.p95Ms)),
    ...(out.imporExcel?.steps ?? []).flatMap((s) => [
      figure(`Impor dari Excel ${s.berkas}, ${s.baris} rows: read to preview (ms)`, s.parseMs + s.mapMs + s.cleanMs + s.previewMs),
      ...(s.applyMs === undefined ? [] : [figure(`Impor dari Excel ${s.berkas} apply (ms)`, s.applyMs, s.rawMs ?? null)]),
    ]),
    ...(out.duplikat
      ? [
          figure(`Kemungkinan duplikat over ${out.duplikat.people} people (ms)`, out.duplikat.cariMs),
          figure('Kemungkinan duplikat planted copies found (count)', out.duplikat.ditemukan, null, {
            target: out.duplikat.ditanam,
            met: out.duplikat.ditemukan === out.duplikat.ditanam,
          }),
        ]
      : []),
    ...(d && verdicts.district ? districtFigures(d, verdicts.district) : []),
    ...(d?.checkIn && verdicts.checkIn ? checkInFigures(d.checkIn, verdicts.checkIn) : []),
    ...(d?.capaian ? capaianFigures(d.capaian) : []),
    ...(d?.exchange && verdicts.exchange ? exchangeFigures(d.exchange, verdicts.exchange) : []),
    ...(d?.cadangan ? cadanganFigures(d.cadangan) : []),
    ...(d?.delta ? deltaFigures(d.delta) : []),
    ...(out.pdf && verdicts.pdf
      ? [
          figure(`daftar hadir ${out.pdf.rows} rows to PDF, median (ms); raw = bare table`, out.pdf.app.medianTotalMs, out.pdf.bare.medianTotalMs, {
            target: verdicts.pdf.target,
            met: verdicts.pdf.pass,
          }),
        ]
      : []),
    ...(out.firstScreen ? firstScreenFigures(out.firstScreen) : []),
  ];
}

const cell = (v) => (v === null || v === undefined ? '–' : String(v));
const metCell = (met) => (met === null || met === undefined ? '' : met ? 'PASS' : 'MISSED');
/** A name may hold a "|" only escaped in a Markdown table cell. */
const escape = (text) => text.replaceAll('|', '\\|');

/**
 * The figures as a Markdown table (name | app | raw | ratio | target | met), for docs/benchmark.md.
 *
 * @param {readonly { name: string, app: number | null, raw: number | null, ratio: number | null, target: number | null, met: boolean | null }[]} figures
 */
export function figuresMarkdown(figures) {
  return [
    '| name | app | raw | ratio | target | met |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...figures.map((f) => `| ${escape(f.name)} | ${cell(f.app)} | ${cell(f.raw)} | ${cell(f.ratio)} | ${cell(f.target)} | ${metCell(f.met)} |`),
  ].join('\n');
}
