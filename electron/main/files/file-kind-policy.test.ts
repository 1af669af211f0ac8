import { describe, expect, it } from 'vitest';
import { fileKinds } from '../../../shared/ipc/file-kinds';
import { fileKindPolicy, filterFor, nameForKind, ruleFor } from './file-kind-policy';

/** Extensions Windows or a Linux desktop would run, open as a link or hand to a script host. */
const dangerous = ['exe', 'bat', 'cmd', 'com', 'lnk', 'ps1', 'vbs', 'js', 'msi', 'scr', 'sh', 'desktop', 'appimage', 'html', 'hta'];

describe('fileKindPolicy', () => {
  it('has a rule for every kind in the contract, each with a filter name in both languages', () => {
    expect(Object.keys(fileKindPolicy).sort()).toEqual([...fileKinds].sort());
    for (const rule of Object.values(fileKindPolicy)) {
      expect(rule.filterName.id).not.toBe('');
      expect(rule.filterName.en).not.toBe('');
      expect(rule.save || rule.open).toBe(true);
    }
  });

  it('never lets a file be saved or opened with an extension a system would run', () => {
    for (const rule of Object.values(fileKindPolicy)) for (const ext of rule.extensions) expect(dangerous).not.toContain(ext);
  });

  it('saves each kind with exactly one extension, the one it is known by', () => {
    const saved = Object.fromEntries(
      Object.entries(fileKindPolicy)
        .filter(([, r]) => r.save)
        .map(([kind, r]) => [kind, r.extensions]),
    );
    expect(saved).toEqual({ bundle: ['kopl'], backup: ['kopl'], workbook: ['xlsx'], csv: ['csv'], pdf: ['pdf'], 'support-log': ['txt'] });
  });

  it('opens only bundles and spreadsheets; refuses any other direction as not-allowed', () => {
    expect(fileKinds.filter((k) => fileKindPolicy[k].open)).toEqual(['bundle', 'spreadsheet']);
    expect(() => ruleFor('pdf', 'open')).toThrow(expect.objectContaining({ code: 'not-allowed' }));
    expect(() => ruleFor('spreadsheet', 'save')).toThrow(expect.objectContaining({ code: 'not-allowed' }));
    expect(ruleFor('bundle', 'open').extensions).toEqual(['kopl']);
  });

  it("gives every name the kind's extension, keeping one that already is the kind's", () => {
    const workbook = fileKindPolicy.workbook;
    expect(nameForKind('laporan-pusat', workbook)).toBe('laporan-pusat.xlsx');
    expect(nameForKind('laporan-pusat.xlsx', workbook)).toBe('laporan-pusat.xlsx');
    expect(nameForKind('LAPORAN.XLSX', workbook)).toBe('LAPORAN.XLSX');
    expect(nameForKind('laporan.exe', workbook)).toBe('laporan.exe.xlsx');
    expect(nameForKind('laporan.2026.11', workbook)).toBe('laporan.2026.11.xlsx');
    expect(nameForKind('/home/dinas/Dokumen/kirim.lnk', workbook)).toBe('/home/dinas/Dokumen/kirim.lnk.xlsx');
    expect(nameForKind('.xlsx', workbook)).toBe('.xlsx.xlsx');
    expect(nameForKind('data.ods', fileKindPolicy.spreadsheet)).toBe('data.ods');
  });

  it("names the filter in the office's language", () => {
    expect(filterFor(fileKindPolicy.bundle, 'id')).toEqual({ name: 'Berkas pertukaran KopLindung', extensions: ['kopl'] });
    expect(filterFor(fileKindPolicy.bundle, 'en')).toEqual({ name: 'KopLindung exchange file', extensions: ['kopl'] });
  });
});
