import { expose, transfer } from 'comlink';
import type { ManifestBase } from '../renderer/db/exchange/collect-bundle';
import { exportApp, exportBench } from './exchange-export-bench';
import { DeltaImport } from './exchange-delta-import';
import { ImportBench } from './exchange-import-bench';

let importer: ImportBench | null = null;
let delta: DeltaImport | null = null;
const deltaImporting = () => {
  if (!delta) throw new Error('deltaStart first');
  return delta;
};
const importing = () => {
  if (!importer) throw new Error('importStart first');
  return importer;
};

/**
 * The exchange bench's worker: the page starts one for the export and a fresh one for the import (a second laptop
 * opening the file; another for the officer's month into the full district), as the app runs its exchange in a dedicated worker (renderer/exchange/exchange.worker.ts).
 */
const api = {
  async exportApp(sourceName: string, manifest: ManifestBase, passphrase: string) {
    const result = await exportApp(sourceName, manifest, passphrase);
    return transfer(result, [result.bytes.buffer]);
  },
  exportBench: (sourceName: string, manifest: ManifestBase, passphrase: string, split: boolean) => exportBench(sourceName, manifest, passphrase, split),
  importStart(bytes: Uint8Array, passphrase: string) {
    importer = new ImportBench(bytes, passphrase);
  },
  decode: () => importing().decode(),
  decodeParts: () => importing().decodeParts(),
  openTargets: (appName: string, rawName: string) => importing().openTargets(appName, rawName),
  preview: () => importing().preview(),
  apply: () => importing().apply(),
  rawImport: (rawName: string, journal: boolean) => importing().rawImport(rawName, journal),
  verify: (rawName: string) => importing().verify(rawName),
  dropTargets: () => importing().dropTargets(),
  reimport: () => importing().reimport(),
  deltaStart(bytes: Uint8Array, passphrase: string) {
    delta = new DeltaImport(bytes, passphrase);
  },
  deltaImport: (appName: string) => deltaImporting().importInto(appName),
  deltaRaw: (rawName: string) => deltaImporting().rawInto(rawName),
  deltaClose: () => deltaImporting().close(),
};

export type ExchangeBenchWorker = typeof api;
expose(api);
