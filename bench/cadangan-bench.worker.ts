import { expose } from 'comlink';
import type { ManifestBase } from '../renderer/db/exchange/collect-bundle';
import { CadanganBench } from './cadangan-snapshot-bench';

let bench: CadanganBench | null = null;
const started = () => {
  if (!bench) throw new Error('start first');
  return bench;
};

/** The backup bench's worker: backups and restores run in a dedicated worker in the app too (exchange.worker.ts). */
const api = {
  start(passphrase: string, manifest: ManifestBase) {
    bench = new CadanganBench(passphrase, manifest);
  },
  penuh: (sourceName: string) => started().penuh(sourceName),
  perubahan: (sourceName: string) => started().perubahan(sourceName),
  rawBaca: (sourceName: string, changesOnly: boolean) => started().rawBaca(sourceName, changesOnly),
  pulihkan: (targetName: string) => started().pulihkan(targetName),
  rawPulihkan: (rawName: string) => started().rawPulihkan(rawName),
};

export type CadanganBenchWorker = typeof api;
expose(api);
