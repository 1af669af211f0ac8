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

/** One side's timings of an operation (app or raw IndexedDB). */
export interface SideStats {
  readonly app: TimingStats;
  readonly raw: TimingStats;
}

export type CheckInQueryCategory = 'nama-diundang' | 'nama-tidak-diundang' | 'nik' | 'telepon' | 'nama-koperasi';

export interface CheckInSearchSample {
  readonly category: CheckInQueryCategory;
  readonly query: string;
  readonly appMs: number;
  readonly rawMs: number;
  readonly hits: number;
  /** The person the officer was looking for is among the rows shown. */
  readonly found: boolean;
}

/**
 * The check-in table at district size: an event inviting cooperatives with named representatives, searches typed
 * keystroke by keystroke (`KehadiranRepository.cari`) and check-ins (`checkIn`) each awaited like an officer
 * pressing Enter, beside the same reads and writes done with bare IndexedDB on the raw database.
 */
export interface CheckInOutput {
  readonly method: string;
  readonly event: { readonly koperasi: number; readonly perwakilan: number; readonly kehadiranAfter: number };
  readonly search: SideStats & {
    readonly byCategory: Readonly<Record<string, SideStats & { readonly meanHits: number; readonly found: number; readonly lastStages: number }>>;
    readonly slowest: readonly CheckInSearchSample[];
    /** The raw search's stages (raw-checkin.ts RawCariStages): where a search's time goes. */
    readonly rawStages: Readonly<Record<string, TimingStats>>;
    readonly samples: readonly CheckInSearchSample[];
  };
  /** Distinct people checked in (answer `hadir`): the target. */
  readonly commit: SideStats & { readonly invited: number; readonly notInvited: number };
  /** The same people again (answer `sudah_hadir`, nothing written). */
  readonly repeat: SideStats;
  readonly slowestCommits: readonly { readonly index: number; readonly appMs: number; readonly rawMs: number }[];
  /** Mean IndexedDB requests per check-in search (bench/request-counter.ts), by category and over all ('semua'). */
  readonly requestsPerSearch: Readonly<Record<string, RequestCountsOut>>;
}

export interface RequestCountsOut {
  readonly transactions: number;
  readonly rangeReads: number;
  readonly keyReads: number;
  readonly cursors: number;
  readonly cursorSteps: number;
}

export interface DistrictOutput {
  readonly load: DistrictLoadSummary;
  readonly reads: DistrictReadsOutput;
  readonly checkIn: CheckInOutput;
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

/** One way of printing the 500-row list (measured from node: scripts/bench-pdf.mjs). */
export interface PdfSide {
  readonly label: string;
  /** In the page: from render() to the laid-out rows (fonts ready), per repetition. */
  readonly renderMs: readonly number[];
  /** page.pdf() from node, per repetition. */
  readonly pdfMs: readonly number[];
  /** render + pdf, per repetition. */
  readonly totalMs: readonly number[];
  readonly medianTotalMs: number;
  readonly maxTotalMs: number;
  readonly pages: number;
  readonly bytes: number;
}

export interface PdfOutput {
  readonly rows: number;
  readonly repeats: number;
  readonly options: Readonly<Record<string, unknown>>;
  readonly app: PdfSide;
  readonly bare: PdfSide;
}

declare global {
  interface Window {
    kopBench?: { run(input: BenchInput): Promise<BenchOutput> };
  }
}
