/**
 * The daftar hadir PDF bench, driven from node: opens the bench page that renders the app's daftar hadir document
 * with N generated rows (bench/daftar-hadir-page.ts) and, as the baseline, the page with the same rows as a bare
 * table (bench/tabel-polos-page.ts), each in a fresh tab, renders, then times page.pdf() — Chromium's printing,
 * which the e2e harness and Electron's printToPDF both use — with the options main uses for "Simpan PDF".
 * BENCH_PDF_OUT=<dir> keeps the last PDF of each side there, to look at.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { countPdfPages } from '../electron/main/print/count-pdf-pages.ts';

/** As electron/main/electron-ipc.ts prints the preview window (pageSize A4, backgrounds, the CSS page size). */
export const PDF_OPTIONS = { format: 'A4', preferCSSPageSize: true, printBackground: true };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length / 2) - 1];
const round = (ms) => Math.round(ms * 10) / 10;

/** One tab: load the page, render the rows, print to PDF; every figure of that repetition. */
async function once(context, url, api, input) {
  const page = await context.newPage();
  try {
    page.on('pageerror', (error) => console.error(`pdf page error: ${error.message}`));
    await page.goto(url);
    await page.waitForFunction("document.body.dataset.ready === 'true'");
    const rendered = await page.evaluate(([name, i]) => globalThis[name].render(i), [api, input]);
    if (rendered.rows !== input.rows) throw new Error(`${url}: ${rendered.rows} rows rendered, ${input.rows} asked`);
    const started = performance.now();
    const pdf = await page.pdf(PDF_OPTIONS);
    const pdfMs = performance.now() - started;
    if (process.env.BENCH_PDF_OUT) await writeFile(join(process.env.BENCH_PDF_OUT, `${api}.pdf`), pdf);
    return { renderMs: rendered.renderMs, pdfMs, pages: countPdfPages(pdf), bytes: pdf.length };
  } finally {
    await page.close();
  }
}

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} origin the bench server
 * @param {{ kabupaten: unknown, seed: number, rows: number, repeats: number }} options
 * @returns {Promise<import('../bench/bench-types').PdfOutput>}
 */
export async function pdfBench(context, origin, { kabupaten, seed, rows, repeats }) {
  const sides = {
    app: {
      label: 'DaftarHadirDokumen with the app CSS (app.css, print.css, dokumen.css) and i18n',
      url: `${origin}/daftar-hadir.html`,
      api: 'kopDaftarHadir',
      runs: [],
    },
    bare: { label: 'the same rows as a bare <table>, no stylesheet, DOM calls', url: `${origin}/tabel-polos.html`, api: 'kopTabelPolos', runs: [] },
  };
  const input = { kabupaten, seed, rows };
  // One untimed print each first (Chromium's print machinery and the fonts load on first use), then the
  // repetitions, the first side alternating.
  for (const s of Object.values(sides)) await once(context, s.url, s.api, input);
  for (let i = 0; i < repeats; i++) {
    const order = i % 2 === 0 ? [sides.app, sides.bare] : [sides.bare, sides.app];
    for (const s of order) s.runs.push(await once(context, s.url, s.api, input));
  }
  const summary = (s) => {
    const totals = s.runs.map((r) => r.renderMs + r.pdfMs);
    return {
      label: s.label,
      renderMs: s.runs.map((r) => round(r.renderMs)),
      pdfMs: s.runs.map((r) => round(r.pdfMs)),
      totalMs: totals.map(round),
      medianTotalMs: round(median(totals)),
      maxTotalMs: round(Math.max(...totals)),
      pages: s.runs[0].pages,
      bytes: s.runs[0].bytes,
    };
  };
  return { rows, repeats, options: PDF_OPTIONS, app: summary(sides.app), bare: summary(sides.bare) };
}
