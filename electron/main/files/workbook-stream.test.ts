import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { read, utils } from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { LembarKabel } from '../../../shared/ipc/workbook-stream';
import type { SaveDialog } from '../handlers/create-handlers';
import { createWorkbookStreams } from './workbook-stream';

const folder = () => mkdtempSync(join(tmpdir(), 'workbook-stream-'));
const dialogKe = (...answers: (string | undefined)[]): SaveDialog => ({
  showSaveDialog: async () => answers.shift(),
  confirmOverwrite: async () => true,
});

const sheets: LembarKabel[] = [
  {
    nama: 'Koperasi',
    kolom: [
      { judul: 'No', lebar: 6, format: 'bilangan' },
      { judul: 'Nama', lebar: 30 },
      { judul: 'Tanggal', lebar: 12, format: 'tanggal' },
    ],
    pembuka: [],
    penutup: [],
  },
  { nama: 'Kosong', kolom: [{ judul: 'A', lebar: 10 }], pembuka: [], penutup: [] },
  {
    nama: 'Capaian',
    kolom: [
      { judul: 'Kecamatan', lebar: 20 },
      { judul: 'Jumlah', lebar: 10, format: 'bilangan' },
    ],
    pembuka: [['Laporan Capaian'], ['Tanggal', { tanggal: Date.UTC(2026, 11, 6) }]],
    penutup: [['Catatan: dihitung dari semua data.']],
  },
];

