import type { KabupatenRegions } from '../shared/region/region-types';
import type { QueryCategory } from './search-queries';

/** What the node driver (scripts/bench.mjs) hands the page. */
export interface BenchInput {
  readonly kabupaten: KabupatenRegions;
  readonly seed: number;
  readonly count: number;
  readonly rounds: number;
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
}

declare global {
  interface Window {
    kopBench?: { run(input: BenchInput): Promise<BenchOutput> };
  }
}
