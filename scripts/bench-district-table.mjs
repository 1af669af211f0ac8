/** The district-size section of the bench table (figures from bench/district-*.ts). */

export const DISTRICT_TARGETS = { writeRatioMin: 0.9, searchP95MaxMs: 30 };

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
    [`DISTRICT load, ${load.rounds} interleaved round`, s(load.appMs), s(load.rawMs), `${(v.write.ratio * 100).toFixed(1)} % of raw / >= ${pct(v.write.target)}`, verdict(v.write.pass)],
    info(`${r.koperasi} kop, ${r.anggota} people, ${r.peran} roles, ${r.kepesertaan} enrollments`, `${load.transactionsPerSide} tx/side`, `+ ${load.journalEntries} journal`),
    ...Object.entries(load.byTable).map(([table, t]) => [`  ${table} + journal`, s(t.appMs), s(t.rawMs), `${pct(t.rawMs / t.appMs)} of raw`, '']),
    info('peak JS heap in the load', load.peakHeapMB === null ? 'n/a' : `${load.peakHeapMB} MB`, load.heapAfterLoadMB === null ? '' : `${load.heapAfterLoadMB} MB after`),
    [`people search p50/p95 (${reads.search.samples} queries)`, spread(reads.search), '-', `p95 <= ${v.search.target} ms`, verdict(v.search.pass)],
    ...Object.entries(reads.search.byCategory).map(([c, t]) => info(`${c} (${t.samples})`, spread(t), `~${Math.round(t.meanHits)} hits`)),
    [`detail page reads, sum (${reads.detail.people} people)`, spread(reads.detail.total), '-', '', ''],
    info('AnggotaRepository.get', spread(reads.detail.get)),
    info('PeranRepository.forAnggota', spread(reads.detail.peran)),
    info('KepesertaanRepository.forAnggota', spread(reads.detail.kepesertaan)),
    info('AnggotaRepository.history', spread(reads.detail.history)),
    [`people list count() of ${reads.list.people}`, spread(reads.list.count), '-', '', ''],
    ...reads.list.pages.map((p) => info(`pageAfter(row ${p.offset}, 100)`, spread(p))),
    ...reads.roster.flatMap((x) => [
      [`roster, ${x.label} koperasi`, '', '-', `${x.roles} roles, ${x.enrollments} enr.`, ''],
      info('PeranRepository.forKoperasi', spread(x.peran)),
      info('KepesertaanRepository.forKoperasi', spread(x.kepesertaan)),
    ]),
    ['queue antrian({draf})', spread(reads.queue.draf), '-', `${reads.queue.draf.total} waiting`, ''],
    info('antrian({draf, kecamatan})', spread(reads.queue.drafKecamatan), `~${reads.queue.drafKecamatan.meanTotal} each`),
    info('jumlahMenunggu({})', spread(reads.queue.jumlahMenunggu), `${reads.queue.jumlahMenunggu.waiting} waiting`),
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
