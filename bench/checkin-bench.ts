import { peranAktif } from '../shared/anggota/peran-schema';
import type { JenisPeran } from '../shared/anggota/peran-options';
import { tanggalHariIni } from '../shared/format/format-date';
import { Prng } from '../shared/test-support/generator/prng';
import { emptyKegiatan, type Undangan } from '../shared/kegiatan/kegiatan-schema';
import { AnggotaRepository } from '../renderer/db/anggota-repository';
import { ChangeClock } from '../renderer/db/change-clock';
import type { KegiatanRecord, KehadiranRecord, PeranRecord } from '../renderer/db/synced-records';
import { KegiatanRepository } from '../renderer/db/kegiatan-repository';
import { appendFullAnswer, KehadiranRepository } from '../renderer/db/kehadiran-repository';
import { WritePath } from '../renderer/db/write-path';
import type { CheckInOutput, CheckInSearchSample, RequestCountsOut, SideStats } from './bench-types';
import { checkInSearches, distinctiveWords, type Arrival } from './checkin-queries';
import type { DistrictLoad } from './district-load-bench';
import { rawCari, rawCariDiundang, rawCheckIn, rawPut } from './raw-checkin';
import { noRequests, openCounted, type RequestCounts } from './request-counter';
import { timed, timingStats } from './timing-stats';
import { DEVICE } from './write-bench';
import { replicateBulkCreate } from './write-path-replica';

/** An outreach event's size (issue 4): about 60 cooperatives, five named representatives each. */
const INVITED_KOPERASI = 60;
const PERWAKILAN_EACH = 5;
/** Of the 300 check-ins of distinct people, this many come uninvited (in the database, not on the list). */
const NOT_INVITED = 30;
const CHECK_INS = 300;
/** People checked in a second time (another officer, a second Enter): the answer is "sudah hadir". */
const REPEATS = 30;
const PETUGAS = 'Petugas Bench';

const ROLE_ORDER: readonly JenisPeran[] = ['pengurus', 'pengawas', 'karyawan', 'anggota'];

function take<T>(rng: Prng, items: T[], n: number): T[] {
  const out: T[] = [];
  while (out.length < n && items.length > 0) out.push(items.splice(rng.int(0, items.length - 1), 1)[0]!);
  return out;
}

/** The cooperatives invited and their named representatives: officers first, as an office would name them. */
async function invite(load: DistrictLoad, rng: Prng): Promise<Undangan[]> {
  const today = tanggalHariIni();
  const candidates = [...load.sample.rolesPerKoperasi]
    .filter(([, n]) => n >= 2 * PERWAKILAN_EACH)
    .map(([id]) => id)
    .sort();
  const taken = new Set<string>();
  const undangan: Undangan[] = [];
  for (const koperasiId of take(rng, candidates, INVITED_KOPERASI)) {
    const roles = (await load.db.peran.where('koperasiId').equals(koperasiId).toArray()).filter((p) => p.deleted === 0 && peranAktif(p, today));
    roles.sort((a, b) => ROLE_ORDER.indexOf(a.peran) - ROLE_ORDER.indexOf(b.peran) || (a.id < b.id ? -1 : 1));
    const perwakilan: string[] = [];
    for (const r of roles) {
      if (perwakilan.length === PERWAKILAN_EACH) break;
      if (!taken.has(r.anggotaId)) {
        taken.add(r.anggotaId);
        perwakilan.push(r.anggotaId);
      }
    }
    undangan.push({ koperasiId, perwakilan, jumlahPerwakilan: PERWAKILAN_EACH });
  }
  return undangan;
}

/** Who comes to the table, in order: most of the invited, some uninvited people from the district. */
async function arrivalsFor(load: DistrictLoad, rng: Prng, undangan: readonly Undangan[]): Promise<Arrival[]> {
  const invitedBy = new Map(undangan.flatMap((u) => u.perwakilan.map((a) => [a, u.koperasiId] as const)));
  const invitedIds = take(rng, [...invitedBy.keys()], CHECK_INS - NOT_INVITED);
  const others = take(
    rng,
    load.sample.people.filter((p) => !invitedBy.has(p.id)),
    NOT_INVITED,
  ).map((p) => p.id);
  const people = await load.db.anggota.bulkGet([...invitedIds, ...others]);
  const roles = await load.db.peran.where('anggotaId').anyOf(others).toArray();
  const firstRole = new Map<string, PeranRecord>();
  for (const r of roles) if (r.deleted === 0 && !firstRole.has(r.anggotaId)) firstRole.set(r.anggotaId, r);
  const arrivals = people.map((p, i): Arrival => {
    if (!p) throw new Error('check-in bench: a sampled person is missing from the database');
    const diundang = i < invitedIds.length;
    return {
      anggotaId: p.id,
      nama: p.nama,
      nik: p.nik,
      telepon: p.telepon,
      koperasiId: (diundang ? invitedBy.get(p.id) : firstRole.get(p.id)?.koperasiId) ?? '',
      diundang,
    };
  });
  return take(rng, arrivals, arrivals.length);
}

