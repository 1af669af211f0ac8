import type { ImportCounts } from '../db/import-counts';
import type { ImporBundelLog } from '../db/impor-log';

/** A timed import on this laptop: records it wrote, records in its file, and its two merges' durations. */
export interface LajuTerapkan {
  readonly tulis: number;
  readonly records: number;
  readonly pratinjauMs: number;
  readonly terapkanMs: number;
}

export interface BahanPerkiraan {
  /** What the preview found the file will do here (new, updated, same per table). */
  readonly counts: ImportCounts;
  /** How long this preview's dry run of the merge took on this laptop. */
  readonly pratinjauMs: number;
  /** Whether this laptop held no records before the import (the dry run then read nothing). */
  readonly kosong: boolean;
  /** The last import applied on this laptop with its durations, if any. */
  readonly terakhir?: LajuTerapkan;
}

export interface PerkiraanTerapkan {
  readonly ms: number;
  /** Where the write rate came from: the last import here, or this preview's own throughput. */
  readonly dasar: 'impor-terakhir' | 'pratinjau';
}

/**
 * How much longer writing a record takes than the preview's dry run takes per record of the file, on the same
 * laptop, measured by the bench (docs/benchmark.md, "Estimate of an import"): into an empty database the dry run
 * reads nothing, so a write costs many dry-run records; into a full one the dry run already read every local copy.
 */
export const FAKTOR_TULIS = { kosong: 20, berisi: 4 } as const;

/** A last import that wrote fewer records than this says little about the write rate (fixed costs dominate). */
export const MIN_TULIS_TERUKUR = 1000;

/** An import's rate from its log entry, when it kept its durations. */
export function lajuDari(log: ImporBundelLog | undefined): LajuTerapkan | undefined {
  if (!log?.durasi) return undefined;
  const records = Object.values(log.jumlahBerkas).reduce((a, b) => a + b, 0);
  return { tulis: log.hasil.baru + log.hasil.diperbarui, records, ...log.durasi };
}

/**
 * How long applying a previewed file will take here: the apply repeats the preview's dry run (the same reads and
 * merging, measured just now) and then writes every new or updated record with its journal entry. The write rate
 * is this laptop's own: the last import applied here (its apply time beyond its dry run, per record written) when
 * it wrote enough records to tell, else this preview's throughput scaled by what a write costs beside a dry-run
 * record (FAKTOR_TULIS, by whether the database was empty). Records found the same cost only the dry run.
 */
export function perkirakanWaktuTerapkan({ counts, pratinjauMs, kosong, terakhir }: BahanPerkiraan): PerkiraanTerapkan {
  const tulis = counts.baru + counts.diperbarui;
  const records = Math.max(1, counts.baru + counts.diperbarui + counts.sama);
  if (terakhir && terakhir.tulis >= MIN_TULIS_TERUKUR) {
    const perTulis = Math.max(0, terakhir.terapkanMs - terakhir.pratinjauMs) / terakhir.tulis;
    return { ms: Math.round(pratinjauMs + tulis * perTulis), dasar: 'impor-terakhir' };
  }
  const perTulis = (pratinjauMs / records) * FAKTOR_TULIS[kosong ? 'kosong' : 'berisi'];
  return { ms: Math.round(pratinjauMs + tulis * perTulis), dasar: 'pratinjau' };
}
