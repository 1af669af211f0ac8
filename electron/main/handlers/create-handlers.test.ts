import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tambahPeriodeTarif, tarifIuranBawaan } from '../../../shared/kepesertaan/tarif-iuran';
import type { OfficeProfile } from '../../../shared/settings/settings';
import { IpcHandlerError } from '../ipc/handler-error';
import { createConfSettingsStore } from '../settings/settings-store';
import { createHandlers, type HandlerDeps, type OpenDialogRequest, type SaveDialogRequest } from './create-handlers';
import { APP_PAGE_URL, fakeCaller, fakeWindow } from '../test-support/fake-caller';
import { readFileUpTo } from './read-file-up-to';
import { createFileSupportLog } from '../log/file-support-log';
import { pelindungPolos } from '../cadangan/kunci-cadangan';

const profile: OfficeProfile = {
  provinsiKode: '35',
  provinsiNama: 'Jawa Timur',
  kabupatenKode: '35.07',
  kabupatenNama: 'Kabupaten Malang',
  namaKantor: 'Dinas Koperasi dan Usaha Mikro Kabupaten Malang',
  alamat: ['Jl. Raya Mojosari No. 1', 'Kepanjen'],
  telepon: '',
  email: '',
  laman: '',
  petugas: ['Bambang Setiawan', 'Dewi Lestari'],
};

const caller = fakeCaller(APP_PAGE_URL);
let dir: string;
let opened: string[];
let dialogAsked: SaveDialogRequest[];
let dialogAnswer: string | undefined;
let overwriteAsked: string[];
let overwriteAnswer: boolean;
let openAsked: OpenDialogRequest[];
let openAnswer: string | undefined;

