import { execFileSync } from 'node:child_process';
import { renameSync } from 'node:fs';
import { docsPath } from './docs-path';

/** pdftotext keeps the layout; for sentences, runs of spaces and line breaks are one space. */
export const flat = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The first page of a saved PDF as a PNG for docs/dokumen/ (pdftoppm, poppler-utils), where the docs show each
 * document. Written into docs/ only with UPDATE_DOCS=1 (docsPath), like every picture the specs take.
 */
export function renderFirstPage(pdf: string, name: string) {
  const target = docsPath('dokumen', `${name}.png`);
  const temporary = target.replace(/\.png$/, '-tmp');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, temporary]);
  renameSync(`${temporary}.png`, target);
}
