import { describe, expect, it } from 'vitest';
import { ipcContract } from './contract';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS_PER_CHUNK } from './workbook-stream';

const begin = ipcContract.files.beginWorkbook.args;
const append = ipcContract.files.appendRows.args;
const finish = ipcContract.files.finishWorkbook.args;
const id = '3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b';
const sheet = { nama: 'Peserta', kolom: [{ judul: 'NIK', lebar: 20 }], pembuka: [], penutup: [] };
const request = { kind: 'workbook', suggestedName: 'laporan-pusat.xlsx', judul: 'Laporan', dibuat: 0, sheets: [sheet] };

describe('the streamed workbook in the IPC contract', () => {
  it('accepts a workbook of kind workbook with bare names and sheets Excel accepts', () => {
    expect(begin.safeParse([request]).success).toBe(true);
    expect(begin.safeParse([{ ...request, kind: 'csv' }]).success).toBe(false);
    expect(begin.safeParse([{ ...request, suggestedName: '../../.bashrc' }]).success).toBe(false);
    expect(begin.safeParse([{ ...request, filePath: '/tmp/x.xlsx' }]).success).toBe(false);
    expect(begin.safeParse([{ ...request, sheets: [{ ...sheet, nama: 'a/b' }] }]).success).toBe(false);
    expect(begin.safeParse([{ ...request, sheets: [sheet, { ...sheet, nama: 'PESERTA' }] }]).success).toBe(false);
    expect(begin.safeParse([{ ...request, sheets: [] }]).success).toBe(false);
    expect(begin.safeParse([{ ...request, sheets: [{ ...sheet, kolom: Array(MAX_COLUMNS + 1).fill({ judul: 'x', lebar: 5 }) }] }]).success).toBe(false);
  });

  it('bounds chunks: rows per chunk, cells per row, characters per cell, and only text, finite numbers, dates or empty', () => {
    const ok = (rows: unknown[]) => append.safeParse([{ id, sheet: 0, rows }]).success;
    expect(ok([['a', 1, null, { tanggal: 0 }, '']])).toBe(true);
    expect(ok(Array(MAX_ROWS_PER_CHUNK).fill(['a']))).toBe(true);
    expect(ok(Array(MAX_ROWS_PER_CHUNK + 1).fill(['a']))).toBe(false);
    expect(ok([])).toBe(false);
    expect(ok([Array(MAX_COLUMNS + 1).fill(1)])).toBe(false);
    expect(ok([['x'.repeat(MAX_CELL_CHARS + 1)]])).toBe(false);
    expect(ok([[Number.NaN]])).toBe(false);
    expect(ok([[{ tanggal: 0, rumus: '=1' }]])).toBe(false);
    expect(ok([[{ formula: 'A1' }]])).toBe(false);
    expect(ok([[true]])).toBe(false);
    expect(ok(['abc'])).toBe(false);
    expect(append.safeParse([{ id: 'not-an-id', sheet: 0, rows: [['a']] }]).success).toBe(false);
    expect(append.safeParse([{ id, sheet: -1, rows: [['a']] }]).success).toBe(false);
    expect(finish.safeParse([{ id }]).success).toBe(true);
    expect(finish.safeParse([{ id, path: '/tmp/x' }]).success).toBe(false);
  });
});
