import type { ImporExcelBenchOutput } from './impor-excel-bench';
import type { DuplikatBenchOutput } from './duplikat-bench';
import type { KabupatenRegions } from '../shared/region/region-types';
import type { ImportCounts } from '../renderer/db/import-counts';
import type { QueryCategory } from './search-queries';
import type { LembarKabel } from '../shared/ipc/workbook-stream';

/** What the node driver (scripts/bench.mjs) hands the page. */
export interface BenchInput {
  readonly kabupaten: KabupatenRegions;
  readonly seed: number;
  readonly count: number;
  readonly rounds: number;
  /** The district-size section (people, roles, enrollments); null skips it. */
  readonly district: DistrictInput | null;
  /** Data exchange at district size (on the district's database, so it needs it); null skips it. */
  readonly exchange: ExchangeInput | null;
  /** Backups and restore at district size (on the district's database, after exchange); null skips it. */
  readonly cadangan: CadanganInput | null;
  /** An officer's month imported into the full district (last, on the district's databases); null skips it. */
  readonly delta: DeltaInput | null;
  /** Impor dari Excel: people (with their roles) in the generated workbook; null skips the section. */
  readonly imporExcelPeople: number | null;
  /** Kemungkinan duplikat: planted into the district when it runs, else on its own database of this many people; null skips it. */
  readonly duplikatPeople: number | null;
  /**
   * Load the district's app side under the app's database name and keep it after the run, so scripts/bench.mjs can
   * open the built app on it (the first screen); needs the district section.
   */
  readonly firstScreen: boolean;
}

export interface ExchangeInput {
  /** Imports into empty databases (app and raw), the side that goes first alternating; the first has raw first. */
  readonly rounds: number;
  /** Also time encode's and decode's steps one by one and the raw puts without journal (extra passes, minutes at full size). */
  readonly split: boolean;
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
  readonly detail: {
    readonly people: number;
    readonly get: TimingStats;
    readonly peran: TimingStats;
    readonly kepesertaan: TimingStats;
    readonly history: TimingStats;
    readonly total: TimingStats;
  };
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
  /** Beside raw IndexedDB; absent in reports from before it was measured. */
  readonly lists?: ListsOutput;
}

/** One side's timings of an operation (app or raw IndexedDB). */
export interface SideStats {
  readonly app: TimingStats;
  readonly raw: TimingStats;
}

/**
 * The lists a person opens (bench/lists-bench.ts), each beside raw IndexedDB making the same reads: the follow-up
 * list by kecamatan (draf, 500 rows shown; target p95 <= 100 ms) and its tab counts, the largest cooperative's
 * roster (every role and person), Beranda's cooperative counts and the kelompok options (from counters).
 */
export interface ListsOutput {
  readonly kecamatan: SideStats & { readonly kecamatan: number; readonly meanTotal: number };
  readonly kecamatanCounts: SideStats;
  readonly roster: SideStats & { readonly roles: number; readonly rows: number };
  readonly beranda: SideStats;
  readonly kelompok: SideStats & { readonly options: number };
}

export type CheckInQueryCategory = 'nama-diundang' | 'nama-tidak-diundang' | 'nik' | 'telepon' | 'nama-koperasi';

export interface CheckInSearchSample {
  readonly category: CheckInQueryCategory;
  readonly query: string;
  /** The full search (`KehadiranRepository.search`), app and raw. */
  readonly appMs: number;
  readonly rawMs: number;
  /**
   * The first phase (`searchDiundang`: the invited rows from memory, what the officer sees first), app and raw
   * (`rawCariDiundang`); absent for a number, which only the full search answers.
   */
  readonly firstAppMs?: number;
  readonly firstRawMs?: number;
  /** Rows the first phase showed, and whether the person was among them. */
  readonly firstHits?: number;
  readonly firstFound?: boolean;
  readonly hits: number;
  /** The last stage of a search: the person the officer was looking for is among the rows shown. */
  readonly found: boolean;
  /** On the last stage the officer typed (before asking for a NIK): the person is among the rows shown. */
  readonly foundByTyping?: boolean;
  /** The stage is a NIK the officer asked for, because a whole name still left the person out of the rows. */
  readonly nikAsked?: true;
}

/**
 * The check-in table at district size: an event inviting cooperatives with named representatives, searches typed
 * keystroke by keystroke (`KehadiranRepository.searchDiundang`, then `search`) and check-ins (`checkIn`) each awaited like an officer
 * pressing Enter, beside the same reads and writes done with bare IndexedDB on the raw database.
 */
