import { generateKoperasi } from '../shared/generator/district-generator';
import { KoperasiRepository } from '../renderer/db/koperasi-repository';
import type { BenchInput, BenchOutput } from './bench-types';
import { benchQueries } from './search-queries';
import { searchBench } from './search-bench';
import { writeBench } from './write-bench';

const SETTLE_MS = 1000;

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
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const search = await searchBench(repo, benchQueries(koperasi, input.seed));
  return {
    userAgent: navigator.userAgent,
    generateMs,
    records: write.records,
    journalEntries: write.journalEntries,
    stores: write.stores,
    write: write.summary,
    search,
  };
}

window.kopBench = { run };
document.body.dataset.ready = 'true';