async function baca(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

const nilai = (ws: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

describe('createWorkbookStreams', () => {
  it('writes a workbook from chunks that reads back cell for cell, with headers, formats, bold totals and notes', async () => {
    const dir = folder();
    const streams = createWorkbookStreams(dialogKe(join(dir, 'laporan')));
    const begun = await streams.begin({ suggestedName: 'laporan.xlsx', judul: 'Laporan Pusat Uji', dibuat: Date.UTC(2026, 11, 6), sheets }, 'id');
    if (!begun.started) throw new Error('not started');
    const baris = Array.from({ length: 12_000 }, (_, i) => [
      i + 1,
      i === 3 ? '=HYPERLINK("x")' : `Koperasi ${i + 1}`,
      { tanggal: Date.UTC(2026, 0, 1 + (i % 28)) },
    ]);
    for (let i = 0; i < baris.length; i += 5000) await streams.append({ id: begun.id, sheet: 0, rows: baris.slice(i, i + 5000) });
    await streams.append({
      id: begun.id,
      sheet: 2,
      rows: [
        ['Serpong', 3],
        ['', null],
      ],
    });
    await streams.append({ id: begun.id, sheet: 2, rows: [['Jumlah', 3]], tebal: true });
    await expect(streams.append({ id: begun.id, sheet: 0, rows: [[1]] })).rejects.toMatchObject({ code: 'invalid-argument' });
    const outcome = await streams.finish(begun.id);
    expect(outcome).toEqual({ saved: true, filePath: join(dir, 'laporan.xlsx') });
    expect(readdirSync(dir)).toEqual(['laporan.xlsx']);
    expect(streams.jumlahTerbuka).toBe(0);

    const wb = await baca(outcome.saved ? outcome.filePath : '');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Koperasi', 'Kosong', 'Capaian']);
    expect(wb.title).toBe('Laporan Pusat Uji');
    expect(wb.creator).toBe('KopLindung');
    const kop = wb.getWorksheet('Koperasi')!;
    const rows = nilai(kop);
    expect(rows).toHaveLength(12_001);
    expect(rows[0]).toEqual(['No', 'Nama', 'Tanggal']);
    expect(kop.getRow(1).font?.bold).toBe(true);
    expect(rows[1]).toEqual([1, 'Koperasi 1', new Date(Date.UTC(2026, 0, 1))]);
    expect(rows[4]?.[1]).toBe('\'=HYPERLINK("x")');
    expect(rows[12_000]?.[0]).toBe(12_000);
    expect(kop.getCell('C2').numFmt).toBe('dd/mm/yyyy');
    expect(kop.getColumn(2).width).toBe(30);
    expect(kop.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(kop.autoFilter).toBe('A1:C1');
    expect(nilai(wb.getWorksheet('Kosong')!)).toEqual([['A']]);
    const cap = wb.getWorksheet('Capaian')!;
    expect(nilai(cap)).toEqual([
      ['Laporan Capaian'],
      ['Tanggal', new Date(Date.UTC(2026, 11, 6))],
      ['Kecamatan', 'Jumlah'],
      ['Serpong', 3],
      [],
      ['Jumlah', 3],
      ['Catatan: dihitung dari semua data.'],
    ]);
    expect(cap.getRow(6).font?.bold).toBe(true);
    expect(cap.getCell('B6').font?.bold).toBe(true);
    expect(cap.getCell('B6').numFmt).toBe('#,##0');
    expect(cap.getRow(4).font?.bold).toBeFalsy();
    expect(cap.getCell('B4').font?.bold).toBeFalsy();
    expect(cap.getCell('B4').numFmt).toBe('#,##0');
    expect(cap.views[0]).toMatchObject({ ySplit: 3 });
    expect(cap.autoFilter).toBe('A3:B3');

    // A second, independent reader (SheetJS) opens the same file to the same values.
    const sheetjs = read(readFileSync(join(dir, 'laporan.xlsx')), { cellDates: true });
    expect(sheetjs.SheetNames).toEqual(['Koperasi', 'Kosong', 'Capaian']);
    const kopRows = utils.sheet_to_json<unknown[]>(sheetjs.Sheets.Koperasi!, { header: 1, UTC: true });
    expect(kopRows).toHaveLength(12_001);
    expect(kopRows[1]).toEqual([1, 'Koperasi 1', new Date(Date.UTC(2026, 0, 1))]);
    expect(kopRows[4]?.[1]).toBe('\'=HYPERLINK("x")');
    expect(
      Object.values(sheetjs.Sheets)
        .flatMap((ws) => Object.values(ws!))
        .some((cell) => typeof cell === 'object' && cell !== null && 'f' in cell),
    ).toBe(false);
  });

  it('answers an append only once the zip has taken all but a bounded queue of its XML', async () => {
    const dir = folder();
    const lebar: LembarKabel = { nama: 'Peserta', kolom: Array.from({ length: 17 }, (_, i) => ({ judul: `K${i}`, lebar: 10 })), pembuka: [], penutup: [] };
    const chunk = (c: number) => Array.from({ length: 2500 }, (_, j) => Array.from({ length: 17 }, (_, k) => (k % 3 ? `Sel ${c}-${j}-${k}` : j * k)));
    const maks = 256 * 1024;

    // Unbounded, the chunk's XML (about 1.5 MB) is still queued when append answers: the measure sees the queue.
    const lepas = createWorkbookStreams(dialogKe(join(dir, 'lepas.xlsx')), undefined, Infinity);
    const a = await lepas.begin({ suggestedName: 'x', judul: '', dibuat: 0, sheets: [lebar] }, 'id');
    if (!a.started) throw new Error('not started');
    await lepas.append({ id: a.id, sheet: 0, rows: chunk(0) });
    expect(lepas.antreanZip(a.id)).toBeGreaterThan(4 * maks);
    await lepas.abort(a.id);

    // Bounded, every append leaves at most `maks` bytes behind, however many follow, and the file is whole.
    const streams = createWorkbookStreams(dialogKe(join(dir, 'laporan.xlsx')), undefined, maks);
    const b = await streams.begin({ suggestedName: 'x', judul: '', dibuat: 0, sheets: [lebar] }, 'id');
    if (!b.started) throw new Error('not started');
    for (let c = 0; c < 6; c++) {
      await streams.append({ id: b.id, sheet: 0, rows: chunk(c) });
      expect(streams.antreanZip(b.id)).toBeLessThanOrEqual(maks);
    }
    const outcome = await streams.finish(b.id);
    const sheetjs = read(readFileSync(outcome.saved ? outcome.filePath : ''), { dense: true });
    const rows = utils.sheet_to_json<unknown[]>(sheetjs.Sheets.Peserta!, { header: 1 });
    expect(rows).toHaveLength(1 + 6 * 2500);
    expect(rows.at(-1)).toEqual(chunk(5).at(-1));
  }, 30_000);

  it('deletes the temporary file on abort, leaves an existing file untouched, and forgets the id', async () => {
    const dir = folder();
    const path = join(dir, 'laporan.xlsx');
    writeFileSync(path, 'lama');
    const streams = createWorkbookStreams(dialogKe(path));
    const begun = await streams.begin({ suggestedName: 'laporan', judul: '', dibuat: 0, sheets }, 'id');
    if (!begun.started) throw new Error('not started');
    await streams.append({ id: begun.id, sheet: 0, rows: [[1, 'a', null]] });
    expect(existsSync(`${path}.tmp`)).toBe(true);
    await streams.abort(begun.id);
    expect(readdirSync(dir)).toEqual(['laporan.xlsx']);
    await expect(streams.finish(begun.id)).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(streams.abort(begun.id)).rejects.toMatchObject({ code: 'not-allowed' });
  });

  it('answers a cancelled dialog with started: false, refuses unknown ids, and never holds more than two open', async () => {
    const dir = folder();
    const streams = createWorkbookStreams(dialogKe(undefined, join(dir, 'a.xlsx'), join(dir, 'b.xlsx'), join(dir, 'c.xlsx')));
    const req = { suggestedName: 'x', judul: '', dibuat: 0, sheets };
    expect(await streams.begin(req, 'id')).toEqual({ started: false });
    await expect(streams.append({ id: '00000000-0000-4000-8000-000000000000', sheet: 0, rows: [[1]] })).rejects.toMatchObject({
      code: 'not-allowed',
    });
    const a = await streams.begin(req, 'id');
    await streams.begin(req, 'id');
    await expect(streams.begin(req, 'id')).rejects.toMatchObject({ code: 'not-allowed' });
    if (a.started) await streams.abort(a.id);
    expect(streams.jumlahTerbuka).toBe(1);
  });

  it('deletes a workbook nobody finishes', async () => {
    const dir = folder();
    const streams = createWorkbookStreams(dialogKe(join(dir, 'a.xlsx')), 50);
    await streams.begin({ suggestedName: 'x', judul: '', dibuat: 0, sheets }, 'id');
    await new Promise((r) => setTimeout(r, 200));
    expect(streams.jumlahTerbuka).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });
});
