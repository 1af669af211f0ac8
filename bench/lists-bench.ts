import { KepesertaanRepository } from '../renderer/db/kepesertaan-repository';
import { KoperasiRepository } from '../renderer/db/koperasi-repository';
import { PeranRepository } from '../renderer/db/peran-repository';
import type { ListsOutput, SideStats } from './bench-types';
import type { DistrictLoad } from './district-load-bench';
import { rawAntrianKecamatan, rawBerandaKoperasi, rawHitungKecamatan, rawJumlahKecamatan, rawKelompokOptions, rawRoster } from './raw-lists';
import { timed, timingStats } from './timing-stats';
import { SEKITAR_JENDELA } from '../renderer/components/use-jendela';

/** Two samples per kecamatan of the follow-up list (the district has 7); more for the cheap counter reads. */
const KECAMATAN_ROUNDS = 2;
const ROSTER_REPEATS = 7;
/** Rows read for a table's first window: its first rows and SEKITAR_JENDELA beyond (components/use-jendela.ts). */
const WINDOW = SEKITAR_JENDELA * 2 + 1;
const COUNTER_REPEATS = 20;

/**
 * Runs the app's read and the raw one `times` times each, the side that goes first alternating, and checks on
 * every sample that both gave the same answer (`same` compares what the screen shows).
 */
async function sideBySide<T, R>(
  times: number,
  app: (i: number) => Promise<T>,
  raw: (i: number) => Promise<R>,
  same: (a: T, r: R, i: number) => boolean,
  label: string,
): Promise<SideStats> {
  const appMs: number[] = [];
  const rawMs: number[] = [];
  for (let i = 0; i < times; i++) {
    const runApp = async () => {
      const t = await timed(() => app(i));
      appMs.push(t.ms);
      return t.result;
    };
    const runRaw = async () => {
      const t = await timed(() => raw(i));
      rawMs.push(t.ms);
      return t.result;
    };
    let a: T;
    let r: R;
    if (i % 2 === 0) {
      a = await runApp();
      r = await runRaw();
    } else {
      r = await runRaw();
      a = await runApp();
    }
    if (!same(a, r, i)) throw new Error(`lists bench: ${label} differs between the app and raw IndexedDB (sample ${i})`);
  }
  return { app: timingStats(appMs), raw: timingStats(rawMs) };
}

/**
 * The lists a person opens, each beside raw IndexedDB doing the same reads on the raw district database: the
 * follow-up list by kecamatan as its page reads it (status draf: the ids of its 500 rows and the total, then the
 * first window's rows joined) and its tab counts, the largest cooperative's roster as the Orang tab reads it (its
 * roles, then the people of the first rows), Beranda's cooperative counts and the kelompok options. The totals and
 * counts come from counters in `meta`; the raw database keeps none, so the app's counter rows are copied to it
 * first, untimed.
 */
export async function listsBench(load: DistrictLoad): Promise<ListsOutput> {
  console.info('bench: lists (follow-up by kecamatan, largest roster, Beranda counts, kelompok options)');
  const kepesertaan = new KepesertaanRepository(load.db, load.writes);
  const peran = new PeranRepository(load.db, load.writes);
  const koperasi = new KoperasiRepository(load.db, load.writes);
  const { raw } = load;

  const counters = await load.db.meta.where('key').startsWith('jumlah:').toArray();
  await new Promise<void>((resolve, reject) => {
    const tx = raw.transaction('meta', 'readwrite');
    for (const row of counters) tx.objectStore('meta').put(row);
    tx.addEventListener('complete', () => resolve());
    tx.addEventListener('error', () => reject(tx.error));
  });

  const kodes = load.kecamatan;
  // Both sides read the follow-up totals from the counters just copied: first make sure, untimed, that they equal
  // what the kecamatan's ranges count, so a fast total is never a wrong one.
  for (const kode of kodes) {
    const [kept, counted] = [await kepesertaan.countWaiting({ kecamatanKode: kode }), await rawHitungKecamatan(raw, kode)];
    if (Object.entries(counted).some(([s, n]) => kept[s as keyof typeof kept] !== n))
      throw new Error(`lists bench: the follow-up counters of ${kode} (${JSON.stringify(kept)}) differ from its ranges (${JSON.stringify(counted)})`);
  }
  const kodeAt = (i: number) => kodes[Math.floor(i / KECAMATAN_ROUNDS) % kodes.length]!;
  let totals = 0;
  // The follow-up page: the ids of the 500 rows and the total, then the rows of the first window joined.
  const kecamatan = await sideBySide(
    kodes.length * KECAMATAN_ROUNDS,
    async (i) => {
      const { ids, total } = await kepesertaan.listAntrianIds({ status: 'draf', kecamatanKode: kodeAt(i) });
      return { ids, total, rows: await kepesertaan.listLengkap(ids.slice(0, WINDOW)) };
    },
    (i) => rawAntrianKecamatan(raw, kodeAt(i), 'draf', WINDOW),
    (a, r) => {
      totals += a.total;
      return (
        a.total === r.total &&
        a.ids.join() === r.ids.join() &&
        a.rows.length === r.rows.length &&
        a.rows.every((row, j) => row.anggota?.id === r.rows[j]!.anggota?.id)
      );
    },
    'follow-up list by kecamatan',
  );
  const kecamatanCounts = await sideBySide(
    kodes.length * KECAMATAN_ROUNDS,
    (i) => kepesertaan.countWaiting({ kecamatanKode: kodeAt(i) }),
    (i) => rawJumlahKecamatan(raw, kodeAt(i)),
    (a, r) => Object.entries(r).every(([s, n]) => a[s as keyof typeof a] === n),
    'follow-up counts by kecamatan',
  );

  const [largest] = [...load.sample.rolesPerKoperasi].sort((a, b) => b[1] - a[1]);
  const [rosterId, roles] = largest ?? ['', 0];
  // The Orang tab: the roles, then the people of the first rows on screen (a table's window and its overscan).
  let rosterRows = 0;
  const roster = await sideBySide(
    ROSTER_REPEATS,
    async () => {
      const rows = await peran.listRoster(rosterId);
      return { rows, people: await peran.listAnggota(rows.slice(0, WINDOW).map((r) => r.anggota.id)) };
    },
    () => rawRoster(raw, rosterId, WINDOW),
    (a, r) => {
      rosterRows = a.rows.length;
      return a.rows.length === r.roles.length && a.rows.every((x, j) => x.peran.id === r.roles[j]!.id) && a.people.size === r.people.length;
    },
    'largest roster',
  );

  const beranda = await sideBySide(
    COUNTER_REPEATS,
    () => koperasi.getSummary(),
    () => rawBerandaKoperasi(raw),
    (a, r) => JSON.stringify(a) === JSON.stringify(r),
    'Beranda counts',
  );
  let options = 0;
  const kelompok = await sideBySide(
    COUNTER_REPEATS,
    () => koperasi.listKelompok(),
    () => rawKelompokOptions(raw),
    (a, r) => {
      options = a.length;
      return a.join('|') === r.join('|');
    },
    'kelompok options',
  );
  return {
    kecamatan: { ...kecamatan, kecamatan: kodes.length, meanTotal: Math.round(totals / Math.max(1, kodes.length * KECAMATAN_ROUNDS)) },
    kecamatanCounts,
    roster: { ...roster, roles, rows: rosterRows },
    beranda,
    kelompok: { ...kelompok, options },
  };
}
