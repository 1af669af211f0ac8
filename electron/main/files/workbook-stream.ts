import { randomUUID } from 'node:crypto';
import { once, type EventEmitter } from 'node:events';
import { createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import type { SaveTextOutcome } from '../../../shared/ipc/contract';
import type { BarisKabel, BeginWorkbookOutcome, LembarKabel, SelKabel } from '../../../shared/ipc/workbook-stream';
import { netralkanSel } from '../../../shared/laporan-pusat/netralkan-sel';
import type { Locale } from '../../../shared/settings/settings';
import type { SaveDialog } from '../handlers/create-handlers';
import { reasonOf } from '../handlers/file-names';
import { IpcHandlerError } from '../ipc/handler-error';
import { filterFor, nameForKind, ruleFor } from './file-kind-policy';

const FORMAT_SEL: Readonly<Record<NonNullable<LembarKabel['kolom'][number]['format']>, string>> = {
  bilangan: '#,##0',
  rupiah: '"Rp"#,##0',
  tanggal: 'dd/mm/yyyy',
  waktu: 'dd/mm/yyyy hh:mm',
};

/** Workbooks open at once: one being written, and one a reloaded page started before the first was abandoned. */
const MAX_OPEN = 2;
/** A workbook that receives nothing for this long was abandoned (the page reloaded, the Worker died): deleted. */
const IDLE_MS = 10 * 60 * 1000;
/**
 * Sheet XML (uncompressed bytes) that may wait for the zip when an append answers: about two chunks of the Peserta
 * sheet, so the page builds its next chunk while zlib compresses this one, and main never queues more than this.
 */
const ANTREAN_MAKS = 8 * 1024 * 1024;
/**
 * The zip's level: archiver's default for ExcelJS is already 1 (zlib's fastest); said here so it stays a choice.
 * The page waits for main at every chunk, so main's time is the report's time: at district size level 6 made the
 * file a fifth smaller (12.9 MB against 16.2) for a fifth more of main's CPU (docs/laporan-pusat.md).
 */
const ZLIB_LEVEL = 1;

/**
 * What ExcelJS 4.4's streaming writer keeps inside a worksheet, read to wait for the zip: each sheet's XML goes into
 * a StreamBuf (`buffers`, 64 KB each) that archiver wraps, when the sheet is added, in a PassThrough (`pipes[0]`,
 * readable-stream 2, so its lengths are in its states) piped to its deflate stream. StreamBuf ignores what write()
 * answers, and the pipe moves 16 KB per turn of the event loop, which main's synchronous row writing seldom gives:
 * without waiting, nearly the whole sheet queued as Buffers (120 MB outside the JS heap for the district's Peserta
 * sheet) and was compressed only at the end.
 */
interface LembarMentah {
  readonly stream: {
    readonly buffers: readonly { readonly length: number }[];
    readonly pipes: readonly (EventEmitter & { readonly _writableState?: AntreanState; readonly _readableState?: AntreanState })[];
  };
}
interface AntreanState {
  readonly length: number;
  readonly needDrain?: boolean;
}

interface Terbuka {
  readonly writer: ExcelJS.stream.xlsx.WorkbookWriter;
  readonly stream: WriteStream;
  readonly temp: string;
  readonly filePath: string;
  readonly sheets: readonly LembarKabel[];
  /** The sheet being filled, with its worksheet; -1 before the first row. */
  current: number;
  ws: ExcelJS.Worksheet | null;
  /** The current sheet's shared cell styles, by column, kind of value and boldness (see gayaSel). */
  gaya: Map<string, Partial<ExcelJS.Style>>;
  error: unknown;
  timer: NodeJS.Timeout;
}

export interface BeginWorkbook {
  readonly suggestedName: string;
  readonly judul: string;
  readonly dibuat: number;
  readonly sheets: readonly LembarKabel[];
}

/**
 * Main's half of the streamed workbook (the Laporan Pusat at district size): the save dialog first, then
 * ExcelJS's streaming writer on `<chosen>.tmp` beside the chosen file, rows written and flushed as they arrive, and
 * at the end a flush and a rename, so a crash leaves the old file or the whole new one, as tulisAtomik does for the
 * other saves. Each text cell is neutralised here again (a leading apostrophe before = + - @ …), so even a page
 * that forgot it cannot write a formula; no cell is ever a formula. The renderer knows its workbook by an id only.
 */
export function createWorkbookStreams(dialog: SaveDialog, idleMs = IDLE_MS, antreanMaks = ANTREAN_MAKS) {
  const terbuka = new Map<string, Terbuka>();

  const ambil = (id: string): Terbuka => {
    const wb = terbuka.get(id);
    if (!wb) throw new IpcHandlerError('not-allowed', `No workbook is being written with id ${id}`);
    if (wb.error !== undefined) {
      void buang(id);
      throw new IpcHandlerError('io-failed', `Could not write ${wb.filePath}: ${reasonOf(wb.error)}`, { cause: wb.error });
    }
    wb.timer.refresh();
    return wb;
  };

  /** Ends the writer without finishing the file and deletes the temporary file; the chosen file is untouched. */
  async function buang(id: string): Promise<void> {
    const wb = terbuka.get(id);
    if (!wb) return;
    terbuka.delete(id);
    clearTimeout(wb.timer);
    await new Promise<void>((resolve) => {
      if (wb.stream.closed) return resolve();
      wb.stream.once('close', () => resolve());
      wb.stream.destroy();
    });
    await rm(wb.temp, { force: true }).catch(() => undefined);
  }

  /** Closes the current sheet: the rows are written already; the notes below the table, then its XML ends. */
  function tutupLembar(wb: Terbuka): void {
    if (!wb.ws) return;
    const l = wb.sheets[wb.current];
    if (l) for (const b of l.penutup) wb.ws.addRow(isiBaris(b)).commit();
    wb.ws.commit();
    wb.ws = null;
    wb.gaya.clear();
  }

  /** Opens sheet `index` (and every sheet before it not opened yet, so an empty sheet still has its header). */
  function bukaLembar(wb: Terbuka, index: number): ExcelJS.Worksheet {
    while (wb.current < index) {
      tutupLembar(wb);
      wb.current += 1;
      const l = wb.sheets[wb.current]!;
      const barisJudul = l.pembuka.length + 1;
      const ws = wb.writer.addWorksheet(l.nama, { views: [{ state: 'frozen', ySplit: barisJudul, xSplit: 0 }] });
      ws.columns = l.kolom.map((k) => ({ width: k.lebar, style: k.format ? { numFmt: FORMAT_SEL[k.format] } : {} }));
      ws.autoFilter = { from: { row: barisJudul, column: 1 }, to: { row: barisJudul, column: l.kolom.length } };
      l.pembuka.forEach((b, i) => {
        const row = ws.addRow(isiBaris(b));
        if (i === 0 || b.length > 1) row.getCell(1).font = { bold: true };
        b.forEach((sel, j) => {
          if (sel !== null && typeof sel === 'object') row.getCell(j + 1).numFmt = FORMAT_SEL.tanggal;
        });
        row.commit();
      });
      const judul = ws.addRow(l.kolom.map((k) => netralkanSel(k.judul)));
      judul.font = { bold: true };
      judul.alignment = { vertical: 'top', wrapText: true };
      judul.eachCell((cell) => {
        cell.border = { bottom: { style: 'thin' } };
      });
      judul.commit();
      wb.ws = ws;
    }
    return wb.ws!;
  }

  return {
    /** Open workbooks, for tests. */
    get jumlahTerbuka() {
      return terbuka.size;
    },

    async begin(request: BeginWorkbook, locale: Locale): Promise<BeginWorkbookOutcome> {
      if (terbuka.size >= MAX_OPEN) throw new IpcHandlerError('not-allowed', `At most ${MAX_OPEN} workbooks may be written at once`);
      const rule = ruleFor('workbook', 'save');
      const chosen = await dialog.showSaveDialog({ suggestedName: nameForKind(request.suggestedName, rule), filters: [filterFor(rule, locale)] });
      if (chosen === undefined || chosen === '') return { started: false };
      const filePath = nameForKind(chosen, rule);
      if (filePath !== chosen && existsSync(filePath) && !(await dialog.confirmOverwrite(filePath))) return { started: false };
      const temp = `${filePath}.tmp`;
      const id = randomUUID();
      let stream: WriteStream;
      try {
        stream = createWriteStream(temp);
        await new Promise<void>((resolve, reject) => {
          stream.once('open', () => resolve());
          stream.once('error', reject);
        });
      } catch (error) {
        throw new IpcHandlerError('io-failed', `Could not write ${filePath}: ${reasonOf(error)}`, { cause: error });
      }
      const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false, zip: { zlib: { level: ZLIB_LEVEL } } });
      writer.creator = 'KopLindung';
      writer.lastModifiedBy = 'KopLindung';
      writer.title = request.judul;
      writer.created = new Date(request.dibuat);
      writer.modified = new Date(request.dibuat);
      const wb: Terbuka = {
        writer,
        stream,
        temp,
        filePath,
        sheets: request.sheets,
        current: -1,
        ws: null,
        gaya: new Map(),
        error: undefined,
        timer: setTimeout(() => void buang(id), idleMs).unref(),
      };
      stream.on('error', (error) => {
        wb.error ??= error;
      });
      // ExcelJS listens to archiver's errors only once the workbook is finished; before that one would crash main.
      (writer as unknown as { zip: EventEmitter }).zip.on('error', (error: unknown) => {
        wb.error ??= error;
      });
      terbuka.set(id, wb);
      return { started: true, id };
    },

    /**
     * Rows for a sheet, in order; a sheet before the current one is closed already and refused. Answers once the
     * zip has caught up to within `antreanMaks` bytes of XML, so the page's next chunk waits for a slow zip or disk
     * instead of queueing in main (the page awaits each append).
     */
    async append(request: {
      readonly id: string;
      readonly sheet: number;
      readonly rows: readonly BarisKabel[];
      readonly tebal?: boolean | undefined;
    }): Promise<void> {
      const wb = ambil(request.id);
      if (request.sheet >= wb.sheets.length) throw new IpcHandlerError('invalid-argument', `The workbook has ${wb.sheets.length} sheets`);
      if (request.sheet < wb.current) throw new IpcHandlerError('invalid-argument', `Sheet ${request.sheet} is finished; sheets are written in order`);
      const ws = bukaLembar(wb, request.sheet);
      const tebal = request.tebal === true;
      for (const b of request.rows) {
        const row = ws.addRow(isiBaris(b));
        if (tebal) row.font = { bold: true };
        row.eachCell((cell, kolom) => {
          cell.style = gayaSel(wb, kolom, cell.type, tebal);
        });
        row.commit();
      }
      await tungguZip(wb, ws, antreanMaks);
    },

    /** Bytes of the current sheet's XML not yet taken by the zip, for tests. */
    antreanZip(id: string): number {
      const wb = terbuka.get(id);
      return wb?.ws ? antreanZip(wb.ws) : 0;
    },

    /** The remaining sheets (empty ones get their header), the workbook's end, a flush and the rename. */
    async finish(id: string): Promise<SaveTextOutcome> {
      const wb = ambil(id);
      try {
        bukaLembar(wb, wb.sheets.length - 1);
        tutupLembar(wb);
        await wb.writer.commit();
        if (wb.error !== undefined) throw wb.error;
        const handle = await open(wb.temp, 'r+');
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(wb.temp, wb.filePath);
      } catch (error) {
        await buang(id);
        throw new IpcHandlerError('io-failed', `Could not write ${wb.filePath}: ${reasonOf(error)}`, { cause: error });
      }
      terbuka.delete(id);
      clearTimeout(wb.timer);
      await syncFolder(dirname(wb.filePath));
      return { saved: true, filePath: wb.filePath };
    },

    /** Deletes what was written; an id already finished or unknown is refused. */
    async abort(id: string): Promise<void> {
      if (!terbuka.has(id)) throw new IpcHandlerError('not-allowed', `No workbook is being written with id ${id}`);
      await buang(id);
    },
  };
}