/** The order of the officer's Enters: every arrival once, and some of the first half again later on. */
function timeline(rng: Prng, arrivals: number): { index: number; repeat: boolean }[] {
  const steps = Array.from({ length: arrivals }, (_, index) => ({ index, repeat: false }));
  const half = Math.floor(arrivals / 2);
  for (const index of take(
    rng,
    Array.from({ length: half }, (_, i) => i),
    REPEATS,
  )) {
    steps.splice(rng.int(half + 1, steps.length), 0, { index, repeat: true });
  }
  return steps;
}

const side = (app: readonly number[], raw: readonly number[]): SideStats => ({ app: timingStats(app), raw: timingStats(raw) });

/**
 * The check-in table at district size, on the loaded databases: an event inviting 60 cooperatives with 300 named
 * representatives; 300 people arrive (270 invited, 30 not) and 30 of them come back. For about one arrival in
 * four the officer searches first, and every keystroke stage of that search is timed (`KehadiranRepository.search`);
 * every Enter is timed on its own (`checkIn`, awaited). Each search stage and each check-in is done on the raw
 * database too (raw-checkin.ts), right before or after the app's, the first side alternating.
 */
export async function checkInBench(load: DistrictLoad, seed: number): Promise<CheckInOutput> {
  console.info('bench: check-in table (event, searches, check-ins)');
  const rng = Prng.derive(seed, 'bench-checkin');
  const anggota = new AnggotaRepository(load.db, load.writes);
  const kehadiran = new KehadiranRepository(load.db, load.writes, anggota);
  const undangan = await invite(load, rng);
  const created = await new KegiatanRepository(load.db, load.writes).create({
    ...emptyKegiatan(),
    judul: 'Sosialisasi BPJS Ketenagakerjaan bagi Koperasi',
    tanggal: tanggalHariIni(),
    jamMulai: '09:00',
    jamSelesai: '12:00',
    tempat: 'Aula Dinas Koperasi',
    penyelenggara: ['Dinas Koperasi dan UKM'],
    mitra: ['BPJS Ketenagakerjaan'],
    undangan,
  });
  await rawPut(load.raw, 'kegiatan', created);
  const kegiatan: KegiatanRecord = created;

  const arrivals = await arrivalsFor(load, rng, undangan);
  const invitedKoperasi = (await load.db.koperasi.bulkGet(undangan.map((u) => u.koperasiId))).filter((k) => k !== undefined);
  const allNames = (await load.db.koperasi.toArray()).map((k) => k.nama);
  const searches = checkInSearches(
    seed,
    arrivals,
    distinctiveWords(
      invitedKoperasi.map((k) => ({ id: k.id, nama: k.nama })),
      allNames,
    ),
  );
  const steps = timeline(rng, arrivals.length);
  const replicaClock = new ChangeClock(DEVICE);

  // A table in use: the first searches warm the code paths on both sides, untimed.
  for (const q of ['sit', 'ahmad', 'koperasi']) {
    await kehadiran.searchDiundang(kegiatan, q);
    await kehadiran.search(kegiatan, q);
    await rawCariDiundang(load.raw, kegiatan, q);
    await rawCari(load.raw, kegiatan, q);
  }

  const samples: CheckInSearchSample[] = [];
  const rawStages: Record<string, number[]> = {};
  const commits = { app: [] as number[], raw: [] as number[] };
  const repeats = { app: [] as number[], raw: [] as number[] };
  const slow: { index: number; appMs: number; rawMs: number }[] = [];
  let turn = 0;
  for (const step of steps) {
    const arrival = arrivals[step.index]!;
    const search = step.repeat ? undefined : searches.get(step.index);
    if (search) {
      // An officer who typed a whole name (or a cooperative's) and still does not see the person, with more matches
      // than shown, asks for the NIK (what the screen's "masih ada yang cocok" says) and types it: one more stage.
      const stages = [...search.stages];
      let foundByTyping = false;
      for (let n = 0; n < stages.length; n++) {
        const query = stages[n]!;
        // Each side as the screen runs it: the first phase (invited rows from memory), then the full search.
        const appFirst = turn++ % 2 === 0;
        const rawSide = async () => ({
          first: await timed(() => rawCariDiundang(load.raw, kegiatan, query)),
          full: await timed(() => rawCari(load.raw, kegiatan, query)),
        });
        const appSide = async () => ({
          first: await timed(() => kehadiran.searchDiundang(kegiatan, query)),
          full: await timed(() => kehadiran.search(kegiatan, query)),
        });
        let raw: Awaited<ReturnType<typeof rawSide>> | undefined;
        if (!appFirst) raw = await rawSide();
        const both = await appSide();
        if (appFirst) raw = await rawSide();
        const app = both.full;
        const rawMs = raw!.full.ms;
        for (const [stage, ms] of Object.entries(raw!.full.result.stages)) (rawStages[stage] ??= []).push(ms);
        // On screen at this stage: the first phase's rows, then the full answer's others below (appendFullAnswer).
        const firstRows = both.first.result?.rows ?? [];
        const screen = both.first.result ? appendFullAnswer(both.first.result, app.result) : app.result;
        const shown = screen.rows.some((r) => r.anggota.id === arrival.anggotaId);
        const asked = n === search.stages.length;
        if (n === search.stages.length - 1) {
          foundByTyping = shown;
          if (!shown && app.result.more && arrival.nik.length === 16 && search.category !== 'nik') stages.push(arrival.nik);
        }
        samples.push({
          category: search.category,
          query,
          appMs: round(app.ms),
          rawMs: round(rawMs),
          ...(both.first.result
            ? {
                firstAppMs: round(both.first.ms),
                firstRawMs: round(raw!.first.ms),
                firstHits: firstRows.length,
                firstFound: firstRows.some((r) => r.anggota.id === arrival.anggotaId),
              }
            : {}),
          hits: screen.rows.length,
          found: n === stages.length - 1 && shown,
          ...(n === search.stages.length - 1 ? { foundByTyping } : {}),
          ...(asked ? { nikAsked: true } : {}),
        });
      }
    }
    const values = {
      kegiatanId: kegiatan.id,
      anggotaId: arrival.anggotaId,
      koperasiId: arrival.koperasiId,
      waktu: new Date().toISOString(),
      petugas: PETUGAS,
      walkIn: false,
      inginMendaftar: false,
      kepesertaanId: '',
    };
    const replica = replicateBulkCreate('kehadiran', [values], [crypto.randomUUID()], replicaClock);
    const record = replica.records[0] as unknown as KehadiranRecord;
    const appFirst = turn++ % 2 === 0;
    let raw: Awaited<ReturnType<typeof rawCheckIn>> | undefined;
    if (!appFirst) raw = await rawCheckIn(load.raw, record, replica.journal[0]!);
    const app = await timed(() =>
      kehadiran.checkIn({ kegiatanId: kegiatan.id, anggotaId: arrival.anggotaId, koperasiId: arrival.koperasiId, petugas: PETUGAS }),
    );
    if (appFirst) raw = await rawCheckIn(load.raw, record, replica.journal[0]!);
    const expected = step.repeat ? 'sudah_hadir' : 'hadir';
    if (app.result.hasil !== expected || raw!.hasil !== expected)
      throw new Error(`check-in bench: expected ${expected}, app said ${app.result.hasil}, raw ${raw!.hasil}`);
    const into = step.repeat ? repeats : commits;
    into.app.push(app.ms);
    into.raw.push(raw!.ms);
    if (!step.repeat) slow.push({ index: commits.app.length - 1, appMs: round(app.ms), rawMs: round(raw!.ms) });
  }

  const present = await kehadiran.listForKegiatan(kegiatan.id);
  const requestsPerSearch = await countRequests(load.name, kegiatan, samples);
  if (present.length !== arrivals.length) throw new Error(`check-in bench: ${present.length} check-ins on file, ${arrivals.length} people came`);

  const categories = [...new Set(samples.map((s) => s.category))];
  const byCategory = Object.fromEntries(
    categories.map((c) => {
      const own = samples.filter((s) => s.category === c);
      const last = searchesOf(searches, c);
      const firstPhase = own.filter((s) => s.firstAppMs !== undefined);
      return [
        c,
        {
          ...side(
            own.map((s) => s.appMs),
            own.map((s) => s.rawMs),
          ),
          first:
            firstPhase.length === 0
              ? null
              : side(
                  firstPhase.map((s) => s.firstAppMs!),
                  firstPhase.map((s) => s.firstRawMs!),
                ),
          meanHits: Math.round((own.reduce((n, s) => n + s.hits, 0) / own.length) * 10) / 10,
          foundFirst: own.filter((s) => s.found && s.firstFound).length,
          found: own.filter((s) => s.found).length,
          foundByTyping: own.filter((s) => s.foundByTyping).length,
          nikAsked: own.filter((s) => s.nikAsked).length,
          lastStages: last,
        },
      ];
    }),
  );
  return {
    method:
      'an event inviting cooperatives with named representatives; each keystroke stage of a search timed in its two phases as the screen runs them (the invited rows from memory, searchDiundang, then the full search), and each check-in (awaited, like Enter) timed on its own, app (KehadiranRepository) and bare IndexedDB on the raw district database one right after the other, the first side alternating',
    event: { koperasi: undangan.length, perwakilan: undangan.reduce((n, u) => n + u.perwakilan.length, 0), kehadiranAfter: present.length },
    search: {
      ...side(
        samples.map((s) => s.appMs),
        samples.map((s) => s.rawMs),
      ),
      byCategory,
      slowest: [...samples].sort((a, b) => b.appMs - a.appMs).slice(0, 5),
      rawStages: Object.fromEntries(Object.entries(rawStages).map(([stage, ms]) => [stage, timingStats(ms)])),
      samples,
    },
    commit: { ...side(commits.app, commits.raw), invited: arrivals.filter((a) => a.diundang).length, notInvited: arrivals.filter((a) => !a.diundang).length },
    repeat: side(repeats.app, repeats.raw),
    slowestCommits: slow.sort((a, b) => b.appMs - a.appMs).slice(0, 5),
    requestsPerSearch,
  };
}

