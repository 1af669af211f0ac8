/** Without scripts/bench.mjs's quiet check: a fixed pause before each timed side. */
const SETTLE_MS = 5000;
/** At least this much even when Chromium looks idle at once. */
const MIN_SETTLE_MS = 1000;

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits before a timed step until the bench's Chromium is idle (scripts/bench-quiet.mjs: LevelDB compacts for tens
 * of seconds after a big write or a deleted database, and the next side would pay for it). Returns the wait.
 */
export async function quiet(): Promise<number> {
  const started = performance.now();
  await settle(MIN_SETTLE_MS);
  if (window.kopBenchQuiet) await window.kopBenchQuiet();
  else await settle(SETTLE_MS);
  return Math.round(performance.now() - started);
}