function deps(overrides: Partial<HandlerDeps> = {}): HandlerDeps {
  return {
    settings: createConfSettingsStore(join(dir, 'userData')),
    userDataDir: join(dir, 'userData'),
    pelindungKunci: pelindungPolos,
    appInfo: { name: 'KopLindung', version: '1.2.3', shell: 'harness' },
    dialog: {
      showSaveDialog: async (request) => {
        dialogAsked.push(request);
        return dialogAnswer;
      },
      confirmOverwrite: async (filePath) => {
        overwriteAsked.push(filePath);
        return overwriteAnswer;
      },
    },
    openDialog: {
      showOpenDialog: async (request) => {
        openAsked.push(request);
        return openAnswer;
      },
    },
    shell: { openExternal: async (url) => void opened.push(url) },
    writeFile: (filePath, content) => writeFile(filePath, content),
    readFile: readFileUpTo,
    log: createFileSupportLog({ dir: join(dir, 'userData', 'logs') }),
    rumah: '/home/siti.aminah',
    ...overrides,
  };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'koplindung-handlers-'));
  opened = [];
  dialogAsked = [];
  dialogAnswer = undefined;
  overwriteAsked = [];
  overwriteAnswer = true;
  openAsked = [];
  openAnswer = undefined;
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('settings', () => {
  it('starts in Bahasa Indonesia with no office profile', async () => {
    const settings = await createHandlers(deps()).settings.get(caller);
    expect(settings.locale).toBe('id');
    expect(settings.officeProfile).toBeNull();
    expect(settings.deviceId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('makes the device id once and keeps it across restarts', async () => {
    const first = await createHandlers(deps()).settings.get(caller);
    const again = await createHandlers(deps()).settings.get(caller);
    const info = await createHandlers(deps()).app.getInfo(caller);
    expect(again.deviceId).toBe(first.deviceId);
    expect(info.deviceId).toBe(first.deviceId);
    const file = JSON.parse(readFileSync(join(dir, 'userData', 'settings.json'), 'utf8')) as { deviceId: string };
    expect(file.deviceId).toBe(first.deviceId);
  });

  it('saves the office profile and the locale, and reads them back after a restart', async () => {
    const handlers = createHandlers(deps());
    expect((await handlers.settings.saveOfficeProfile(profile, caller)).officeProfile).toEqual(profile);
    expect((await handlers.settings.setLocale('en', caller)).locale).toBe('en');
    const reopened = await createHandlers(deps()).settings.get(caller);
    expect(reopened.officeProfile).toEqual(profile);
    expect(reopened.locale).toBe('en');
  });
});

describe('settings.saveTarifIuran', () => {
  it('starts with the rates the app ships', async () => {
    expect((await createHandlers(deps()).settings.get(caller)).tarifIuran).toEqual(tarifIuranBawaan);
  });

  it('saves a new rate table and reads it back after a restart', async () => {
    const [lama, baru] = tambahPeriodeTarif(tarifIuranBawaan, '2026-01-01');
    const rows = [lama!, { ...baru!, pu: { ...baru!.pu, jpBatasUpah: 11_000_000 } }];
    expect((await createHandlers(deps()).settings.saveTarifIuran(rows, caller)).tarifIuran).toEqual(rows);
    const reopened = await createHandlers(deps()).settings.get(caller);
    expect(reopened.tarifIuran).toEqual(rows);
    expect(reopened.tarifIuran[1]?.pu.jpBatasUpah).toBe(11_000_000);
    const file = JSON.parse(readFileSync(join(dir, 'userData', 'settings.json'), 'utf8')) as { tarifIuran: unknown };
    expect(file.tarifIuran).toEqual(rows);
  });

  it('keeps the office profile and locale when the rates are saved', async () => {
    const handlers = createHandlers(deps());
    await handlers.settings.saveOfficeProfile(profile, caller);
    const saved = await handlers.settings.saveTarifIuran(tarifIuranBawaan, caller);
    expect(saved.officeProfile).toEqual(profile);
    expect(saved.locale).toBe('id');
  });
});

describe('app.getInfo', () => {
  it('tells the renderer which shell it runs in', async () => {
    const info = await createHandlers(deps({ newDeviceId: () => 'fixed-id' })).app.getInfo(caller);
    expect(info).toEqual({ name: 'KopLindung', version: '1.2.3', shell: 'harness', deviceId: 'fixed-id', pengaturanDipulihkan: null });
  });
});

describe('shell.openExternal', () => {
  it('opens an allow-listed link', async () => {
    await createHandlers(deps()).shell.openExternal('https://www.bpjsketenagakerjaan.go.id/', caller);
    expect(opened).toEqual(['https://www.bpjsketenagakerjaan.go.id/']);
  });

  it.each(['https://example.com/', 'http://bpjsketenagakerjaan.go.id/', 'file:///etc/passwd', 'javascript:alert(1)'])(
    'refuses %s with not-allowed and opens nothing',
    async (url) => {
      const attempt = createHandlers(deps()).shell.openExternal(url, caller);
      await expect(attempt).rejects.toBeInstanceOf(IpcHandlerError);
      await expect(attempt).rejects.toMatchObject({ code: 'not-allowed' });
      expect(opened).toEqual([]);
    },
  );
});

describe('files.saveText', () => {
  const csv = 'nik;nama;alamat\n3507011203850001;Siti Aminah;Jl. Melati — RT 02\n';
  const request = { kind: 'csv' as const, suggestedName: 'kepesertaan', content: csv };

  it("asks the dialog with the suggested name completed with the kind's extension, and the kind's filter", async () => {
    await createHandlers(deps()).files.saveText(request, caller);
    expect(dialogAsked).toEqual([{ suggestedName: 'kepesertaan.csv', filters: [{ name: 'Tabel CSV', extensions: ['csv'] }] }]);
  });

  it('saves nothing when the user cancels', async () => {
    expect(await createHandlers(deps()).files.saveText(request, caller)).toEqual({ saved: false });
  });

  it('writes a CSV as UTF-8 with a byte-order mark, so Excel reads it right', async () => {
    dialogAnswer = join(dir, 'kepesertaan.csv');
    expect(await createHandlers(deps()).files.saveText(request, caller)).toEqual({ saved: true, filePath: dialogAnswer });
    const bytes = readFileSync(dialogAnswer);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(csv);
  });

  it('does not add a second byte-order mark', async () => {
    dialogAnswer = join(dir, 'data.CSV');
    await createHandlers(deps()).files.saveText({ ...request, content: `\uFEFF${csv}` }, caller);
    expect(readFileSync(dialogAnswer, 'utf8')).toBe(`\uFEFF${csv}`);
  });

  it('gives a name the officer typed with another extension the CSV one, never a .txt or an executable', async () => {
    dialogAnswer = join(dir, 'catatan.txt');
    expect(await createHandlers(deps()).files.saveText(request, caller)).toEqual({ saved: true, filePath: `${dialogAnswer}.csv` });
    dialogAnswer = join(dir, 'jalankan.bat');
    expect(await createHandlers(deps()).files.saveText({ ...request, suggestedName: 'jalankan.exe' }, caller)).toEqual({
      saved: true,
      filePath: `${dialogAnswer}.csv`,
    });
    expect(dialogAsked.at(-1)?.suggestedName).toBe('jalankan.exe.csv');
  });

  it("adds the filter's extension when the chosen name has none", async () => {
    dialogAnswer = join(dir, 'laporan');
    const outcome = await createHandlers(deps()).files.saveText(request, caller);
    expect(outcome).toEqual({ saved: true, filePath: `${dialogAnswer}.csv` });
    expect(readFileSync(`${dialogAnswer}.csv`, 'utf8')).toBe(`\uFEFF${csv}`);
  });

  it('reports a failed write as io-failed', async () => {
    dialogAnswer = join(dir, 'no-such-folder', 'x.csv');
    await expect(createHandlers(deps()).files.saveText(request, caller)).rejects.toMatchObject({ code: 'io-failed' });
  });

  it('asks before replacing a file the dialog never saw (the extension main added), and keeps it on Batal', async () => {
    dialogAnswer = join(dir, 'laporan');
    writeFileSync(`${dialogAnswer}.csv`, 'data lama');
    overwriteAnswer = false;
    expect(await createHandlers(deps()).files.saveText(request, caller)).toEqual({ saved: false });
    expect(overwriteAsked).toEqual([`${dialogAnswer}.csv`]);
    expect(readFileSync(`${dialogAnswer}.csv`, 'utf8')).toBe('data lama');
    overwriteAnswer = true;
    expect(await createHandlers(deps()).files.saveText(request, caller)).toEqual({ saved: true, filePath: `${dialogAnswer}.csv` });
    expect(readFileSync(`${dialogAnswer}.csv`, 'utf8')).toBe(`\uFEFF${csv}`);
  });

  it('does not ask again about a file the dialog itself confirmed', async () => {
    dialogAnswer = join(dir, 'laporan.csv');
    writeFileSync(dialogAnswer, 'data lama');
    await createHandlers(deps()).files.saveText(request, caller);
    expect(overwriteAsked).toEqual([]);
  });
});

describe('files.saveBytes', () => {
  /** Every byte value, a NUL and bytes that are not valid UTF-8: written as they are, never as text. */
  const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0xc3, 0x28, ...Array.from({ length: 256 }, (_, i) => i)]);
  const request = { kind: 'workbook' as const, suggestedName: 'laporan-pusat.xlsx', bytes };

  it('asks the dialog with the suggested name and filter, and saves nothing on cancel', async () => {
    expect(await createHandlers(deps()).files.saveBytes(request, caller)).toEqual({ saved: false });
    expect(dialogAsked).toEqual([{ suggestedName: 'laporan-pusat.xlsx', filters: [{ name: 'Buku kerja Excel', extensions: ['xlsx'] }] }]);
  });

  it('writes the bytes exactly as given, with no byte-order mark or encoding', async () => {
    dialogAnswer = join(dir, 'laporan-pusat.xlsx');
    expect(await createHandlers(deps()).files.saveBytes(request, caller)).toEqual({ saved: true, filePath: dialogAnswer });
    expect([...readFileSync(dialogAnswer)]).toEqual([...bytes]);
  });

  it('writes bytes as given even for a CSV, and adds the extension when the chosen name has none', async () => {
    dialogAnswer = join(dir, 'data.csv');
    await createHandlers(deps()).files.saveBytes({ ...request, kind: 'csv' }, caller);
    expect([...readFileSync(dialogAnswer)]).toEqual([...bytes]);
    dialogAnswer = join(dir, 'laporan');
    expect(await createHandlers(deps()).files.saveBytes(request, caller)).toEqual({ saved: true, filePath: `${dialogAnswer}.xlsx` });
  });

  it('refuses to save a kind that is only opened, before any dialog', async () => {
    await expect(createHandlers(deps()).files.saveBytes({ ...request, kind: 'spreadsheet' }, caller)).rejects.toMatchObject({ code: 'not-allowed' });
    expect(dialogAsked).toEqual([]);
  });

  it("names the filter in the office's language", async () => {
    const handlers = createHandlers(deps());
    await handlers.settings.setLocale('en', caller);
    await handlers.files.saveBytes({ ...request, kind: 'bundle', suggestedName: 'kantor-1' }, caller);
    expect(dialogAsked).toEqual([{ suggestedName: 'kantor-1.kopl', filters: [{ name: 'KopLindung exchange file', extensions: ['kopl'] }] }]);
  });

  it('reports a failed write as io-failed', async () => {
    dialogAnswer = join(dir, 'no-such-folder', 'x.xlsx');
    await expect(createHandlers(deps()).files.saveBytes(request, caller)).rejects.toMatchObject({ code: 'io-failed' });
  });
});

describe('files.openFile', () => {
  const request = { kind: 'bundle' as const, maxBytes: 1024 };
  const bundle = Uint8Array.from({ length: 700 }, (_, i) => (i * 37) % 256);

  it('asks the open dialog with the filter, and opens nothing on cancel', async () => {
    expect(await createHandlers(deps()).files.openFile(request, caller)).toEqual({ opened: false });
    expect(openAsked).toEqual([{ filters: [{ name: 'Berkas pertukaran KopLindung', extensions: ['kopl'] }] }]);
  });

  it("returns the chosen file's bytes, size and name without its folder", async () => {
    openAnswer = join(dir, 'laptop-rina-3.kopl');
    writeFileSync(openAnswer, bundle);
    const outcome = await createHandlers(deps()).files.openFile(request, caller);
    expect(outcome).toMatchObject({ opened: true, fileName: 'laptop-rina-3.kopl', size: 700 });
    expect(outcome.opened && [...outcome.bytes]).toEqual([...bundle]);
  });

  it('opens a file of exactly maxBytes and an empty file', async () => {
    openAnswer = join(dir, 'pas.kopl');
    writeFileSync(openAnswer, new Uint8Array(1024).fill(7));
    expect(await createHandlers(deps()).files.openFile(request, caller)).toMatchObject({ opened: true, size: 1024 });
    writeFileSync(openAnswer, new Uint8Array());
    const empty = await createHandlers(deps()).files.openFile(request, caller);
    expect(empty).toMatchObject({ opened: true, size: 0 });
    expect(empty.opened && empty.bytes.byteLength).toBe(0);
  });

  it('refuses a file over maxBytes with too-large, without reading it', async () => {
    openAnswer = join(dir, 'besar.kopl');
    writeFileSync(openAnswer, new Uint8Array(1025));
    const reads: number[] = [];
    const counting = deps({
      readFile: async (path, max) => {
        const file = await readFileUpTo(path, max);
        reads.push(file.bytes?.byteLength ?? -1);
        return file;
      },
    });
    await expect(createHandlers(counting).files.openFile(request, caller)).rejects.toMatchObject({ code: 'too-large' });
    expect(reads).toEqual([-1]);
  });

  it('opens only the kinds main allows to be opened, and only files with their extensions', async () => {
    await expect(createHandlers(deps()).files.openFile({ kind: 'pdf', maxBytes: 10 }, caller)).rejects.toMatchObject({ code: 'not-allowed' });
    expect(openAsked).toEqual([]);
    openAnswer = join(dir, 'bukan-bundel.exe');
    writeFileSync(openAnswer, bundle);
    await expect(createHandlers(deps()).files.openFile(request, caller)).rejects.toMatchObject({ code: 'not-allowed' });
    openAnswer = join(dir, 'Data Kecamatan.XLSX');
    writeFileSync(openAnswer, bundle);
    expect(await createHandlers(deps()).files.openFile({ kind: 'spreadsheet', maxBytes: 1024 }, caller)).toMatchObject({
      opened: true,
      fileName: 'Data Kecamatan.XLSX',
    });
    expect(openAsked.at(-1)).toEqual({ filters: [{ name: 'Lembar kerja', extensions: ['xlsx', 'xls', 'ods', 'csv'] }] });
  });

  it('reports a missing file or a folder as io-failed', async () => {
    openAnswer = join(dir, 'hilang.kopl');
    await expect(createHandlers(deps()).files.openFile(request, caller)).rejects.toMatchObject({ code: 'io-failed' });
    openAnswer = join(dir, 'folder.kopl');
    mkdirSync(openAnswer);
    await expect(createHandlers(deps()).files.openFile(request, caller)).rejects.toMatchObject({ code: 'io-failed' });
  });
});

describe('settings.saveDokumen and setPetugasAktif', () => {
  const dokumen = {
    kopSurat: { logo: '', baris: ['PEMERINTAH KABUPATEN MALANG', 'DINAS KOPERASI DAN USAHA MIKRO'] },
    penandatangan: {
      nama: 'Ir. Hadi Santoso, M.M.',
      jabatan: 'Sekretaris Dinas',
      atasNama: 'Kepala Dinas Koperasi dan Usaha Mikro Kabupaten Malang',
      pangkat: 'Pembina Utama Muda (IV/c)',
      nip: '196805121994031004',
    },
    tempatTandaTangan: 'Kepanjen',
  };

  it('follows the office profile until the office saves its own letterhead', async () => {
    const handlers = createHandlers(deps());
    expect((await handlers.settings.get(caller)).dokumen.kopSurat.baris).toEqual([]);
    const saved = await handlers.settings.saveOfficeProfile(profile, caller);
    expect(saved.dokumen.kopSurat.baris.slice(0, 2)).toEqual(['PEMERINTAH KABUPATEN MALANG', 'DINAS KOPERASI DAN USAHA MIKRO KABUPATEN MALANG']);
    expect(saved.dokumen.tempatTandaTangan).toBe('Malang');
  });

  it('saves the letterhead and signer and reads them back after a restart, the profile untouched', async () => {
    const handlers = createHandlers(deps());
    await handlers.settings.saveOfficeProfile(profile, caller);
    expect((await handlers.settings.saveDokumen(dokumen, caller)).dokumen).toEqual(dokumen);
    const reopened = await createHandlers(deps()).settings.get(caller);
    expect(reopened.dokumen).toEqual(dokumen);
    expect(reopened.officeProfile).toEqual(profile);
  });

  it('remembers the officer working on this laptop', async () => {
    expect((await createHandlers(deps()).settings.get(caller)).petugasAktif).toBe('');
    expect((await createHandlers(deps()).settings.setPetugasAktif('Dewi Lestari', caller)).petugasAktif).toBe('Dewi Lestari');
    expect((await createHandlers(deps()).settings.get(caller)).petugasAktif).toBe('Dewi Lestari');
  });
});

describe('print', () => {
  it('is wired to the calling window and the same dialog and disk as the other handlers', async () => {
    const window = fakeWindow();
    window.pdfAnswer = async () => Buffer.from('<</Type /Page>>', 'latin1');
    dialogAnswer = join(dir, 'formulir');
    const outcome = await createHandlers(deps()).print.savePdf({ suggestedName: 'formulir' }, fakeCaller(APP_PAGE_URL, window));
    expect(outcome).toEqual({ saved: true, filePath: `${dialogAnswer}.pdf`, pages: 1 });
    expect(readFileSync(`${dialogAnswer}.pdf`, 'latin1')).toBe('<</Type /Page>>');
  });
});

describe('log', () => {
  it('writes renderer errors masked, and saves every log as one support-log file (.txt) where the officer chooses', async () => {
    const handlers = createHandlers(deps());
    await handlers.log.write(
      { level: 'error', scope: 'react', message: 'Gagal: nama: Siti Aminah, NIK 3507011203850001, 0812 3456 7890', stack: 'at /home/siti.aminah/app.js:1:2' },
      caller,
    );
    dialogAnswer = join(dir, 'log-dukungan');
    const outcome = await handlers.log.saveForSupport(caller);
    expect(outcome).toEqual({ saved: true, filePath: `${dialogAnswer}.txt` });
    expect(dialogAsked.at(-1)).toEqual({
      suggestedName: expect.stringMatching(/^log-koplindung-\d{4}-\d{2}-\d{2}\.txt$/),
      filters: [{ name: 'Log untuk dukungan', extensions: ['txt'] }],
    });
    const text = readFileSync(`${dialogAnswer}.txt`, 'utf8');
    expect(text).toContain('KopLindung 1.2.3 (harness)');
    expect(text).toContain('===== renderer.log =====');
    expect(text).toContain('[error] [react] Gagal: nama: [disamarkan], NIK [NIK], [telepon]');
    expect(text).toContain('at ~/app.js:1:2');
    expect(text).not.toMatch(/Siti|3507011203850001|3456/);
  });
});