export type WorkbookStreams = ReturnType<typeof createWorkbookStreams>;

/**
 * One style object per column, kind of value and boldness, shared by every cell of the sheet like it. ExcelJS gives
 * each new cell a style object of its own and, finding it in no cache, renders its XML to look up its id: a fifth of
 * main's time on the Peserta sheet. A shared object is found in its WeakMap at once. The kind matters only in a
 * column without a format, where ExcelJS picks one by value (General for numbers, a date format for dates).
 */
function gayaSel(wb: Terbuka, kolom: number, jenis: ExcelJS.ValueType, tebal: boolean): Partial<ExcelJS.Style> {
  const key = `${kolom}:${jenis}:${tebal ? 1 : 0}`;
  let gaya = wb.gaya.get(key);
  if (!gaya) {
    const format = wb.sheets[wb.current]?.kolom[kolom - 1]?.format;
    gaya = { ...(format ? { numFmt: FORMAT_SEL[format] } : {}), ...(tebal ? { font: { bold: true } } : {}) };
    wb.gaya.set(key, gaya);
  }
  return gaya;
}

/**
 * Bytes of the sheet's XML passed on but not yet taken by zlib: StreamBuf's buffers but its last (which it keeps
 * until the next write fills it), and what waits in archiver's pipe.
 */