/**
 * Runs every timed search once more, untimed, on a second connection that counts what each asks of IndexedDB, and
 * returns the mean per search by category and over all of them ('semua').
 */
async function countRequests(name: string, kegiatan: KegiatanRecord, samples: readonly CheckInSearchSample[]): Promise<Record<string, RequestCountsOut>> {
  const counts = noRequests();
  const db = await openCounted(name, counts);
  try {
    const writes = new WritePath(db, new ChangeClock(DEVICE));
    const repo = new KehadiranRepository(db, writes, new AnggotaRepository(db, writes));
    const sums = new Map<string, { n: number; total: RequestCounts }>();
    // This connection's repository builds its memory of the event once, as the timed one did before its timed
    // searches (the warm-up): not counted, or the mean per search would carry a one-off read of every invited person.
    await repo.searchDiundang(kegiatan, 'sit');
    await repo.search(kegiatan, 'sit');
    for (const s of samples) {
      Object.assign(counts, noRequests());
      await repo.searchDiundang(kegiatan, s.query);
      for (const key of s.firstAppMs === undefined ? [] : [`${s.category} (first phase)`]) {
        const sum = sums.get(key) ?? { n: 0, total: noRequests() };
        sum.n++;
        for (const k of Object.keys(counts) as (keyof RequestCounts)[]) sum.total[k] += counts[k];
        sums.set(key, sum);
      }
      Object.assign(counts, noRequests());
      await repo.search(kegiatan, s.query);
      for (const key of [s.category, 'semua']) {
        const sum = sums.get(key) ?? { n: 0, total: noRequests() };
        sum.n++;
        for (const k of Object.keys(counts) as (keyof RequestCounts)[]) sum.total[k] += counts[k];
        sums.set(key, sum);
      }
    }
    const mean = (sum: { n: number; total: RequestCounts }) =>
      Object.fromEntries(Object.entries(sum.total).map(([k, v]) => [k, Math.round((v / sum.n) * 10) / 10])) as unknown as RequestCountsOut;
    return Object.fromEntries([...sums].map(([key, sum]) => [key, mean(sum)]));
  } finally {
    db.close();
  }
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** How many searches (their last stage: the one that should show the person) a category has. */
function searchesOf(searches: ReadonlyMap<number, { category: string }>, category: string): number {
  return [...searches.values()].filter((s) => s.category === category).length;
}
