import { z } from 'zod';
import { ipcChannels } from './channels';
import type { Result } from './result';
import { localeSchema, officeProfileSchema, retensiTerhapusSchema, type AppInfo, type Settings } from '../settings/settings';
import { tarifIuranListSchema } from '../kepesertaan/tarif-iuran';
import { pengaturanDokumenSchema, petugasAktifSchema } from '../settings/pengaturan-dokumen';
import { namaCadanganSchema, simpanCadanganRequestSchema, type CadanganInfo } from '../cadangan/cadangan-info';
import { statusBasisDataSchema, type StatusBasisData } from '../cadangan/status-basis-data';
import { fileKindSchema } from './file-kinds';
import { appendRowsRequestSchema, beginWorkbookRequestSchema, workbookIdRequestSchema, type BeginWorkbookOutcome } from './workbook-stream';

/** One channel: its name, the runtime schema of its arguments (a tuple) and, as a phantom type, its result. */
interface ChannelDef<C extends string, A extends z.ZodTuple, R> {
  readonly channel: C;
  readonly args: A;
  readonly result?: R;
}

const def =
  <R>() =>
  <C extends string, A extends z.ZodTuple>(channel: C, args: A): ChannelDef<C, A, R> => ({
    channel,
    args,
  });

/** A bare file name: no folder separators, no characters Windows refuses, no control characters. */
const fileNameSchema = z
  .string()
  .min(1)
  .max(120)
  .refine((name) => !/[\\/:*?"<>|]/.test(name) && ![...name].some((c) => c.charCodeAt(0) < 0x20));

/**
 * Text (a CSV) saved where the officer chooses. `kind` is what the file is (file-kinds.ts); main adds the kind's
 * extension to `suggestedName` and offers the kind's filter. Strict: a request still naming its own extensions or
 * filter is refused, not quietly obeyed in part.
 */
export const saveTextRequestSchema = z.strictObject({
  kind: z.literal('csv'),
  suggestedName: fileNameSchema,
  content: z.string().max(50 * 1024 * 1024),
});
export type SaveTextRequest = z.infer<typeof saveTextRequestSchema>;
export type SaveTextOutcome = { readonly saved: false } | { readonly saved: true; readonly filePath: string };

/** The most a binary file may weigh crossing IPC either way: far above a district's bundle or workbook. */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;

/**
 * Bytes as structured cloning delivers them: a Uint8Array (Electron's IPC turns a Buffer into one too). A custom
 * check rather than `z.instanceof`, so a Buffer or a typed array of any backing buffer type passes as itself.
 */
const bytesSchema = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'Expected a Uint8Array' })
  .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, { message: `At most ${MAX_FILE_BYTES} bytes` });

/** A binary file of one kind (a workbook, a bundle, a backup copy) written exactly as given where the officer chooses. */
export const saveBytesRequestSchema = z.strictObject({
  kind: fileKindSchema,
  suggestedName: fileNameSchema,
  bytes: bytesSchema,
});
export type SaveBytesRequest = z.input<typeof saveBytesRequestSchema>;

/**
 * A file of one kind the officer picks in the open dialog (a bundle, a spreadsheet), read whole. A file larger than
 * `maxBytes` is refused with 'too-large' before it is read, so a wrong pick (a video, a disk image) never fills memory.
 */
export const openFileRequestSchema = z.strictObject({
  kind: fileKindSchema,
  maxBytes: z.number().int().min(1).max(MAX_FILE_BYTES),
});
export type OpenFileRequest = z.input<typeof openFileRequestSchema>;
/** `opened: false` when the officer cancelled; `fileName` is the name without its folder, for messages and logs. */
export type OpenFileOutcome =
  { readonly opened: false } | { readonly opened: true; readonly fileName: string; readonly size: number; readonly bytes: Uint8Array };

/** The document on screen goes to a printer through the system's print dialog; landscape for wide tables. */
export const printDocumentRequestSchema = z.object({
  landscape: z.boolean().optional(),
});
export type PrintDocumentRequest = z.input<typeof printDocumentRequestSchema>;
/** `printed: false` when the officer closed the dialog; a printer failure is an 'io-failed' error instead. */
export interface PrintDocumentOutcome {
  readonly printed: boolean;
}