function antreanZip(ws: ExcelJS.Worksheet): number {
  const { buffers, pipes } = (ws as unknown as LembarMentah).stream;
  const pipa = pipes[0];
  return buffers.slice(0, -1).reduce((n, b) => n + b.length, 0) + (pipa?._writableState?.length ?? 0) + (pipa?._readableState?.length ?? 0);
}

/**
 * Waits until no more than `maks` bytes of the sheet's XML wait for the zip, for archiver's pipe (wrapped around the
 * sheet as soon as ExcelJS adds it) to drain; it drains to empty, and below its 16 KB mark it takes writes without
 * asking for a drain, so the wait always ends. A broken zip or file stream ends it too; the next call reports it.
 */
async function tungguZip(wb: Terbuka, ws: ExcelJS.Worksheet, maks: number): Promise<void> {
  const pipa = (ws as unknown as LembarMentah).stream.pipes[0];
  while (pipa?._writableState?.needDrain && antreanZip(ws) > maks && wb.error === undefined && !wb.stream.destroyed) {
    await once(pipa, 'drain', { signal: AbortSignal.timeout(1000) }).catch(() => undefined);
  }
}

/** Cells as ExcelJS takes them: text neutralised, dates as Dates, empty text as a missing cell. */
function isiBaris(baris: BarisKabel): (string | number | Date | null)[] {
  return baris.map((sel: SelKabel) => {
    if (sel === null || typeof sel === 'number') return sel;
    if (typeof sel === 'string') return sel === '' ? null : netralkanSel(sel);
    return new Date(sel.tanggal);
  });
}

/** The rename survives a power cut where the OS can flush a folder (not Windows, where NTFS journals it). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a folder for flushing.
  }
}
