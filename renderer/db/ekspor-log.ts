import type { JenisEkspor } from '../../shared/exchange/bundle-manifest';

/** One export this laptop made: a bundle to a destination, or the central office workbook. */
export interface EksporLog {
  readonly id: string;
  /** ISO time of the export. */
  readonly waktu: string;
  readonly berkas: 'bundel' | 'xlsx';
  readonly tujuan: string;
  readonly jenis: JenisEkspor;
  readonly nomorEkspor: number;
  /** The local change clocks the bundle covered: after `sejak`, up to `sampai` ('' for none). */
  readonly sejak: string;
  readonly sampai: string;
  /** Records per section (bundles) or rows per sheet (workbook). */
  readonly jumlah: Readonly<Record<string, number>>;
  readonly namaBerkas: string;
  readonly petugas: string;
  readonly terenkripsi: boolean;
  /** Workbook only: full NIKs were written at the officer's explicit choice. */
  readonly nikLengkap?: boolean;
  /**
   * 'tertunda' from just before the file is written until it is (then the field goes): an entry still pending
   * after a crash says a file may have left the laptop. Absent on completed entries and on those from before.
   */
  readonly status?: 'tertunda';
}
