import { execFileSync } from 'node:child_process';

/**
 * What a saved PDF says, through poppler-utils (Debian: `apt-get install poppler-utils`): `pdftotext -layout`
 * keeps each printed line on one line, so a test can look for "NIK : 3674…" or a table row as the paper shows it.
 */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** The PDF's page count and the first page's size in points (A4 portrait is 595 × 842). */
export function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info);
  return { pages, width: Math.round(Number(size?.[1])), height: Math.round(Number(size?.[2])) };
}
