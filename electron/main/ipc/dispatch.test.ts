import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ipcChannels, listChannels } from '../../../shared/ipc/channels';
import type { IpcHandlers } from '../../../shared/ipc/contract';
import { tarifIuranBawaan } from '../../../shared/kepesertaan/tarif-iuran';
import type { OfficeProfile } from '../../../shared/settings/settings';
import { createFileSupportLog } from '../log/file-support-log';
import { createHandlers } from '../handlers/create-handlers';
import { fakeCaller, fakeWindow } from '../test-support/fake-caller';
import type { IpcCaller } from '../handlers/ipc-caller';
import { isAppUrl } from '../security/navigation-policy';
import { createConfSettingsStore } from '../settings/settings-store';
import { createDispatcher } from './dispatch';
import { IpcHandlerError } from './handler-error';
import { pelindungPolos } from '../cadangan/kunci-cadangan';

const APP = fakeCaller('app://koplindung/index.html#/pengaturan');

const profile: OfficeProfile = {
  provinsiKode: '33',
  provinsiNama: 'Jawa Tengah',
  kabupatenKode: '33.74',
  kabupatenNama: 'Kota Semarang',
  namaKantor: 'Dinas Koperasi dan UMKM Kota Semarang',
  alamat: ['Jl. Pemuda No. 148', 'Semarang'],
  telepon: '024-3513366',
  email: 'dinkop@semarangkota.go.id',
  laman: '',
  petugas: ['Sri Wahyuni'],
};

