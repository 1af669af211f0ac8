import { collectBundle, type ManifestBase } from '../renderer/db/exchange/collect-bundle';
import { openKopLindungDb } from '../renderer/db/database';
import { encodeBundle } from '../renderer/exchange/encode-bundle';
import { bundleSections } from '../shared/exchange/bundle-manifest';
import type { ExchangeExportOutput } from './bench-types';
import { encodeParts, plainJsonBytes } from './exchange-codec-parts';

/** Above this many characters the self-check of plainJsonBytes against a real JSON.stringify is skipped (V8's string limit). */
const SELF_CHECK_MAX_BYTES = 64 * 1024 * 1024;

/**
 * The export as the app's worker does it (exchange-worker-api.ts `export`): collectBundle of the whole database,
 * then encodeBundle with a passphrase (600,000 PBKDF2 iterations, gzip, AES-256-GCM), each timed; then, untimed,
 * the size of the same contents as plain JSON, and, when `split`, the encode's steps timed one by one.
 */
export async function exportBench(
  sourceName: string,
  manifest: ManifestBase,
  passphrase: string,
  split: boolean,
): Promise<{ bytes: Uint8Array; figures: ExchangeExportOutput }> {
  const db = await openKopLindungDb(sourceName);
  try {
    let started = performance.now();
    const contents = await collectBundle(db, { jenis: 'semua', sejak: '', manifest });
    const collectMs = Math.round(performance.now() - started);
    started = performance.now();
    const bytes = await encodeBundle(contents, { passphrase, onProgress: () => undefined });
    const encodeMs = Math.round(performance.now() - started);

    const jsonBytes = plainJsonBytes(contents);
    if (jsonBytes < SELF_CHECK_MAX_BYTES) {
      const real = new TextEncoder().encode(JSON.stringify(contents)).length;
      if (real !== jsonBytes) throw new Error(`plainJsonBytes counted ${jsonBytes}, JSON.stringify gives ${real}`);
    }
    const records = Object.fromEntries(bundleSections.map((s) => [s, s === 'alias' ? contents.alias.length : contents.tables[s].length]));
    const parts = split ? await encodeParts(contents, passphrase) : null;
    return {
      bytes,
      figures: { records, collectMs, encodeMs, bundleBytes: bytes.length, plainJsonBytes: jsonBytes, parts, heap: null },
    };
  } finally {
    db.close();
  }
}
