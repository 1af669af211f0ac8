import type { JenisEkspor } from '../../shared/exchange/bundle-manifest';
import type { JenisImpor } from '../../shared/impor-excel/kolom-impor';
import type { StatusBaris } from './impor-excel/rencana-impor';
import type { ImportCounts } from './import-counts';

/** The measured time of one import's two merges: the preview's dry run, then the apply. */
export interface DurasiImpor {
  readonly pratinjauMs: number;
  readonly terapkanMs: number;
}

/** What one bundle import did, beside the manifest's own counts, so both sides can compare the same totals. */
export interface ImporBundelLog {
  readonly id: string;
  /** Absent on entries written before spreadsheet imports were logged: every such entry is a bundle. */
  readonly berkas?: 'bundel';
  readonly waktu: string;
  readonly namaBerkas: string;
  readonly deviceId: string;
  readonly nomorEkspor: number;
  readonly kantor: string;
  readonly petugasPengirim: string;
  readonly petugas: string;
  readonly jenis: JenisEkspor;
  readonly dibuat: string;
  /** The manifest's record count per section. */
  readonly jumlahBerkas: Readonly<Record<string, number>>;
  readonly hasil: ImportCounts;
  /** Whether the file came encrypted; absent in logs written before it was recorded. */
  readonly terenkripsi?: boolean;
  /**
   * How long its preview's dry run and its apply took on this laptop, for the next import's estimate
   * (perkiraan-waktu-terapkan.ts); absent in logs written before it was recorded.
   */
  readonly durasi?: DurasiImpor;
}

/**
 * What one spreadsheet import (Impor dari Excel) did, in the same log as bundles, so Riwayat shows every file
 * that brought personal data in. No device or export number: the [deviceId+nomorEkspor] index skips these entries.
 */
export interface ImporExcelLog {
  readonly id: string;
  readonly waktu: string;
  readonly berkas: 'xlsx';
  readonly namaBerkas: string;
  /** The sheets taken, in order ('' for a CSV). */
  readonly lembar: readonly string[];
  readonly jenisImpor: JenisImpor;
  /** The preview's counts: rows baru, diperbarui, sama, galat. */
  readonly jumlahBaris: Readonly<Record<StatusBaris, number>>;
  /** Records written. */
  readonly ditulis: number;
  readonly semuaAtauTidak: boolean;
  readonly petugas: string;
}

/** The import log: bundles merged and spreadsheets imported. */
export type ImporLog = ImporBundelLog | ImporExcelLog;
