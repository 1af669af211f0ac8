import { z } from 'zod';

/**
 * The central office workbook crosses IPC as rows, not as one file: main writes it with ExcelJS's streaming writer
 * (electron/main/files/workbook-stream.ts) as the renderer sends chunks, so neither side ever holds every cell as an
 * object (docs/laporan-pusat.md). These are the limits every argument is held to.
 */
export const MAX_SHEETS = 16;
export const MAX_COLUMNS = 64;
/** Rows per `files.appendRows`: a few thousand keeps each message small (well under a megabyte) and the calls few. */
export const MAX_ROWS_PER_CHUNK = 5000;
/** Characters per text cell: far above any name or address the app keeps, far below Excel's 32,767. */
export const MAX_CELL_CHARS = 4000;
/** Lines above (title block) or below (notes) a sheet's table. */
export const MAX_EXTRA_ROWS = 50;

/**
 * A cell on the wire: text, a finite number, empty, or a date as `{ tanggal: epochMs }` (a tagged number rather
 * than a Date, because the harness's binding carries JSON, which has no dates).
 */
export type SelKabel = string | number | null | { readonly tanggal: number };
export type BarisKabel = readonly SelKabel[];

const isSel = (sel: unknown): boolean => {
  if (sel === null) return true;
  switch (typeof sel) {
    case 'string':
      return sel.length <= MAX_CELL_CHARS;
    case 'number':
      return Number.isFinite(sel);
    case 'object': {
      const keys = Object.keys(sel);
      return keys.length === 1 && keys[0] === 'tanggal' && Number.isFinite((sel as { tanggal: unknown }).tanggal);
    }
    default:
      return false;
  }
};

/**
 * Rows checked by one plain loop: a district's workbook is millions of cells, and a union schema per cell would
 * spend seconds of main's time on validation alone. Same rules as a schema would state, and still refused as data.
 */
const rowsSchema = (max: number) =>
  z.custom<BarisKabel[]>(
    (value) => Array.isArray(value) && value.length <= max && value.every((row) => Array.isArray(row) && row.length <= MAX_COLUMNS && row.every(isSel)),
    { message: `At most ${max} rows of at most ${MAX_COLUMNS} cells: text up to ${MAX_CELL_CHARS} characters, finite numbers, { tanggal } or null` },
  );

/** A sheet name Excel accepts: 1–31 characters, none of []:*?/\. */
const sheetNameSchema = z
  .string()
  .min(1)
  .max(31)
  .refine((name) => !/[[\]:*?/\\]/.test(name), { message: 'Not a sheet name Excel accepts' });

export const kolomKabelSchema = z.strictObject({
  judul: z.string().max(200),
  lebar: z.number().min(1).max(100),
  format: z.enum(['bilangan', 'rupiah', 'tanggal', 'waktu']).optional(),
});

/** One sheet's frame: its columns (header row, widths, number formats), the title block above and the notes below. */
export const lembarKabelSchema = z.strictObject({
  nama: sheetNameSchema,
  kolom: z.array(kolomKabelSchema).min(1).max(MAX_COLUMNS),
  pembuka: rowsSchema(MAX_EXTRA_ROWS),
  penutup: rowsSchema(MAX_EXTRA_ROWS),
});
export type LembarKabel = z.infer<typeof lembarKabelSchema>;

/** A bare file name, as for every other save (contract.ts). */
const suggestedNameSchema = z
  .string()
  .min(1)
  .max(120)
  .refine((name) => !/[\\/:*?"<>|]/.test(name) && ![...name].some((c) => c.charCodeAt(0) < 0x20));

/** The save dialog, then a streaming writer on a temporary file beside the chosen one. Only kind 'workbook'. */
export const beginWorkbookRequestSchema = z.strictObject({
  kind: z.literal('workbook'),
  suggestedName: suggestedNameSchema,
  judul: z.string().max(200),
  /** When it was made (epoch ms), for the file's properties. */
  dibuat: z.number().finite(),
  sheets: z
    .array(lembarKabelSchema)
    .min(1)
    .max(MAX_SHEETS)
    .refine((sheets) => new Set(sheets.map((s) => s.nama.toLowerCase())).size === sheets.length, { message: 'Sheet names must differ' }),
});
export type BeginWorkbookRequest = z.input<typeof beginWorkbookRequestSchema>;
export type BeginWorkbookOutcome = { readonly started: false } | { readonly started: true; readonly id: string };

/** Rows for sheet `sheet` (its index in `sheets`), in order; sheets are filled in order. `tebal`: a totals row. */
export const appendRowsRequestSchema = z.strictObject({
  id: z.uuid(),
  sheet: z
    .number()
    .int()
    .min(0)
    .max(MAX_SHEETS - 1),
  rows: rowsSchema(MAX_ROWS_PER_CHUNK).refine((rows) => rows.length > 0, { message: 'At least one row' }),
  tebal: z.boolean().optional(),
});
export type AppendRowsRequest = z.input<typeof appendRowsRequestSchema>;

export const workbookIdRequestSchema = z.strictObject({ id: z.uuid() });
export type WorkbookIdRequest = z.input<typeof workbookIdRequestSchema>;
