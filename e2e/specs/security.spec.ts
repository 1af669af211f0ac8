import { join } from 'node:path';
import { expect, test } from '../harness/fixtures';

test('the page gets the strict CSP and only the typed desktop facade, no Node', async ({ app }) => {
  const { page } = app;
  const response = await page.request.get(`${app.origin}/index.html`);
  expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(response.headers()['content-security-policy']).toContain("object-src 'none'");
  expect(response.headers()['x-content-type-options']).toBe('nosniff');

  const shape = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    desktop: Object.fromEntries(Object.entries(window.desktop ?? {}).map(([k, v]) => [k, Object.keys(v as object).sort()])),
  }));
  expect(shape.require).toBe('undefined');
  expect(shape.process).toBe('undefined');
  expect(shape.desktop).toEqual({
    app: ['getInfo'],
    cadangan: ['getKey', 'getSpace', 'list', 'read', 'save'],
    database: ['getState', 'saveState'],
    files: ['abortWorkbook', 'appendRows', 'beginWorkbook', 'finishWorkbook', 'openFile', 'saveBytes', 'saveText'],
    log: ['saveForSupport', 'write'],
    print: ['printDocument', 'savePdf'],
    settings: [
      'get',
      'repairDeviceId',
      'saveDokumen',
      'saveOfficeProfile',
      'saveTarifIuran',
      'setIzinkanImporTanpaEnkripsi',
      'setLocale',
      'setPetugasAktif',
      'setRetensiTerhapus',
    ],
    shell: ['openExternal'],
  });
});

test('main refuses bad arguments and links off the allow-list, as data', async ({ app }) => {
  const results = await app.page.evaluate(async () => ({
    badProfile: await window.desktop!.settings.saveOfficeProfile({ namaKantor: 42 } as never),
    badLocale: await window.desktop!.settings.setLocale('xx' as never),
    badTarif: await window.desktop!.settings.saveTarifIuran([]),
    offList: await window.desktop!.shell.openExternal('https://example.com/phish'),
    traversal: await window.desktop!.files.saveText({ kind: 'csv', suggestedName: '../../etc/passwd', content: 'x' }),
    pdfTraversal: await window.desktop!.print.savePdf({ suggestedName: '../../etc/cron.d/x.pdf' }),
    scriptLogo: await window.desktop!.settings.saveDokumen({
      kopSurat: { logo: 'data:text/html;base64,PHNjcmlwdD4=', baris: ['X'] },
      penandatangan: { nama: '', jabatan: '', pangkat: '', nip: '' },
      tempatTandaTangan: '',
    }),
  }));
  expect(results.badProfile).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  expect(results.badLocale).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  expect(results.badTarif).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  expect(results.offList).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  expect(results.traversal).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  expect(results.pdfTraversal).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  expect(results.scriptLogo).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  expect(app.record.openedUrls).toEqual([]);
});

test('main decides each file kind: its extension and filter; any other kind or direction is refused, as data', async ({ app }) => {
  const results = await app.page.evaluate(async () => {
    const bytes = Uint8Array.from([1, 2, 3]);
    return {
      disguised: await window.desktop!.files.saveBytes({ kind: 'workbook', suggestedName: 'laporan.exe', bytes }),
      unknownKind: await window.desktop!.files.saveBytes({ kind: 'executable' as never, suggestedName: 'x', bytes }),
      ownExtensions: await window.desktop!.files.saveBytes({ kind: 'workbook', suggestedName: 'x', bytes, extensions: ['bat'] } as never),
      openPdf: await window.desktop!.files.openFile({ kind: 'pdf', maxBytes: 1024 }),
      saveSpreadsheet: await window.desktop!.files.saveBytes({ kind: 'spreadsheet', suggestedName: 'x', bytes }),
    };
  });
  expect(results.disguised).toEqual({ ok: true, value: { saved: true, filePath: join(app.userDataDir, 'saved', 'laporan.exe.xlsx') } });
  expect(app.record.dialogRequests).toEqual([{ suggestedName: 'laporan.exe.xlsx' }]);
  expect(results.unknownKind).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  expect(results.ownExtensions).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  expect(results.openPdf).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  expect(results.saveSpreadsheet).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  expect(app.record.openRequests).toEqual([]);
});

test('an inline script injected into the page is blocked by Trusted Types and the CSP', async ({ app }) => {
  const { page } = app;
  const outcome = await page.evaluate(async () => {
    (window as unknown as { injected?: boolean }).injected = false;
    const s = document.createElement('script');
    let refused = '';
    try {
      s.textContent = 'window.injected = true';
    } catch (error) {
      refused = String(error);
    }
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 100));
    return { refused, ran: (window as unknown as { injected?: boolean }).injected };
  });
  expect(outcome.refused).toMatch(/Trusted Types/);
  expect(outcome.ran).toBe(false);
});

test('HTML from a string and a worker from a blob are refused by the Trusted Types policy', async ({ app }) => {
  const refusals = await app.page.evaluate(() => {
    const attempt = (run: () => unknown) => {
      try {
        run();
        return 'allowed';
      } catch (error) {
        return String(error);
      }
    };
    const blob = URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' }));
    return {
      html: attempt(() => {
        document.createElement('div').innerHTML = '<img src=x onerror=alert(1)>';
      }),
      worker: attempt(() => new Worker(blob)),
      evalCode: attempt(() => setTimeout('window.injected = true', 0)),
    };
  });
  expect(refusals.html).toMatch(/Trusted Types/);
  expect(refusals.worker).toMatch(/Trusted Types/);
  expect(refusals.evalCode).not.toBe('allowed');
});
