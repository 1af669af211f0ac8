import { randomUUID } from 'node:crypto';
import { basename, extname, join } from 'node:path';
import type { IpcHandlers, OpenFileOutcome } from '../../../shared/ipc/contract';
import type { AppInfo } from '../../../shared/settings/settings';
import { createFolderCadangan } from '../cadangan/folder-cadangan';
import { kunciCadangan, type PelindungKunci } from '../cadangan/kunci-cadangan';
import { statusBasisDataFile } from '../cadangan/status-basis-data-file';
import { IpcHandlerError } from '../ipc/handler-error';
import { createPrintHandlers } from '../print/print-handlers';
import { isAllowedExternalUrl } from '../security/navigation-policy';
import { readSettings } from '../settings/read-settings';
import type { SettingsStore } from '../settings/settings-store';
import { reasonOf } from './file-names';
import { filterFor, ruleFor } from '../files/file-kind-policy';
import { saveWithDialog } from '../files/save-with-dialog';
import { createWorkbookStreams } from '../files/workbook-stream';
import { gabungLog } from '../log/gabung-log';
import type { SupportLog } from '../log/support-log';
import type { IpcCaller } from './ipc-caller';
import type { FileUpTo } from './read-file-up-to';

/** What a save dialog is asked; the Electron adapter picks the folder, the harness answers from a script. */
export interface SaveDialogRequest {
  readonly suggestedName: string;
  readonly filters: ReadonlyArray<{ readonly name: string; readonly extensions: readonly string[] }>;
}

/** Asks the user where to save; resolves to the chosen path, or undefined when they cancel. */
export interface SaveDialog {
  showSaveDialog(request: SaveDialogRequest): Promise<string | undefined>;
  /**
   * Asks before replacing `filePath`, which the save dialog could not warn about: the officer typed a name without
   * the extension, main added it, and that file exists. Resolves true to replace it.
   */
  confirmOverwrite(filePath: string): Promise<boolean>;
}

/** What an open dialog is asked: the kinds of file to offer. */
export interface OpenDialogRequest {
  readonly filters: ReadonlyArray<{ readonly name: string; readonly extensions: readonly string[] }>;
}

/** Asks the user for one existing file; resolves to its path, or undefined when they cancel. */
export interface OpenDialog {
  showOpenDialog(request: OpenDialogRequest): Promise<string | undefined>;
}

/** Opens a URL in the system browser; only ever called with an allow-listed URL. */
export interface ExternalShell {
  openExternal(url: string): Promise<void>;
}

/** Everything the handlers touch outside their own code, passed in so the harness can script or record each. */
export interface HandlerDeps {
  readonly settings: SettingsStore;
  readonly appInfo: Omit<AppInfo, 'deviceId' | 'pengaturanDipulihkan'>;
  /** Electron's userData (the harness's stand-in): backups go to `cadangan/`, the database's state beside settings. */
  readonly userDataDir: string;
  /** Seals the backup key at rest: safeStorage in Electron, plain text in the harness. */
  readonly pelindungKunci: PelindungKunci;
  readonly dialog: SaveDialog;
  readonly openDialog: OpenDialog;
  readonly shell: ExternalShell;
  /**
   * Writes bytes as given; the handlers decide the encoding (UTF-8) so every caller writes the same file. The app
   * and the harness pass `tulisAtomik`: temporary file, flush, rename, so a crash never leaves half a file.
   */
  readonly writeFile: (filePath: string, content: Uint8Array) => Promise<void>;
  /** Reads a whole file unless it is larger than `maxBytes` (then `bytes` is null); `readFileUpTo` in both apps. */
  readonly readFile: (filePath: string, maxBytes: number) => Promise<FileUpTo>;
  /** The support logs (`<userData>/logs`): renderer errors arrive through `log.write`, main's from its own handlers. */
  readonly log: SupportLog;
  /** The user's home folder, masked as `~` in the gathered logs (it names the user). */
  readonly rumah?: string;
  /** Defaults to crypto.randomUUID; tests pass a fixed one. */
  readonly newDeviceId?: () => string;
}

const BOM = '\uFEFF';

/**
 * The main-process side of the IPC contract. Typed as `IpcHandlers`, so a channel without a handler does not
 * compile; arguments arrive already validated by the dispatcher. The Electron app and the e2e harness both call
 * this with their own dependencies.
 */
