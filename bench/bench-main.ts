// First, as in the app (main.tsx): the served page's CSP demands Trusted Types, and the bench's workers need the policy.
import '../renderer/security/install-trusted-types';
import { generateKoperasi } from '../shared/test-support/generator/district-generator';
import { KoperasiRepository } from '../renderer/db/koperasi-repository';
import { DEFAULT_DB_NAME } from '../renderer/db/database';
import type { Koperasi } from '../shared/koperasi/koperasi-schema';
import type { BenchInput, BenchOutput, DistrictOutput } from './bench-types';
import { cadanganBench } from './cadangan-bench';
import { capaianBench } from './capaian-bench';
import { checkInBench } from './checkin-bench';
import { districtLoadBench, dropDistrict } from './district-load-bench';
import { districtReadsBench } from './district-reads-bench';
import { exchangeBench } from './exchange-bench';
import { deltaBench } from './exchange-delta-bench';
import { duplikatBench, duplikatDistrictBench } from './duplikat-bench';
import { imporExcelBench } from './impor-excel-bench';
import { laporanPusatBench } from './laporan-pusat-bench';
import { deleteDb } from './raw-idb-baseline';
import { benchQueries } from './search-queries';
import { searchBench } from './search-bench';
import { writeBench } from './write-bench';

const SETTLE_MS = 1000;
/** After 1.4 million puts per side LevelDB keeps compacting for a while; reads are timed after it has had time. */
const DISTRICT_SETTLE_MS = 5000;

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The district-size section: 2,000 cooperatives with 250,000 people, 300,000 roles and 150,000 enrollments loaded
 * through the app's write path beside raw IndexedDB, then the people pages' reads on the app's database, then the
 * check-in table (searches and check-ins) on both databases, then data exchange: the app's database (with the
 * check-in table's event) exported and imported into empty databases beside raw IndexedDB, then backups (a full and
 * a changes-only snapshot) and the restore of that chain, an officer's month, and Kemungkinan duplikat with walk-ins
 * planted.
 */
async function district(input: BenchInput, koperasi: readonly Koperasi[]): Promise<DistrictOutput | null> {
  if (!input.district) return null;
  // For the first screen the app's side is loaded under the app's own name, so the app finds it (same origin).
  const appName = input.firstScreen ? DEFAULT_DB_NAME : undefined;
  const load = await districtLoadBench({ seed: input.seed, kabupaten: input.kabupaten, koperasiCount: input.count }, input.district, appName);
  try {
    await settle(DISTRICT_SETTLE_MS);
    const reads = await districtReadsBench(load, input.seed, input.district.people);
    const checkIn = await checkInBench(load, input.seed);
    const capaian = await capaianBench(load);
    const laporanPusat = await laporanPusatBench(load);
    // exchangeBench waits for an idle Chromium itself before each timed step.
    const exchange = input.exchange ? await exchangeBench(load.name, input.exchange) : null;
    // After the exchange; with BENCH_CADANGAN_PENUH=1 its restore over the district replaces the records (the same, re-stamped).
    const rawImport = exchange ? { ms: exchange.import.rawMs, writes: exchange.import.rawWrites } : undefined;
    const cadangan = input.cadangan ? await cadanganBench(load, input.cadangan, rawImport) : null;
    // After the restore: the month goes into the district as it stands (the app's and the raw database both grow by it).
    const delta = input.delta ? await deltaBench(load, { ...input.delta, seed: input.seed, kabupaten: input.kabupaten, koperasiCount: input.count }) : null;
    // Last: walk-ins and their copies planted into the district for the finder (no second district loaded for it).
    const duplikatDitanam =
      input.duplikatPeople === null ? null : await duplikatDistrictBench(load, { seed: input.seed, kabupaten: input.kabupaten, koperasi });
    return { load: load.summary, reads, checkIn, capaian, exchange, cadangan, delta, duplikatDitanam, laporanPusat };
  } finally {
    await dropDistrict(load, input.firstScreen);
  }
}

/**
 * The benchmark page: generates the district in the page, compares the app's write path with bare IndexedDB, then
 * times registry searches on the loaded database. scripts/bench.mjs builds, serves and drives it.
 */
async function run(input: BenchInput): Promise<BenchOutput> {
  const started = performance.now();
  const koperasi = generateKoperasi({ seed: input.seed, count: input.count, kabupaten: input.kabupaten });
  const generateMs = performance.now() - started;
  const write = await writeBench(koperasi, input.rounds);
  const repo = new KoperasiRepository(write.kept.db, write.kept.writes);
  // IndexedDB (LevelDB) compacts after a bulk load; that cost belongs to the write, not to the searches after it.
  await settle(SETTLE_MS);
  const search = await searchBench(repo, benchQueries(koperasi, input.seed));
  const keptName = write.kept.db.name;
  write.kept.db.close();
  await deleteDb(keptName);
  const imporExcel =
    input.imporExcelPeople === null ? null : await imporExcelBench({ seed: input.seed, kabupaten: input.kabupaten, koperasi, people: input.imporExcelPeople });
  await settle(SETTLE_MS);
  // With the district section, Kemungkinan duplikat runs on the district's database (duplikatDistrictBench).
  const districtOut = await district(input, koperasi);
  const duplikat =
    districtOut?.duplikatDitanam ??
    (input.duplikatPeople === null ? null : await duplikatBench({ seed: input.seed, kabupaten: input.kabupaten, koperasi, people: input.duplikatPeople }));
  return {
    userAgent: navigator.userAgent,
    generateMs,
    records: write.records,
    journalEntries: write.journalEntries,
    stores: write.stores,
    write: write.summary,
    search,
    imporExcel,
    duplikat,
    district: districtOut,
  };
}

window.kopBench = { run };
document.body.dataset.ready = 'true';
