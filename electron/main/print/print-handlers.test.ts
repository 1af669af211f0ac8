import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SaveDialogRequest } from '../handlers/create-handlers';
import { APP_PAGE_URL, fakeCaller, fakeWindow, type FakeWindow } from '../test-support/fake-caller';
import { IpcHandlerError } from '../ipc/handler-error';
import { createPrintHandlers, type PrintHandlerDeps } from './print-handlers';

let dir: string;
let window: FakeWindow;
let dialogAsked: SaveDialogRequest[];
let dialogAnswer: string | undefined;

function deps(overrides: Partial<PrintHandlerDeps> = {}): PrintHandlerDeps {
  return {
    dialog: {
      showSaveDialog: async (request) => {
        dialogAsked.push(request);
        return dialogAnswer;
      },
      confirmOverwrite: async () => true,
    },
    writeFile: (filePath, content) => writeFile(filePath, content),
    locale: () => 'id',
    ...overrides,
  };
}

const threePagePdf = () =>
  Buffer.from('%PDF-1.4\n2 0 obj\n<</Type /Pages\n/Count 3>>\nendobj\n<</Type /Page>>\n<</Type /Page>>\n<</Type /Page>>\n%%EOF\n', 'latin1');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'koplindung-print-'));
  window = fakeWindow();
  dialogAsked = [];
  dialogAnswer = undefined;
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('print.printDocument', () => {
  it('opens the print dialog of the calling window, portrait unless asked', async () => {
    const print = createPrintHandlers(deps());
    expect(await print.printDocument({}, fakeCaller(APP_PAGE_URL, window))).toEqual({ printed: true });
    await print.printDocument({ landscape: true }, fakeCaller(APP_PAGE_URL, window));
    expect(window.prints).toEqual([{ landscape: false }, { landscape: true }]);
  });

  it('answers printed: false when the officer closes the dialog', async () => {
    window.printAnswer = async () => ({ printed: false });
    expect(await createPrintHandlers(deps()).printDocument({}, fakeCaller(APP_PAGE_URL, window))).toEqual({ printed: false });
  });

  it('reports a printer failure as io-failed, with the reason for the developer', async () => {
    window.printAnswer = async () => ({ printed: false, failure: 'Print job failed' });
    const attempt = createPrintHandlers(deps()).printDocument({}, fakeCaller(APP_PAGE_URL, window));
    await expect(attempt).rejects.toBeInstanceOf(IpcHandlerError);
    await expect(attempt).rejects.toMatchObject({ code: 'io-failed', message: expect.stringContaining('Print job failed') });
  });

  it('reports a window that cannot print as io-failed', async () => {
    window.printAnswer = () => Promise.reject(new Error('Object has been destroyed'));
    await expect(createPrintHandlers(deps()).printDocument({}, fakeCaller(APP_PAGE_URL, window))).rejects.toMatchObject({ code: 'io-failed' });
  });
});

describe('print.savePdf', () => {
  it('asks where to save with a PDF filter and the name ending in .pdf', async () => {
    await createPrintHandlers(deps()).savePdf({ suggestedName: 'daftar-hadir-2026-11-21' }, fakeCaller(APP_PAGE_URL, window));
    await createPrintHandlers(deps()).savePdf({ suggestedName: 'berita-acara.pdf' }, fakeCaller(APP_PAGE_URL, window));
    expect(dialogAsked).toEqual([
      { suggestedName: 'daftar-hadir-2026-11-21.pdf', filters: [{ name: 'Dokumen PDF', extensions: ['pdf'] }] },
      { suggestedName: 'berita-acara.pdf', filters: [{ name: 'Dokumen PDF', extensions: ['pdf'] }] },
    ]);
  });

  it('makes no PDF and writes nothing when the officer cancels', async () => {
    expect(await createPrintHandlers(deps()).savePdf({ suggestedName: 'x.pdf' }, fakeCaller(APP_PAGE_URL, window))).toEqual({ saved: false });
    expect(window.pdfs).toEqual([]);
  });

  it("writes the window's PDF where chosen and counts its pages", async () => {
    dialogAnswer = join(dir, 'daftar-hadir.pdf');
    window.pdfAnswer = async () => threePagePdf();
    const outcome = await createPrintHandlers(deps()).savePdf({ suggestedName: 'daftar-hadir.pdf', landscape: true }, fakeCaller(APP_PAGE_URL, window));
    expect(outcome).toEqual({ saved: true, filePath: dialogAnswer, pages: 3 });
    expect(window.pdfs).toEqual([{ landscape: true }]);
    expect(readFileSync(dialogAnswer)).toEqual(threePagePdf());
  });

  it('adds .pdf when the chosen name has no extension', async () => {
    dialogAnswer = join(dir, 'laporan');
    const outcome = await createPrintHandlers(deps()).savePdf({ suggestedName: 'laporan.pdf' }, fakeCaller(APP_PAGE_URL, window));
    expect(outcome).toMatchObject({ saved: true, filePath: `${dialogAnswer}.pdf` });
    expect(window.pdfs).toEqual([{ landscape: false }]);
  });

  it('reports a failed write as io-failed', async () => {
    dialogAnswer = join(dir, 'no-such-folder', 'x.pdf');
    await expect(createPrintHandlers(deps()).savePdf({ suggestedName: 'x.pdf' }, fakeCaller(APP_PAGE_URL, window))).rejects.toMatchObject({
      code: 'io-failed',
      message: expect.stringContaining('no-such-folder'),
    });
  });

  it('reports a PDF the window could not make as io-failed, and writes nothing', async () => {
    dialogAnswer = join(dir, 'x.pdf');
    window.pdfAnswer = () => Promise.reject(new Error('Printing failed'));
    let written = 0;
    const attempt = createPrintHandlers(deps({ writeFile: async () => void written++ })).savePdf({ suggestedName: 'x.pdf' }, fakeCaller(APP_PAGE_URL, window));
    await expect(attempt).rejects.toMatchObject({ code: 'io-failed' });
    expect(written).toBe(0);
  });
});