/** The document on screen is saved as an A4 PDF where the officer chooses; main adds `.pdf` (kind 'pdf'). */
export const savePdfRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  landscape: z.boolean().optional(),
});
export type SavePdfRequest = z.input<typeof savePdfRequestSchema>;
export type SavePdfOutcome = { readonly saved: false } | { readonly saved: true; readonly filePath: string; readonly pages: number };

/**
 * A renderer error for the support log: what and where, never the state it happened in. Main masks personal data
 * in every field before writing (shared/log/samarkan-log.ts); the limits keep a runaway loop from filling the disk
 * faster than the rotation empties it.
 */
export const logEntrySchema = z.strictObject({
  level: z.enum(['error', 'warn']),
  /** Where in the renderer: `window`, `promise`, `react`, or a feature's own tag. */
  scope: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9:-]+$/),
  message: z.string().max(2000),
  stack: z.string().max(8000).optional(),
});
export type LogEntry = z.input<typeof logEntrySchema>;

/**
 * The one IPC contract. Main registers a handler for every entry (a missing one is a compile error), the preload
 * exposes a function for every entry, and the e2e harness binds the same entries to the same handlers.
 */
export const ipcContract = {
  app: {
    getInfo: def<AppInfo>()(ipcChannels.app.getInfo, z.tuple([])),
  },
  settings: {
    get: def<Settings>()(ipcChannels.settings.get, z.tuple([])),
    saveOfficeProfile: def<Settings>()(ipcChannels.settings.saveOfficeProfile, z.tuple([officeProfileSchema])),
    /** Replaces the whole rate table, so the no-overlap rule is checked on what will actually be stored. */
    saveTarifIuran: def<Settings>()(ipcChannels.settings.saveTarifIuran, z.tuple([tarifIuranListSchema])),
    setLocale: def<Settings>()(ipcChannels.settings.setLocale, z.tuple([localeSchema])),
    /** Letterhead, signer and place of signing for every printed document. */
    saveDokumen: def<Settings>()(ipcChannels.settings.saveDokumen, z.tuple([pengaturanDokumenSchema])),
    /** The officer now working on this laptop, recorded with check-ins and prints. */
    setPetugasAktif: def<Settings>()(ipcChannels.settings.setPetugasAktif, z.tuple([petugasAktifSchema])),
    /**
     * The device id the database holds (it stamped the records) replaces the one in settings after the settings
     * file lost it: a mismatch is repaired to the database's id, never answered with a new one.
     */
    repairDeviceId: def<Settings>()(ipcChannels.settings.repairDeviceId, z.tuple([z.string().min(1).max(100)])),
    /** Days before a deleted person's tombstone is blanked as by *Hapus data pribadi*. */
    setRetensiTerhapus: def<Settings>()(ipcChannels.settings.setRetensiTerhapus, z.tuple([retensiTerhapusSchema])),
    /** Whether exchange files without encryption may be imported (off by default). */
    setIzinkanImporTanpaEnkripsi: def<Settings>()(ipcChannels.settings.setIzinkanImporTanpaEnkripsi, z.tuple([z.boolean()])),
  },
  /** What main keeps about the database outside IndexedDB, to notice at start a database wiped or recreated. */
  database: {
    getState: def<StatusBasisData | null>()(ipcChannels.database.getState, z.tuple([])),
    saveState: def<void>()(ipcChannels.database.saveState, z.tuple([statusBasisDataSchema])),
  },
  /** Automatic backups in `<userData>/cadangan/`: bundles encrypted with a key the operating system keeps. */
  cadangan: {
    /** The passphrase of this install's backups, unsealed by main (safeStorage; a file key in the harness). */
    getKey: def<string>()(ipcChannels.cadangan.getKey, z.tuple([])),
    /** Whole, checked backups, newest first; remnants of an interrupted write are removed. */
    list: def<readonly CadanganInfo[]>()(ipcChannels.cadangan.list, z.tuple([])),
    /** Written atomically, read back and compared, described; then the rotation prunes the oldest. */
    save: def<CadanganInfo>()(ipcChannels.cadangan.save, z.tuple([simpanCadanganRequestSchema.extend({ bytes: bytesSchema })])),
    read: def<Uint8Array>()(ipcChannels.cadangan.read, z.tuple([namaCadanganSchema])),
    /** Free and total bytes of the disk that holds the user-data folder. */
    getSpace: def<{ readonly bebas: number; readonly total: number }>()(ipcChannels.cadangan.getSpace, z.tuple([])),
  },
  shell: {
    openExternal: def<void>()(ipcChannels.shell.openExternal, z.tuple([z.string().max(2048)])),
  },
  files: {
    saveText: def<SaveTextOutcome>()(ipcChannels.files.saveText, z.tuple([saveTextRequestSchema])),
    saveBytes: def<SaveTextOutcome>()(ipcChannels.files.saveBytes, z.tuple([saveBytesRequestSchema])),
    openFile: def<OpenFileOutcome>()(ipcChannels.files.openFile, z.tuple([openFileRequestSchema])),
    /**
     * A workbook written as it is sent (workbook-stream.ts): the save dialog and a streaming writer on a temporary
     * file; then rows in chunks; then the rename over the chosen name, or the temporary file deleted. The renderer
     * holds only an id, never a path; an unknown id is refused.
     */
    beginWorkbook: def<BeginWorkbookOutcome>()(ipcChannels.files.beginWorkbook, z.tuple([beginWorkbookRequestSchema])),
    appendRows: def<void>()(ipcChannels.files.appendRows, z.tuple([appendRowsRequestSchema])),
    finishWorkbook: def<SaveTextOutcome>()(ipcChannels.files.finishWorkbook, z.tuple([workbookIdRequestSchema])),
    abortWorkbook: def<void>()(ipcChannels.files.abortWorkbook, z.tuple([workbookIdRequestSchema])),
  },
  /** Rotating log files in `<userData>/logs`, for support (electron/main/log/). */
  log: {
    write: def<void>()(ipcChannels.log.write, z.tuple([logEntrySchema])),
    /** Every log file gathered into one `.txt` (file kind 'support-log') where the officer chooses. */
    saveForSupport: def<SaveTextOutcome>()(ipcChannels.log.saveForSupport, z.tuple([])),
  },
  /** Both print the calling window: what the officer sees in the preview is what goes on paper. */
  print: {
    printDocument: def<PrintDocumentOutcome>()(ipcChannels.print.printDocument, z.tuple([printDocumentRequestSchema])),
    savePdf: def<SavePdfOutcome>()(ipcChannels.print.savePdf, z.tuple([savePdfRequestSchema])),
  },
} as const;

export type IpcContract = typeof ipcContract;
type Def<N extends keyof IpcContract, M extends keyof IpcContract[N]> = IpcContract[N][M];
type ArgsOf<D> = D extends ChannelDef<string, infer A, unknown> ? A : never;
type ResultOf<D> = D extends ChannelDef<string, z.ZodTuple, infer R> ? R : never;

/** The typed `window.desktop` facade the renderer sees. */
export type DesktopApi = {
  readonly [N in keyof IpcContract]: {
    readonly [M in keyof IpcContract[N]]: (...args: z.input<ArgsOf<Def<N, M>>>) => Promise<Result<ResultOf<Def<N, M>>>>;
  };
};

/**
 * What main must implement: arguments arrive already validated against the contract's schemas, followed by the
 * caller (who sent it: its URL and its window, for printing). The caller's type is main's business, so shared/
 * stays free of Electron and Node types; a handler that does not need it simply takes fewer parameters.
 */
export type IpcHandlers<Caller> = {
  readonly [N in keyof IpcContract]: {
    readonly [M in keyof IpcContract[N]]: (...args: [...z.output<ArgsOf<Def<N, M>>>, caller: Caller]) => Promise<ResultOf<Def<N, M>>> | ResultOf<Def<N, M>>;
  };
};
