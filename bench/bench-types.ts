import type { KabupatenRegions } from '../shared/region/region-types';
import type { QueryCategory } from './search-queries';

/** What the node driver (scripts/bench.mjs) hands the page. */
export interface BenchInput {
  readonly kabupaten: KabupatenRegions;
  readonly seed: number;
  readonly count: number;
  readonly rounds: number;
  /** The district-size section (people, roles, enrollments); null skips it. */
  readonly district: DistrictInput | null;
}

export interface DistrictInput {
  readonly people: number;
  readonly roles: number;
  readonly enrollments: number;
  /** People per generator chunk: each chunk is one transaction per table on each side. */
  readonly chunkSize: number;
}

/** Nearest-rank percentiles of one timed operation. */
export interface TimingStats {
  readonly samples: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
}

export type DistrictTable = 'koperasi' | 'anggota' | 'peran' | 'kepesertaan';

/** The district load: the app's write path and raw IndexedDB, interleaved chunk by chunk in one pass. */
export interface DistrictLoadSummary {
  readonly method: string;
  readonly rounds: number;
  readonly chunkSize: number;
  /** Transactions per side (one per table per chunk, each with its journal entries). */
  readonly transactionsPerSide: number;
  readonly records: Readonly<Record<DistrictTable, number>>;
  readonly journalEntries: number;
  readonly appMs: number;
  readonly rawMs: number;
  readonly byTable: Readonly<Record<DistrictTable, { readonly appMs: number; readonly rawMs: number }>>;
  /** Time spent in the generator and building the baseline's records: outside both sides' times. */
  readonly generateMs: number;
  readonly wallMs: number;
  /** Chunks where the app, resp. raw, went first; and each side's total when it went first vs second. */
  readonly orderEffect: { readonly appFirstMs: number; readonly appSecondMs: number; readonly rawFirstMs: number; readonly rawSecondMs: number };
  /** performance.memory.usedJSHeapSize, sampled after every chunk of each side; null where Chromium hides it. */
  readonly peakHeapMB: number | null;
  readonly heapAfterLoadMB: number | null;
}

export interface PeopleSearchOutput extends TimingStats {
  readonly byCategory: Readonly<Record<string, TimingStats & { readonly meanHits: number; readonly zeroHits: number }>>;
  readonly slowest: readonly { readonly category: string; readonly query: string; readonly ms: number; readonly hits: number }[];
  readonly samplesList: readonly { readonly category: string; readonly query: string; readonly ms: number; readonly hits: number }[];
}

export interface DistrictReadsOutput {
  readonly search: PeopleSearchOutput;
  /** The reads of a person's detail page, each timed alone, and their sum. */
  readonly detail: { readonly people: number; readonly get: TimingStats; readonly peran: TimingStats; readonly kepesertaan: TimingStats; readonly history: TimingStats; readonly total: TimingStats };
  readonly list: { readonly people: number; readonly count: TimingStats; readonly pages: readonly (TimingStats & { readonly offset: number })[] };
  readonly roster: readonly {
    readonly label: string;
    readonly roles: number;
    readonly enrollments: number;
    readonly peran: TimingStats;
    readonly kepesertaan: TimingStats;
  }[];
  readonly queue: {
    readonly draf: TimingStats & { readonly total: number };
    readonly drafKecamatan: TimingStats & { readonly meanTotal: number };
    readonly jumlahMenunggu: TimingStats & { readonly waiting: number };
  };
}

export interface DistrictOutput {
  readonly load: DistrictLoadSummary;
  readonly reads: DistrictReadsOutput;
}

export interface WriteRound {
  readonly order: readonly ('raw' | 'app')[];
  readonly appMs: number;
  readonly rawMs: number;
  /** The raw baseline without the journal store: how much of the write the journal costs. */
  readonly rawKoperasiOnlyMs: number;
}

export interface SearchStats {
  readonly queries: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  readonly meanHits: number;
  readonly zeroHitQueries: number;
}

/** What the page hands back; scripts/bench.mjs adds targets and verdicts and writes reports/bench.json. */
export interface BenchOutput {
  readonly userAgent: string;
  readonly generateMs: number;
  readonly records: number;
  readonly journalEntries: number;
  /** The raw baseline's stores, as parsed from the app's schema and checked against the app's real database. */
  readonly stores: readonly unknown[];
  readonly write: { readonly rounds: readonly WriteRound[]; readonly medianAppMs: number; readonly medianRawMs: number; readonly medianRawKoperasiOnlyMs: number };
  /** Top-level stats are over the target mix; `stress` over first keystrokes and filter-only lists. */
  readonly search: SearchStats & {
    readonly stress: SearchStats;
    readonly byCategory: Readonly<Partial<Record<QueryCategory, SearchStats>>>;
    readonly slowest: readonly { readonly query: string; readonly ms: number; readonly hits: number }[];
    /** Every timed search, for finding out why a category is slow. */
    readonly samples: readonly { readonly category: QueryCategory; readonly query: string; readonly ms: number; readonly hits: number }[];
  };
  readonly district: DistrictOutput | null;
}

declare global {
  interface Window {
    kopBench?: { run(input: BenchInput): Promise<BenchOutput> };
  }
}