let dir: string;
let opened: string[];
let handlers: IpcHandlers<IpcCaller>;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'koplindung-dispatch-'));
  opened = [];
  handlers = createHandlers({
    settings: createConfSettingsStore(dir),
    userDataDir: dir,
    pelindungKunci: pelindungPolos,
    appInfo: { name: 'KopLindung', version: '0.1.0', shell: 'harness' },
    dialog: { showSaveDialog: async () => undefined, confirmOverwrite: async () => false },
    openDialog: { showOpenDialog: async () => undefined },
    shell: { openExternal: async (url) => void opened.push(url) },
    writeFile: async () => {},
    readFile: async () => ({ size: 0, bytes: new Uint8Array() }),
    log: createFileSupportLog({ dir: join(dir, 'logs') }),
    newDeviceId: () => 'device-1',
  });
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createDispatcher with the real handlers', () => {
  it('routes every channel of the contract', async () => {
    const dispatch = createDispatcher(handlers, isAppUrl);
    const outcome = await dispatch(ipcChannels.app.getInfo, [], APP);
    expect(outcome).toEqual({
      ok: true,
      value: { name: 'KopLindung', version: '0.1.0', shell: 'harness', deviceId: 'device-1', pengaturanDipulihkan: null },
    });
    for (const [, , channel] of listChannels()) {
      const result = await dispatch(channel, [], APP);
      if (!result.ok) expect(result.error.message).not.toMatch(/Unknown channel/);
    }
  });

  it('passes validated arguments to the handler', async () => {
    const dispatch = createDispatcher(handlers, isAppUrl);
    const saved = await dispatch(ipcChannels.settings.saveOfficeProfile, [profile], APP);
    expect(saved).toMatchObject({ ok: true, value: { officeProfile: profile } });
  });

  it('hands the schema output to the handler (trimmed strings), not the raw input', async () => {
    const dispatch = createDispatcher(handlers, isAppUrl);
    const saved = await dispatch(ipcChannels.settings.saveOfficeProfile, [{ ...profile, namaKantor: '  Dinkop  ' }], APP);
    expect(saved).toMatchObject({ ok: true, value: { officeProfile: { namaKantor: 'Dinkop' } } });
  });

  it('refuses a sender outside the app before looking at anything else', async () => {
    const dispatch = createDispatcher(handlers, isAppUrl);
    for (const sender of [undefined, 'https://example.com/', 'file:///tmp/x.html', 'app://other/index.html']) {
      const result = await dispatch(ipcChannels.settings.setLocale, ['en'], fakeCaller(sender));
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-origin' } });
    }
    expect(await dispatch(ipcChannels.settings.get, [], APP)).toMatchObject({ ok: true, value: { locale: 'id' } });
  });

  it('refuses an unknown channel', async () => {
    const dispatch = createDispatcher(handlers, isAppUrl);
    for (const channel of ['app:nope', '', 'constructor', '__proto__', 'settings:get ']) {
      expect(await dispatch(channel, [], APP)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
  });

  it('refuses arguments that do not match the contract', async () => {
    const dispatch = createDispatcher(handlers, isAppUrl);
    const cases: Array<[string, unknown]> = [
      [ipcChannels.settings.setLocale, ['fr']],
      [ipcChannels.settings.setLocale, []],
      [ipcChannels.settings.setLocale, ['en', 'extra']],
      [ipcChannels.settings.setLocale, 'en'],
      [ipcChannels.settings.setLocale, undefined],
      [ipcChannels.settings.get, [1]],
      [ipcChannels.settings.saveOfficeProfile, [{ ...profile, kabupatenKode: '34.01' }]],
      [ipcChannels.shell.openExternal, ['x'.repeat(2049)]],
      [ipcChannels.files.saveText, [{ kind: 'csv', suggestedName: '../etc/passwd', content: '' }]],
      // Kinds only from the contract's list; extensions and filters are main's, never the renderer's.
      [ipcChannels.files.saveText, [{ kind: 'workbook', suggestedName: 'a', content: '' }]],
      [ipcChannels.files.saveText, [{ kind: 'csv', suggestedName: 'a', content: '', extensions: ['exe'] }]],
      [ipcChannels.files.saveBytes, [{ kind: 'executable', suggestedName: 'a', bytes: new Uint8Array(2) }]],
      [ipcChannels.files.saveBytes, [{ suggestedName: 'a.xlsx', bytes: new Uint8Array(2) }]],
      [ipcChannels.files.saveBytes, [{ kind: 'workbook', suggestedName: 'a', bytes: new Uint8Array(2), filterName: 'Program', extensions: ['bat'] }]],
      [ipcChannels.files.saveBytes, [{ kind: 'workbook', suggestedName: 'a.xlsx', bytes: [80, 75] }]],
      [ipcChannels.files.saveBytes, [{ kind: 'workbook', suggestedName: 'a.xlsx', bytes: 'UEs=' }]],
      [ipcChannels.files.saveBytes, [{ kind: 'workbook', suggestedName: 'a/b.xlsx', bytes: new Uint8Array(2) }]],
      [ipcChannels.files.openFile, [{ kind: 'bundle', maxBytes: 2 * 1024 * 1024 * 1024 }]],
      [ipcChannels.files.openFile, [{ kind: '../x', maxBytes: 10 }]],
      [ipcChannels.files.openFile, [{ kind: 'bundle' }]],
      [ipcChannels.print.savePdf, [{ suggestedName: 'a', extensions: ['exe'] }]],
    ];
    for (const [channel, args] of cases) {
      const result = await dispatch(channel, args, APP);
      expect(result, `${channel} ${JSON.stringify(args)?.slice(0, 80)}`).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(await dispatch(ipcChannels.settings.get, [], APP)).toMatchObject({ ok: true, value: { locale: 'id', officeProfile: null } });
  });

  it('names the failing field in the message, for the developer', async () => {
    const dispatch = createDispatcher(handlers, isAppUrl);
    const result = await dispatch(ipcChannels.settings.saveOfficeProfile, [{ ...profile, provinsiKode: 'x' }], APP);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('0.provinsiKode');
  });

  it('refuses a rate table with a negative percentage or overlapping periods, and keeps the stored one', async () => {
    const dispatch = createDispatcher(handlers, isAppUrl);
    const row = tarifIuranBawaan[0]!;
    const negative = [{ ...row, pu: { ...row.pu, jkmPersen: -0.3 } }];
    const overlapping = [row, { ...row, id: 'b', berlakuMulai: '2025-06-01' }];
    for (const rows of [negative, overlapping, []]) {
      const result = await dispatch(ipcChannels.settings.saveTarifIuran, [rows], APP);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(await dispatch(ipcChannels.settings.get, [], APP)).toMatchObject({ ok: true, value: { tarifIuran: tarifIuranBawaan } });
  });

  it("returns a handler's typed error as data", async () => {
    const dispatch = createDispatcher(handlers, isAppUrl);
    const result = await dispatch(ipcChannels.shell.openExternal, ['https://example.com/'], APP);
    expect(result).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(opened).toEqual([]);
  });
});

describe('createDispatcher with throwing handlers', () => {
  const throwing = (error: unknown): IpcHandlers<IpcCaller> => ({
    ...handlers,
    settings: {
      ...handlers.settings,
      get: () => {
        throw error;
      },
    },
  });

  it('turns a thrown Error into internal, and reports it', async () => {
    const seen: unknown[] = [];
    const dispatch = createDispatcher(throwing(new Error('boom')), isAppUrl, (_channel, error) => seen.push(error));
    const result = await dispatch(ipcChannels.settings.get, [], APP);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'settings:get: boom' } });
    expect(seen).toHaveLength(1);
  });

  it('turns a file-system error into io-failed', async () => {
    const enospc = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC', syscall: 'write' });
    const dispatch = createDispatcher(throwing(enospc), isAppUrl);
    expect(await dispatch(ipcChannels.settings.get, [], APP)).toMatchObject({ ok: false, error: { code: 'io-failed' } });
  });

  it('keeps the code of an IpcHandlerError', async () => {
    const dispatch = createDispatcher(throwing(new IpcHandlerError('not-allowed', 'nope')), isAppUrl);
    expect(await dispatch(ipcChannels.settings.get, [], APP)).toEqual({ ok: false, error: { code: 'not-allowed', message: 'nope' } });
  });

  it('survives a thrown non-Error', async () => {
    const dispatch = createDispatcher(throwing('just a string'), isAppUrl);
    expect(await dispatch(ipcChannels.settings.get, [], APP)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('turns a rejected promise into a failure too', async () => {
    const rejecting: IpcHandlers<IpcCaller> = { ...handlers, app: { getInfo: () => Promise.reject(new Error('later')) } };
    const dispatch = createDispatcher(rejecting, isAppUrl);
    expect(await dispatch(ipcChannels.app.getInfo, [], APP)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('refuses to build without a handler for every channel', () => {
    const missing = { ...handlers, files: {} } as unknown as IpcHandlers<IpcCaller>;
    expect(() => createDispatcher(missing, isAppUrl)).toThrow(/files\.saveText/);
  });
});

describe('createDispatcher and the caller', () => {
  it('hands the caller to the handler after the validated arguments', async () => {
    const seen: unknown[][] = [];
    const recording: IpcHandlers<IpcCaller> = {
      ...handlers,
      settings: {
        ...handlers.settings,
        setLocale: (...args) => {
          seen.push(args);
          return handlers.settings.setLocale(...args);
        },
      },
    };
    const caller = fakeCaller('app://koplindung/index.html#/pengaturan');
    await createDispatcher(recording, isAppUrl)(ipcChannels.settings.setLocale, ['en'], caller);
    expect(seen).toEqual([['en', caller]]);
  });

  it('prints the calling window, and only for a caller from the app', async () => {
    const window = fakeWindow();
    const dispatch = createDispatcher(handlers, isAppUrl);
    expect(await dispatch(ipcChannels.print.printDocument, [{}], fakeCaller('https://example.com/', window))).toMatchObject({
      ok: false,
      error: { code: 'forbidden-origin' },
    });
    expect(window.prints).toEqual([]);
    expect(await dispatch(ipcChannels.print.printDocument, [{ landscape: true }], fakeCaller(APP.url, window))).toEqual({ ok: true, value: { printed: true } });
    expect(window.prints).toEqual([{ landscape: true }]);
  });

  it('refuses print requests that do not match the contract', async () => {
    const dispatch = createDispatcher(handlers, isAppUrl);
    for (const [channel, args] of [
      [ipcChannels.print.printDocument, []],
      [ipcChannels.print.printDocument, [{ landscape: 'yes' }]],
      [ipcChannels.print.savePdf, [{ suggestedName: 'C:\\Windows\\x.pdf' }]],
      [ipcChannels.print.savePdf, [{ suggestedName: '' }]],
      [ipcChannels.settings.setPetugasAktif, ['x'.repeat(121)]],
      [
        ipcChannels.settings.saveDokumen,
        [{ kopSurat: { logo: 'javascript:alert(1)', baris: ['X'] }, penandatangan: { nama: '', jabatan: '', pangkat: '', nip: '' }, tempatTandaTangan: '' }],
      ],
    ] as const) {
      expect(await dispatch(channel, args, APP), `${channel} ${JSON.stringify(args)}`).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
  });
});
