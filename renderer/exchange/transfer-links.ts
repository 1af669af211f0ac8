import { transfer } from 'comlink';
import type { MataRantai } from './exchange-worker-api';

/**
 * A backup chain marked for comlink to move its files' buffers to the worker rather than copy them: the UI reads
 * the chain from disk for one call and never touches it again, and a district's chain can be hundreds of MB.
 * The mark is on the array itself, the argument comlink posts. Each buffer is listed once (a transfer list
 * refuses duplicates).
 */
export function transferLinks(rantai: readonly MataRantai[]): readonly MataRantai[] {
  const buffers = new Set<ArrayBuffer>();
  for (const mata of rantai) if (mata.bytes.buffer instanceof ArrayBuffer) buffers.add(mata.bytes.buffer);
  return transfer(rantai, [...buffers]);
}
