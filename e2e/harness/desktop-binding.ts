import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { buildSync } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import { pelindungPolos } from '../../electron/main/cadangan/kunci-cadangan';
import { tulisAtomik } from '../../electron/main/cadangan/tulis-atomik';
import { createHandlers } from '../../electron/main/handlers/create-handlers';
import { readFileUpTo } from '../../electron/main/handlers/read-file-up-to';
import { createDispatcher } from '../../electron/main/ipc/dispatch';
import { createFileSupportLog, describeError } from '../../electron/main/log/file-support-log';
import type { PrintableWindow } from '../../electron/main/print/printable-window';
import { createConfSettingsStore } from '../../electron/main/settings/settings-store';
import { bytesFromWire, bytesToWire, type BytesCodec } from './wire-bytes';

const root = join(import.meta.dirname, '..', '..');
const BINDING = '__koplindungInvoke';

/** What the scripted "OS" around the harness did, for tests to assert on. */
export interface HarnessRecord {
  /**
   * Answers the save dialog gives, in order; `undefined` means the user cancelled. Empty: save into userData/saved.
   * A function is called for its answer: one that never resolves leaves the dialog open (to crash meanwhile).
   */
  readonly dialogAnswers: (string | undefined | (() => Promise<string | undefined>))[];
  readonly dialogRequests: { suggestedName: string }[];
  /** Answers to "replace the existing file?" in order (true: replace); empty: replace. Each question is recorded. */
  readonly overwriteAnswers: boolean[];
  readonly overwriteRequests: string[];
  /** Answers the open dialog gives, in order: a path to open, or `undefined` for a cancel. Empty: the user cancels. */
  readonly openAnswers: (string | undefined)[];
  /** Every open dialog shown, with the file types it offered. */
  readonly openRequests: { extensions: string[] }[];
  readonly openedUrls: string[];
  /**
   * Every "Cetak" sent to the system print dialog, in order: the page it came from. The harness has no printer;
   * what would have been printed is written to `<userData>/printed/<n>.pdf` (n from 1) instead.
   */
  readonly printed: { url: string }[];
}

/**
 * Binds `window.desktop` in every page of a browser context to the real main-process handlers: the same
 * `createHandlers` and dispatcher the Electron app registers, with a temp user-data folder, the same settings
 * library (conf, which electron-store wraps), scripted dialogs and a recording shell. The page-side facade is
 * shared/ipc/build-facade.ts bundled as-is, the code the preload runs, behind a wrapper that carries bytes as
 * base64 (wire-bytes.ts); the handlers see Uint8Arrays, as in Electron.
 */
export async function bindDesktop(context: BrowserContext, opts: { userDataDir: string; origin: string; version?: string }): Promise<HarnessRecord> {
  const record: HarnessRecord = {
    dialogAnswers: [],
    dialogRequests: [],
    overwriteAnswers: [],
    overwriteRequests: [],
    openAnswers: [],
    openRequests: [],
    openedUrls: [],
    printed: [],
  };
  // The same support logs as the app's, in <userData>/logs of the harness.
  const log = createFileSupportLog({ dir: join(opts.userDataDir, 'logs') });
  const handlers = createHandlers({
    settings: createConfSettingsStore(opts.userDataDir),
    appInfo: { name: 'KopLindung', version: opts.version ?? appVersion(), shell: 'harness' },
    userDataDir: opts.userDataDir,
    // No safeStorage outside Electron: the harness keeps the backup key as a plain file key (kunci-harness.txt).
    pelindungKunci: pelindungPolos,
    dialog: {
      showSaveDialog: async ({ suggestedName }) => {
        record.dialogRequests.push({ suggestedName });
        if (record.dialogAnswers.length > 0) {
          const answer = record.dialogAnswers.shift();
          return typeof answer === 'function' ? answer() : answer;
        }
        // A real dialog only offers folders that exist; main's streamed workbook writes there directly.
        await mkdir(join(opts.userDataDir, 'saved'), { recursive: true });
        return join(opts.userDataDir, 'saved', suggestedName);
      },
      confirmOverwrite: async (filePath) => {
        record.overwriteRequests.push(filePath);
        return record.overwriteAnswers.shift() ?? true;
      },
    },
    openDialog: {
      showOpenDialog: async ({ filters }) => {
        record.openRequests.push({ extensions: filters.flatMap((f) => [...f.extensions]) });
        return record.openAnswers.shift();
      },
    },
    shell: { openExternal: async (url) => void record.openedUrls.push(url) },
    writeFile: async (filePath, content) => {
      await mkdir(dirname(filePath), { recursive: true });
      await tulisAtomik(filePath, content);
    },
    readFile: readFileUpTo,
    log,
  });
  const dispatch = createDispatcher(
    handlers,
    (url) => url !== undefined && new URL(url).origin === opts.origin,
    (channel, error) => log.write('main', 'error', `[ipc] ${channel} ${describeError(error)}`),
  );
  await context.exposeBinding(BINDING, async (source, channel: string, args: unknown) => {
    const outcome = await dispatch(channel, bytesFromWire(args, nodeBytesCodec), {
      url: source.frame.url(),
      window: printablePage(source.page, record, opts.userDataDir),
    });
    return bytesToWire(outcome, nodeBytesCodec);
  });
  await context.addInitScript({ content: facadeScript() });
  return record;
}

/**
 * The calling page as Electron's webContents would print it, through Chromium's own PDF printing (`page.pdf`,
 * the same engine as `webContents.printToPDF`; headless only): A4, backgrounds, the CSS page size. A print goes
 * to the record and a PDF file, as if the officer pressed "Cetak" in the system dialog.
 */
function printablePage(page: Page, record: HarnessRecord, userDataDir: string): PrintableWindow {
  const pdf = (landscape: boolean) => page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, landscape });
  return {
    print: async ({ landscape }) => {
      record.printed.push({ url: page.url() });
      const file = join(userDataDir, 'printed', `${record.printed.length}.pdf`);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, await pdf(landscape));
      return { printed: true };
    },
    printToPdf: ({ landscape }) => pdf(landscape),
  };
}

/** Node's side of wire-bytes.ts: Buffer's own base64, much faster than btoa on a binary string. */
const nodeBytesCodec: BytesCodec = {
  encode: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  decode: (base64) => Buffer.from(base64, 'base64'),
};

let cachedScript: string | undefined;
function facadeScript(): string {
  cachedScript ??= buildSync({
    stdin: {
      contents: `import { buildFacade } from './shared/ipc/build-facade';
        import { bytesFromWire, bytesToWire, pageBytesCodec } from './e2e/harness/wire-bytes';
        const invoke = window.${BINDING};
        const call = async (channel, args) => bytesFromWire(await invoke(channel, bytesToWire(args, pageBytesCodec)), pageBytesCodec);
        Object.defineProperty(window, 'desktop', { value: buildFacade(call), enumerable: true });`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
  }).outputFiles[0]!.text;
  return cachedScript;
}

function appVersion(): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}
