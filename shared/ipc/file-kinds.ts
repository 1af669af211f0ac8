import { z } from 'zod';

/**
 * The kinds of file the renderer may ask main to save or open. The renderer names a kind, never an extension or a
 * dialog filter: main owns both (electron/main/files/file-kind-policy.ts), so a compromised or buggy page cannot
 * write a `.exe`, a `.lnk` or a `.bat` wherever the officer clicks "Simpan". Any other value is refused by the
 * contract's schema, as data ('invalid-argument').
 */
export const fileKinds = [
  /** An exchange bundle (`.kopl`) to or from another laptop. */
  'bundle',
  /** A copy of an automatic backup (`.kopl`), sealed with the officer's passphrase, for a USB stick. */
  'backup',
  /** An Excel workbook (`.xlsx`): Laporan Pusat, import templates and error lists. */
  'workbook',
  /** A CSV table for Excel (`.csv`, written with a UTF-8 byte-order mark). */
  'csv',
  /** A printed document saved as PDF (`.pdf`). */
  'pdf',
  /** A spreadsheet to import (`.xlsx`, `.xls`, `.ods`, `.csv`): opened only. */
  'spreadsheet',
  /** The support logs gathered into one text file (`.txt`): saved by main itself. */
  'support-log',
] as const;
export type FileKind = (typeof fileKinds)[number];
export const fileKindSchema = z.enum(fileKinds);