export function createHandlers(deps: HandlerDeps): IpcHandlers<IpcCaller> {
  const newDeviceId = deps.newDeviceId ?? randomUUID;
  const settings = () => readSettings(deps.settings, newDeviceId);
  const cadangan = createFolderCadangan(join(deps.userDataDir, 'cadangan'));
  const kunci = kunciCadangan(join(deps.userDataDir, 'cadangan', deps.pelindungKunci.berkas), deps.pelindungKunci);
  const status = statusBasisDataFile(join(deps.userDataDir, 'status-basis-data.json'));
  const workbooks = createWorkbookStreams(deps.dialog);
  const io = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw new IpcHandlerError('io-failed', `${what}: ${reasonOf(error)}`, { cause: error });
    }
  };

  return {
    app: {
      getInfo: () => ({ ...deps.appInfo, deviceId: settings().deviceId, pengaturanDipulihkan: deps.settings.dipulihkan }),
    },
    settings: {
      get: settings,
      saveOfficeProfile: (profile) => {
        deps.settings.set('officeProfile', profile);
        return settings();
      },
      saveTarifIuran: (rows) => {
        deps.settings.set('tarifIuran', rows);
        return settings();
      },
      setLocale: (locale) => {
        deps.settings.set('locale', locale);
        return settings();
      },
      saveDokumen: (dokumen) => {
        deps.settings.set('dokumen', dokumen);
        return settings();
      },
      setPetugasAktif: (nama) => {
        deps.settings.set('petugasAktif', nama);
        return settings();
      },
      setRetensiTerhapus: (hari) => {
        deps.settings.set('retensiTerhapusHari', hari);
        return settings();
      },
      setIzinkanImporTanpaEnkripsi: (izinkan) => {
        deps.settings.set('izinkanImporTanpaEnkripsi', izinkan);
        return settings();
      },
      repairDeviceId: (deviceId) => {
        deps.settings.set('deviceId', deviceId);
        return settings();
      },
    },
    database: {
      getState: () => status.get(),
      saveState: (state) => io('Could not record the database state', () => status.save(state)),
    },
    cadangan: {
      getKey: () => io('Could not read the backup key', kunci),
      list: () => io('Could not list the backups', () => cadangan.list()),
      save: (request) => io('Could not write the backup', () => cadangan.save(request)),
      read: (berkas) => io(`Could not read ${berkas}`, () => cadangan.read(berkas)),
      getSpace: () => io('Could not read the free space', () => cadangan.ruang()),
    },
    shell: {
      openExternal: async (url) => {
        if (!isAllowedExternalUrl(url)) throw new IpcHandlerError('not-allowed', `Not on the allow-list: ${url}`);
        await deps.shell.openExternal(url);
      },
    },
    files: {
      saveText: (request) => saveWithDialog(deps, settings().locale, request, (filePath) => Buffer.from(textForFile(filePath, request.content), 'utf8')),
      saveBytes: (request) => saveWithDialog(deps, settings().locale, request, () => request.bytes),
      beginWorkbook: (request) => workbooks.begin(request, settings().locale),
      appendRows: (request) => workbooks.append(request),
      finishWorkbook: ({ id }) => workbooks.finish(id),
      abortWorkbook: ({ id }) => workbooks.abort(id),
      openFile: async (request): Promise<OpenFileOutcome> => {
        const rule = ruleFor(request.kind, 'open');
        const chosen = await deps.openDialog.showOpenDialog({ filters: [filterFor(rule, settings().locale)] });
        if (chosen === undefined || chosen === '') return { opened: false };
        // The dialog's filter is advice on some desktops ("All files"): the kind decides what may be read.
        if (!rule.extensions.includes(extname(chosen).slice(1).toLowerCase())) {
          throw new IpcHandlerError('not-allowed', `${basename(chosen)} is not a file of kind ${request.kind}`);
        }
        let file: FileUpTo;
        try {
          file = await deps.readFile(chosen, request.maxBytes);
        } catch (error) {
          throw new IpcHandlerError('io-failed', `Could not read ${chosen}: ${reasonOf(error)}`, { cause: error });
        }
        if (file.bytes === null) {
          throw new IpcHandlerError('too-large', `${chosen} has ${file.size} bytes, more than the ${request.maxBytes} allowed`);
        }
        return { opened: true, fileName: basename(chosen), size: file.size, bytes: file.bytes };
      },
    },
    print: createPrintHandlers({ ...deps, locale: () => settings().locale }),
    log: {
      write: (entry) => {
        deps.log.write('renderer', entry.level, `[${entry.scope}] ${entry.message}${entry.stack ? `\n${entry.stack}` : ''}`);
      },
      saveForSupport: () => {
        const now = new Date();
        return saveWithDialog(deps, settings().locale, { kind: 'support-log', suggestedName: `log-koplindung-${now.toISOString().slice(0, 10)}` }, async () =>
          Buffer.from(await gabungLog(deps.log.files(), deps.appInfo, now, deps.rumah), 'utf8'),
        );
      },
    },
  };
}

/**
 * Excel reads a CSV in the Windows code page unless it starts with a UTF-8 byte-order mark, which garbles any
 * non-ASCII text (accented names, dashes, curly quotes typed into addresses); other text files are left as they are.
 */
function textForFile(filePath: string, content: string): string {
  if (extname(filePath).toLowerCase() !== '.csv' || content.startsWith(BOM)) return content;
  return BOM + content;
}
