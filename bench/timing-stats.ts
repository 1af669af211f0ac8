import type { TimingStats } from './bench-types';
import { percentile } from './percentile';

const round = (ms: number) => Math.round(ms * 100) / 100;

export function timingStats(samples: readonly number[]): TimingStats {
  return { samples: samples.length, p50Ms: round(percentile(samples, 50)), p95Ms: round(percentile(samples, 95)), maxMs: round(Math.max(...samples)) };
}

/** Runs `op` and returns how long it took with its result. */
export async function timed<T>(op: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await op();
  return { ms: performance.now() - started, result };
}

/** Used JS heap in MB, or null where Chromium does not expose it (performance.memory is non-standard). */
export function usedHeapMB(): number | null {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? Math.round((memory.usedJSHeapSize / 1048576) * 10) / 10 : null;
}
