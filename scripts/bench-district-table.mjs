/** The district-size section of the bench table (figures from bench/district-*.ts). */

export const DISTRICT_TARGETS = { writeRatioMin: 0.9, searchP95MaxMs: 30 };

/**
 * Issue 16 §4: no list a person opens takes longer than a blink. The follow-up list by kecamatan has its bound from
 * the issue; the largest roster is held to the same one.
 */
export const LIST_TARGETS = { kecamatanP95MaxMs: 100, rosterP95MaxMs: 100 };

const ms = (v) => `${v.toFixed(1)} ms`;
const s = (v) => `${(v / 1000).toFixed(1)} s`;
const pct = (v) => `${(v * 100).toFixed(0)} %`;
const verdict = (ok) => (ok ? 'PASS' : 'MISSED');
/** @param {import('../bench/bench-types').TimingStats} t */
const spread = (t) => `${t.p50Ms.toFixed(1)}/${t.p95Ms.toFixed(1)} ms`;

/**
 * Verdicts for the district section: ratio = raw time / app time over the whole load; search p95.
 *
 * @param {import('../bench/bench-types').DistrictOutput | null} d
 */
export function judgeDistrict(d) {
  if (!d) return null;
  const ratio = d.load.rawMs / d.load.appMs;
  return {
    write: { ratio, target: DISTRICT_TARGETS.writeRatioMin, pass: ratio >= DISTRICT_TARGETS.writeRatioMin },
    search: { p95Ms: d.reads.search.p95Ms, target: DISTRICT_TARGETS.searchP95MaxMs, pass: d.reads.search.p95Ms <= DISTRICT_TARGETS.searchP95MaxMs },
    lists: judgeLists(d.reads.lists),
  };
}

/** @param {import('../bench/bench-types').ListsOutput | undefined} l */
function judgeLists(l) {
  if (!l) return null;
  const { kecamatanP95MaxMs, rosterP95MaxMs } = LIST_TARGETS;
  return {
    kecamatan: { target: kecamatanP95MaxMs, pass: l.kecamatan.app.p95Ms <= kecamatanP95MaxMs },
    roster: { target: rosterP95MaxMs, pass: l.roster.app.p95Ms <= rosterP95MaxMs },
  };
}

/**
 * Rows (op | app | raw IDB | ratio/target | pass?) for the district section.
 *
 * @param {import('../bench/bench-types').DistrictOutput} d
 * @param {NonNullable<ReturnType<typeof judgeDistrict>>} v
 */
export function districtRows(d, v) {
  const { load, reads } = d;
  const r = load.records;
  const info = (label, value, note = '') => [`  ${label}`, value, '-', note, ''];
  return [
    [
      `DISTRICT load, ${load.rounds} interleaved round`,
      s(load.appMs),
      s(load.rawMs),
      `${(v.write.ratio * 100).toFixed(1)} % of raw / >= ${pct(v.write.target)}`,
      verdict(v.write.pass),
    ],
    info(
      `${r.koperasi} kop, ${r.anggota} people, ${r.peran} roles, ${r.kepesertaan} enrollments`,
      `${load.transactionsPerSide} tx/side`,
      `+ ${load.journalEntries} journal`,
    ),
    ...Object.entries(load.byTable).map(([table, t]) => [`  ${table} + journal`, s(t.appMs), s(t.rawMs), `${pct(t.rawMs / t.appMs)} of raw`, '']),
    info(
      'peak JS heap in the load',
      load.peakHeapMB === null ? 'n/a' : `${load.peakHeapMB} MB`,
      load.heapAfterLoadMB === null ? '' : `${load.heapAfterLoadMB} MB after`,
    ),
    [`people search p50/p95 (${reads.search.samples} queries)`, spread(reads.search), '-', `p95 <= ${v.search.target} ms`, verdict(v.search.pass)],
    ...Object.entries(reads.search.byCategory).map(([c, t]) => info(`${c} (${t.samples})`, spread(t), `~${Math.round(t.meanHits)} hits`)),
    [`detail page reads, sum (${reads.detail.people} people)`, spread(reads.detail.total), '-', '', ''],
    info('AnggotaRepository.get', spread(reads.detail.get)),
    info('PeranRepository.listForAnggota', spread(reads.detail.peran)),
    info('KepesertaanRepository.listForAnggota', spread(reads.detail.kepesertaan)),
    info('AnggotaRepository.getHistory', spread(reads.detail.history)),
    [`people list count() of ${reads.list.people}`, spread(reads.list.count), '-', '', ''],
    ...reads.list.pages.map((p) => info(`listAfter(row ${p.offset}, 100)`, spread(p))),
    ...reads.roster.flatMap((x) => [
      [`roster, ${x.label} koperasi`, '', '-', `${x.roles} roles, ${x.enrollments} enr.`, ''],
      info('PeranRepository.listForKoperasi', spread(x.peran)),
      info('KepesertaanRepository.listForKoperasi', spread(x.kepesertaan)),
    ]),
    ['queue listAntrian({draf})', spread(reads.queue.draf), '-', `${reads.queue.draf.total} waiting`, ''],
    info('listAntrian({draf, kecamatan})', spread(reads.queue.drafKecamatan), `~${reads.queue.drafKecamatan.meanTotal} each`),
    info('countWaiting({})', spread(reads.queue.jumlahMenunggu), `${reads.queue.jumlahMenunggu.waiting} waiting`),
    ...(reads.lists && v.lists ? listRows(reads.lists, v.lists) : []),
  ];
}

/**
 * @param {import('../bench/bench-types').ListsOutput} l
 * @param {NonNullable<ReturnType<typeof judgeLists>>} v
 */
function listRows(l, v) {
  const side = (label, x, note = '', pass = '') => [label, spread(x.app), spread(x.raw), note, pass];
  return [
    side(
      `follow-up list by kecamatan, page reads (draf, ${l.kecamatan.kecamatan} kec.)`,
      l.kecamatan,
      `~${l.kecamatan.meanTotal} each; p95 <= ${v.kecamatan.target} ms`,
      verdict(v.kecamatan.pass),
    ),
    side('  its tab counts, countWaiting({kecamatan})', l.kecamatanCounts),
    side(`largest roster, Orang tab reads (${l.roster.roles} roles)`, l.roster, `${l.roster.rows} rows; p95 <= ${v.roster.target} ms`, verdict(v.roster.pass)),
    side('Beranda cooperative counts (counters)', l.beranda),
    side(`kelompok options (counters, ${l.kelompok.options})`, l.kelompok),
  ];
}

/** @param {import('../bench/bench-types').DistrictOutput} d */
export function districtNotes(d) {
  const { load, reads } = d;
  const o = load.orderEffect;
  return [
    `district load: ${load.method}; generation and baseline record building ${s(load.generateMs)} (outside both times), wall ${s(load.wallMs)}`,
    `district order effect: app ${s(o.appFirstMs)} when first / ${s(o.appSecondMs)} when second; raw ${s(o.rawFirstMs)} first / ${s(o.rawSecondMs)} second`,
    `slowest people searches: ${reads.search.slowest.map((q) => `"${q.query}" [${q.category}] ${ms(q.ms)} (${q.hits})`).join('; ')}`,
  ];
}
