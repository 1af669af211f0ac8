import { extname } from 'node:path';
import type { FileKind } from '../../../shared/ipc/file-kinds';
import type { Locale } from '../../../shared/settings/settings';
import { IpcHandlerError } from '../ipc/handler-error';

/** What main allows for one kind of file: its extensions (the first is the one a saved file gets) and its filter. */
export interface FileKindRule {
  readonly extensions: readonly [string, ...string[]];
  readonly filterName: Readonly<Record<Locale, string>>;
  readonly save: boolean;
  readonly open: boolean;
}

/**
 * Each kind's extensions, dialog filter and directions, decided here and nowhere else. A kind is saved or opened
 * only in the directions listed: the renderer cannot open a PDF or save a spreadsheet to import.
 */
export const fileKindPolicy: Readonly<Record<FileKind, FileKindRule>> = {
  bundle: { extensions: ['kopl'], filterName: { id: 'Berkas pertukaran KopLindung', en: 'KopLindung exchange file' }, save: true, open: true },
  backup: { extensions: ['kopl'], filterName: { id: 'Salinan cadangan KopLindung', en: 'KopLindung backup copy' }, save: true, open: false },
  workbook: { extensions: ['xlsx'], filterName: { id: 'Buku kerja Excel', en: 'Excel workbook' }, save: true, open: false },
  csv: { extensions: ['csv'], filterName: { id: 'Tabel CSV', en: 'CSV table' }, save: true, open: false },
  pdf: { extensions: ['pdf'], filterName: { id: 'Dokumen PDF', en: 'PDF document' }, save: true, open: false },
  spreadsheet: { extensions: ['xlsx', 'xls', 'ods', 'csv'], filterName: { id: 'Lembar kerja', en: 'Spreadsheet' }, save: false, open: true },
  'support-log': { extensions: ['txt'], filterName: { id: 'Log untuk dukungan', en: 'Support log' }, save: true, open: false },
};

/** The rule for `kind` in one direction; a kind not allowed that way is refused as data ('not-allowed'). */
export function ruleFor(kind: FileKind, direction: 'save' | 'open'): FileKindRule {
  const rule = fileKindPolicy[kind];
  if (!rule[direction]) throw new IpcHandlerError('not-allowed', `Files of kind ${kind} cannot be ${direction === 'save' ? 'saved' : 'opened'}`);
  return rule;
}

/** The dialog filter for `kind` in the office's language. */
export function filterFor(rule: FileKindRule, locale: Locale): { name: string; extensions: string[] } {
  return { name: rule.filterName[locale], extensions: [...rule.extensions] };
}

/**
 * The name a file of this kind gets: whatever the renderer suggested or the officer typed, with the kind's
 * extension unless it already ends in one of the kind's (case aside). `laporan.exe` becomes `laporan.exe.xlsx`,
 * never an executable; a bare `laporan` (Linux dialogs add nothing) becomes `laporan.xlsx`.
 */
export function nameForKind(name: string, rule: FileKindRule): string {
  const ext = extname(name).slice(1).toLowerCase();
  return rule.extensions.includes(ext) && name.length > ext.length + 1 ? name : `${name}.${rule.extensions[0]}`;
}
