import { collectBundle, type ManifestBase } from '../renderer/db/exchange/collect-bundle';
import { exportBundle } from '../renderer/db/exchange/export-bundle';
import { openKopLindungDb } from '../renderer/db/database';
import { encodeBundle } from '../renderer/exchange/encode-bundle';
import { bundleSections } from '../shared/exchange/bundle-manifest';
import type { ExchangeExportOutput } from './bench-types';
import { encodeParts, plainJsonBytes } from './exchange-codec-parts';

/** Above this many characters the self-check of plainJsonBytes against a real JSON.stringify is skipped (V8's string limit). */
const SELF_CHECK_MAX_BYTES = 64 * 1024 * 1024;

/**
 * The export as the app's worker does it (exchange-worker-api.ts `export`): exportBundle of the whole database with a
 * passphrase (600,000 PBKDF2 iterations, gzip, AES-256-GCM), timed. The page reads the worker's heap right after,
 * so that figure is the export alone.
 */
export async function exportApp(sourceName: string, manifest: ManifestBase, passphrase: string): Promise<{ bytes: Uint8Array; exportMs: number }> {
  const db = await openKopLindungDb(sourceName);
  try {
    const started = performance.now();
    const { bytes } = await exportBundle(db, { jenis: 'semua', sejak: '', manifest, passphrase, onProgress: () => undefined });
    return { bytes, exportMs: Math.round(performance.now() - started) };
  } finally {
    db.close();
  }
}

/**
 * The same export in its two halves, with the records held whole between them: collectBundle, then encodeBundle
 * with a passphrase, each timed (the split the figures had before exportBundle; the heap over them shows what the
 * streaming saves); then, untimed, the size of the same contents as plain JSON, and, when `split`, the encode's
 * steps timed one by one.
 */
export async function exportBench(
  sourceName: string,
  manifest: ManifestBase,
  passphrase: string,
  split: boolean,
): Promise<Omit<ExchangeExportOutput, 'exportMs' | 'bundleBytes' | 'heap' | 'heapCollectEncode'>> {
  const db = await openKopLindungDb(sourceName);
  try {
    let started = performance.now();
    const contents = await collectBundle(db, { jenis: 'semua', sejak: '', manifest });
    const collectMs = Math.round(performance.now() - started);
    started = performance.now();
    await encodeBundle(contents, { passphrase, onProgress: () => undefined });
    const encodeMs = Math.round(performance.now() - started);

    const jsonBytes = plainJsonBytes(contents);
    if (jsonBytes < SELF_CHECK_MAX_BYTES) {
      const real = new TextEncoder().encode(JSON.stringify(contents)).length;
      if (real !== jsonBytes) throw new Error(`plainJsonBytes counted ${jsonBytes}, JSON.stringify gives ${real}`);
    }
    const records = Object.fromEntries(bundleSections.map((s) => [s, s === 'alias' ? contents.alias.length : contents.tables[s].length]));
    const parts = split ? await encodeParts(contents, passphrase) : null;
    return { records, collectMs, encodeMs, plainJsonBytes: jsonBytes, parts };
  } finally {
    db.close();
  }
}