export interface CheckInOutput {
  readonly method: string;
  readonly event: { readonly koperasi: number; readonly perwakilan: number; readonly kehadiranAfter: number };
  readonly search: SideStats & {
    readonly byCategory: Readonly<
      Record<
        string,
        SideStats & {
          /** The first phase's timings, over the stages it answered (none for numbers). */
          readonly first: SideStats | null;
          readonly meanHits: number;
          /** Searches whose last stage shows the person among the first phase's rows (invited people, from memory). */
          readonly foundFirst: number;
          /** Searches whose last stage shows the person; `foundByTyping` of them before any NIK was asked for. */
          readonly found: number;
          readonly foundByTyping: number;
          readonly nikAsked: number;
          readonly lastStages: number;
        }
      >
    >;
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
  readonly capaian: CapaianOutput;
  readonly exchange: ExchangeOutput | null;
  readonly cadangan: CadanganOutput | null;
  readonly delta: DeltaOutput | null;
  /** Kemungkinan duplikat, last, with walk-ins and their copies planted into the district (the top-level `duplikat` shows it). */
  readonly duplikatDitanam: DuplikatBenchOutput | null;
  /** The central office workbook of the district (bench/laporan-pusat-bench.ts); null when not bound. */
  readonly laporanPusat: LaporanPusatOutput | null;
}

/**
 * The Laporan Pusat at district size through buatLaporanPusat and main's streaming writer: total time (the three
 * steps), rows per sheet, file size, the page's JS heap before and at its peak, and the peak growth of main's
 * (Node's) heap while it wrote. Targets: total ≤ 30 s, heap ≤ 300 MB.
 */
export interface LaporanPusatOutput {
  readonly totalMs: number;
  readonly baca: number;
  readonly susun: number;
  readonly tulis: number;
  readonly rows: Readonly<Record<string, number>>;
  readonly bytes: number;
  readonly pageHeapBeforeMB: number | null;
  readonly pageHeapPeakMB: number | null;
  readonly mainHeapPeakMB: number;
  readonly target: { readonly ms: number; readonly heapMB: number };
}

/**
 * Program achievement at district size (bench/capaian-bench.ts): 20 targets computed from the app's database and,
 * in the same run, from the raw database with the same counting; first computation and recompute after one
 * enrollment becomes terdaftar. Targets: first ≤ 1 s, recompute ≤ 300 ms (p95, app side).
 */
export interface CapaianOutput {
  readonly targets: number;
  /** Achieved per target after the last round (the same on both sides, or the bench fails). */
  readonly tercapai: readonly number[];
  readonly firstRender: { readonly app: TimingStats; readonly raw: TimingStats };
  readonly recompute: { readonly app: TimingStats; readonly raw: TimingStats };
}

/** encodeBundle's steps, each timed alone over the same records (bench/exchange-codec-parts.ts). */
export interface EncodeParts {
  /** PBKDF2-SHA-256, 600,000 iterations (in encodeBundle it runs beside the compression). */
  readonly kdfMs: number;
  /** JSON.stringify of every record and UTF-8 encoding, in 256 KB chunks. */
  readonly serialiseMs: number;
  /** The same with SHA-256 per section: encodeBundle's first pass. */
  readonly serialiseHashMs: number;
  /** The same through gzip (CompressionStream), unencrypted: encodeBundle's second pass. */
  readonly serialiseGzipMs: number;
  /** AES-256-GCM of the gzip bytes. */
  readonly encryptMs: number;
  /** The NDJSON payload (what an uncompressed, unencrypted bundle would carry) and its gzip. */
  readonly ndjsonBytes: number;
  readonly gzipOnlyBytes: number;
}

/** decodeBundle's steps, each timed alone over the same bundle. */
export interface DecodeParts {
  /** Key derivation, AES-GCM decrypt and tag check. */
  readonly openMs: number;
  /** DecompressionStream and the NDJSON line splitter. */
  readonly inflateMs: number;
  /** The same with SHA-256 of every line. */
  readonly inflateHashMs: number;
  /** The same with UTF-8 decoding and JSON.parse of every line. */
  readonly inflateParseMs: number;
  /** The record checks (generic scan, zod strict schema, unique ids, clocks) over the decoded records. */
  readonly validateMs: number;
  readonly lines: number;
  readonly inflatedBytes: number;
}

/**
 * A worker's JS heap (Runtime.getHeapUsage, polled by scripts/bench-worker-heap.mjs) over one step; null without it.
 * `livePeakMB` is the peak of the samples taken right after a collection, when the step asked for them.
 */
export type WorkerHeap = {
  readonly peakMB: number;
  readonly lastMB: number;
  readonly samples: number;
  readonly livePeakMB?: number;
  readonly liveSamples?: number;
} | null;

export interface ExchangeExportOutput {
  /** Records per bundle section. */
  readonly records: Readonly<Record<string, number>>;
  /** exportBundle with a passphrase, the app's export: the records read twice in pages (hash pass, write pass), never held whole. */
  readonly exportMs: number;
  /** collectBundle alone (the records held whole, as the tests and the delta bench use it). */
  readonly collectMs: number;
  /** encodeBundle with a passphrase: serialise + SHA-256, serialise + gzip, PBKDF2 (beside it), AES-256-GCM. */
  readonly encodeMs: number;
  readonly bundleBytes: number;
  /** UTF-8 bytes of JSON.stringify(contents): an export without compression or encryption. */
  readonly plainJsonBytes: number;
  readonly parts: EncodeParts | null;
  /** The export worker's heap over exportBundle alone. */
  readonly heap: WorkerHeap;
  /** The same worker's heap over collectBundle + encodeBundle with the records held whole (+ the parts). */
  readonly heapCollectEncode: WorkerHeap;
}

export interface ExchangeImportRound {
  readonly order: readonly ('raw' | 'app')[];
  /** mergeBundle apply into an empty database. */
  readonly appMs: number;
  /** Raw puts of the same records and journal entries into an empty database, one transaction. */
  readonly rawMs: number;
  /** How long each side waited for an idle Chromium (LevelDB compaction of the step before) before it started. */
  readonly waitedMs: { readonly app: number; readonly raw: number };
}

/** One officer's month (bench/exchange-delta-month.ts): records in the changes-only bundle, and how many carry a district NIK. */
export interface DeltaInput {
  readonly changes: number;
  readonly sameNik: number;
}

/** What the month's bundle holds: records per section, and what the officer did to make them. */
export interface DeltaMonth {
  readonly records: Readonly<Record<string, number>>;
  readonly total: number;
  readonly bundleBytes: number;
  readonly newPeople: number;
  readonly roles: number;
  readonly enrollments: number;
  readonly koperasiEdits: number;
  readonly peopleEdits: number;
  readonly terdaftar: number;
  readonly checkIns: number;
  readonly sameNik: number;
}

export interface DeltaImportOutput {
  readonly decodeMs: number;
  readonly previewMs: number;
  readonly applyMs: number;
  readonly previewCounts: ImportCounts;
  readonly counts: ImportCounts;
  readonly journalEntries: number;
}

export interface DeltaRawOutput {
  readonly ms: number;
  readonly reads: number;
  readonly writes: number;
  readonly fusedAway: number;
}

/** The month into the full district (bench/exchange-delta-bench.ts): the app end to end beside the raw reads and writes. */
export interface DeltaOutput {
  readonly method: string;
  readonly month: DeltaMonth;
  readonly app: DeltaImportOutput;
  readonly raw: DeltaRawOutput;
  readonly endToEndMs: number;
  /** The import worker's peak heap over decode, preview and apply. */
  readonly heap: WorkerHeap;
  readonly target: { readonly endToEndMaxS: number; readonly heapMaxMB: number };
}

export interface CadanganInput {
  /** People edited between the full and the changes-only snapshot. */
  readonly perubahan: number;
  /**
   * Whether the chain is also restored over the full district database (`BENCH_CADANGAN_PENUH=1`): 11 to 19 minutes
   * at district size, a quarter of a full run, for a figure with no target, so a full run leaves it out.
   */
  readonly pulihkanPenuh: boolean;
}

/** One backup snapshot (bench/cadangan-bench.ts) beside raw reads of the records it collects. */
export interface CadanganSnapshot {
  readonly ms: number;
  readonly jenis: string;
  readonly records: number;
  readonly bytes: number;
  readonly rawReadMs: number;
}

/** A restore of the backup chain: opening (decode + replay) and replacing the records in one transaction. */
export interface CadanganRestore {
  readonly openMs: number;
  readonly replaceMs: number;
  readonly records: number;
}

/** Backups at district size: a full and a changes-only snapshot, and the restore of the chain. */
export interface CadanganOutput {
  readonly method: string;
  readonly perubahan: number;
  readonly penuh: CadanganSnapshot;
  readonly perubahanSaja: CadanganSnapshot;
  /**
   * Into an empty database (the recovery page), beside raw puts of the same records and journal entries: the
   * exchange section's raw import of the district when it ran (the same records, journal entries and stores), so
   * a full run puts the district raw once, not twice; else the restored chain's own.
   */
  readonly pulihkanKosong: CadanganRestore & { readonly rawMs: number; readonly rawWrites: number; readonly rawFrom: 'exchange' | 'cadangan' };
  /** Over the full district database (Pengaturan → Pulihkan); null unless asked for (`CadanganInput.pulihkanPenuh`). */
  readonly pulihkanPenuh: CadanganRestore | null;
  readonly wallMs: number;
}

/** Export and import of the whole district database, in dedicated workers, beside raw IndexedDB puts. */
export interface ExchangeOutput {
  readonly method: string;
  /** Synced records in the bundle (every table; aliases not counted). */
  readonly records: number;
  readonly export: ExchangeExportOutput;
  readonly import: {
    readonly decodeMs: number;
    readonly decodeParts: DecodeParts | null;
    /** mergeBundle apply:false on the empty database (what the officer waits for before "Terapkan"). */
    readonly previewMs: number;
    readonly previewCounts: ImportCounts;
    readonly rounds: readonly ExchangeImportRound[];
    /** Means over the rounds. */
    readonly appApplyMs: number;
    readonly rawMs: number;
    /** The raw puts of the records alone, without journal entries (once, after the first round; with `split` only). */
    readonly rawRecordsOnlyMs: number | null;
    /** Requests in the raw transaction (records + journal entries). */
    readonly rawWrites: number;
    readonly counts: ImportCounts;
    readonly journalEntries: number;
    /** Records (synced tables and journal) found identical in the app's and the raw database after round 1. */
    readonly verifiedRecords: number;
    readonly heap: { readonly decode: WorkerHeap; readonly preview: WorkerHeap; readonly apply: WorkerHeap; readonly raw: WorkerHeap };
  };
  /** The same bundle again into the now-full database: every record `sama`, nothing written but the log. */
  readonly reimport: {
    readonly decodeMs: number;
    readonly previewMs: number;
    readonly applyMs: number;
    readonly counts: ImportCounts;
    readonly journalEntries: number;
    readonly heap: WorkerHeap;
  };
  readonly wallMs: number;
}

export interface WriteRound {
  readonly order: readonly ('raw' | 'app')[];
  readonly appMs: number;
  readonly rawMs: number;
  /** The raw baseline without the journal store: how much of the write the journal costs. */
  readonly rawKoperasiOnlyMs: number;
  /** The same prebuilt records and journal entries through Dexie's bulkAdd: the library's own share of the gap. */
  readonly dexieBulkAddMs: number;
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
  readonly write: {
    readonly rounds: readonly WriteRound[];
    readonly medianAppMs: number;
    readonly medianRawMs: number;
    readonly medianRawKoperasiOnlyMs: number;
    readonly medianDexieBulkAddMs: number;
  };
  /** Top-level stats are over the target mix; `stress` over first keystrokes and filter-only lists. */
  readonly search: SearchStats & {
    readonly stress: SearchStats;
    readonly byCategory: Readonly<Partial<Record<QueryCategory, SearchStats>>>;
    readonly slowest: readonly { readonly query: string; readonly ms: number; readonly hits: number }[];
    /** Every timed search, for finding out why a category is slow. */
    readonly samples: readonly { readonly category: QueryCategory; readonly query: string; readonly ms: number; readonly hits: number }[];
  };
  readonly district: DistrictOutput | null;
  readonly imporExcel: ImporExcelBenchOutput | null;
  readonly duplikat: DuplikatBenchOutput | null;
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
    /** Bound by scripts/bench.mjs: a worker's peak JS heap since the last call with its name (and the peak reset). */
    kopBenchWorkerHeap?: (workerName: string, liveEveryMs?: number) => Promise<WorkerHeap>;
    /** Bound by scripts/bench.mjs: a full garbage collection of the bench page's heap, over the DevTools protocol. */
    kopBenchCollectGarbage?: () => Promise<void>;
    /** Bound by scripts/bench.mjs: resolves once the bench's Chromium processes are nearly idle (scripts/bench-quiet.mjs). */
    kopBenchQuiet?: () => Promise<{ waitedMs: number; cores: number } | null>;
    /** Bound by scripts/bench.mjs: main's streaming workbook writer (electron/main/files/workbook-stream.ts). */
    kopBenchWorkbookBegin?: (request: { judul: string; sheets: readonly LembarKabel[] }) => Promise<string>;
    /** One `files.appendRows` request as JSON (see scripts/bench.mjs for why a string). */
    kopBenchWorkbookAppend?: (json: string) => Promise<void>;
    kopBenchWorkbookFinish?: (id: string) => Promise<{ bytes: number; mainHeapPeakMB: number }>;
  }
}
