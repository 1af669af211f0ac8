import { AnggotaRepository } from '../renderer/db/anggota-repository';
import { KepesertaanRepository } from '../renderer/db/kepesertaan-repository';
import { PeranRepository } from '../renderer/db/peran-repository';
import { Prng } from '../shared/test-support/generator/prng';
import type { DistrictReadsOutput, TimingStats } from './bench-types';
import type { DistrictLoad } from './district-load-bench';
import { listsBench } from './lists-bench';
import { peopleQueries } from './people-queries';
import { peopleSearchBench } from './people-search-bench';
import { timed, timingStats } from './timing-stats';

const DETAIL_PEOPLE = 120;
/** count() and deep pages take seconds each at 250,000 people: three samples (p95 = the slowest) keep the run short. */
const LIST_REPEATS = 3;
const ROSTER_REPEATS = 5;
const QUEUE_REPEATS = 7;

async function repeat(times: number, op: () => Promise<unknown>): Promise<TimingStats> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) samples.push((await timed(op)).ms);
  return timingStats(samples);
}

/** The reads of a person's detail page, each timed on its own, for people picked at random from the sample. */
async function detailBench(load: DistrictLoad, anggota: AnggotaRepository, peran: PeranRepository, kepesertaan: KepesertaanRepository, seed: number) {
  const rng = Prng.derive(seed, 'bench-detail');
  const times = { get: [] as number[], peran: [] as number[], kepesertaan: [] as number[], history: [] as number[], total: [] as number[] };
  for (let i = 0; i < DETAIL_PEOPLE; i++) {
    const { id } = rng.pick(load.sample.people);
    const steps = [
      ['get', () => anggota.get(id)],
      ['peran', () => peran.listForAnggota(id)],
      ['kepesertaan', () => kepesertaan.listForAnggota(id)],
      ['history', () => anggota.getHistory(id)],
    ] as const;
    let total = 0;
    for (const [key, op] of steps) {
      const { ms, result } = await timed<unknown>(op);
      if (key === 'get' && result === undefined) throw new Error(`detail bench: person ${id} not found`);
      times[key].push(ms);
      total += ms;
    }
    times.total.push(total);
  }
  return {
    people: DETAIL_PEOPLE,
    get: timingStats(times.get),
    peran: timingStats(times.peran),
    kepesertaan: timingStats(times.kepesertaan),
    history: timingStats(times.history),
    total: timingStats(times.total),
  };
}

/** The largest cooperative by roles on file, and the median one among those with people. */
function rosterTargets(load: DistrictLoad): { label: string; koperasiId: string; roles: number }[] {
  const sorted = [...load.sample.rolesPerKoperasi].sort((a, b) => b[1] - a[1]);
  const [largest, median] = [sorted[0]!, sorted[Math.floor(sorted.length / 2)]!];
  return [
    { label: 'largest', koperasiId: largest[0], roles: largest[1] },
    { label: 'median', koperasiId: median[0], roles: median[1] },
  ];
}

/**
 * What the people pages cost at district size, through the repositories the screens call: people search, a
 * person's detail page, the alphabetical list (count and pages far down it), a cooperative's roster, and the BPJS
 * follow-up queue.
 */
export async function districtReadsBench(load: DistrictLoad, seed: number, people: number): Promise<DistrictReadsOutput> {
  const anggota = new AnggotaRepository(load.db, load.writes);
  const peran = new PeranRepository(load.db, load.writes);
  const kepesertaan = new KepesertaanRepository(load.db, load.writes);

  console.info('bench: district reads (search, detail page, list, roster, queue)');
  const search = await peopleSearchBench(anggota, peopleQueries(load.sample.people, seed));
  const detail = await detailBench(load, anggota, peran, kepesertaan, seed);

  const total = await anggota.count();
  const offsets = [0, 10_000, 100_000, 240_000].filter((o) => o < Math.max(total, 1));
  const list = {
    people: total,
    count: await repeat(LIST_REPEATS, () => anggota.count()),
    pages: [] as (TimingStats & { offset: number })[],
  };
  // The list scrolls by keyset: the next page after the row on screen. Find that row once (untimed), then time
  // the page after it, which is what scrolling there costs.
  for (const offset of offsets) {
    const at =
      offset === 0
        ? null
        : ((await load.db.anggota
            .orderBy('[namaSort+id]')
            .offset(offset - 1)
            .first()) ?? null);
    list.pages.push({ offset, ...(await repeat(LIST_REPEATS, () => anggota.listAfter(at, 100))) });
  }

  const roster = [];
  for (const target of rosterTargets(load)) {
    roster.push({
      label: target.label,
      roles: target.roles,
      enrollments: load.sample.enrollmentsPerKoperasi.get(target.koperasiId) ?? 0,
      peran: await repeat(ROSTER_REPEATS, () => peran.listForKoperasi(target.koperasiId)),
      kepesertaan: await repeat(ROSTER_REPEATS, () => kepesertaan.listForKoperasi(target.koperasiId)),
    });
  }

  const drafTotal = (await kepesertaan.listAntrian({ status: 'draf' })).total;
  const kecamatanTimes: number[] = [];
  let kecamatanTotal = 0;
  for (let i = 0; i < QUEUE_REPEATS; i++) {
    const kode = load.kecamatan[i % load.kecamatan.length]!;
    const { ms, result } = await timed(() => kepesertaan.listAntrian({ status: 'draf', kecamatanKode: kode }));
    kecamatanTimes.push(ms);
    kecamatanTotal += result.total;
  }
  const counts = await kepesertaan.countWaiting({});
  const queue = {
    draf: { ...(await repeat(QUEUE_REPEATS, () => kepesertaan.listAntrian({ status: 'draf' }))), total: drafTotal },
    drafKecamatan: { ...timingStats(kecamatanTimes), meanTotal: Math.round(kecamatanTotal / QUEUE_REPEATS) },
    jumlahMenunggu: { ...(await repeat(QUEUE_REPEATS, () => kepesertaan.countWaiting({}))), waiting: Object.values(counts).reduce((a, b) => a + b, 0) },
  };
  if (total !== people) throw new Error(`district reads: the list counts ${total} people, ${people} were loaded`);
  const lists = await listsBench(load);
  return { search, detail, list, roster, queue, lists };
}
