import { readdir, readFile } from 'node:fs/promises';

/**
 * Waits until the bench's own Chromium (every process whose command line holds its profile directory) has been
 * nearly idle for a while. After a side writes or deletes a million-entry database, IndexedDB's LevelDB compacts
 * in the background for tens of seconds; a fixed pause left the next side paying for it (an app apply that went
 * right after a database deletion took twice as long as the same apply after a quiet start). Linux only (/proc);
 * elsewhere it resolves at once with null and the page keeps its fixed pause. Other programs' load on the machine
 * does not keep it waiting: only this Chromium's CPU time counts.
 */

const TICK_MS = 500;
/** CLK_TCK on Linux. */
const TICKS_PER_S = 100;

async function cpuSeconds(profileDir) {
  let total = 0;
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes(profileDir)) continue;
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S;
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}

/**
 * @param {string} profileDir
 * @returns {(options?: { quietMs?: number, maxMs?: number, maxCores?: number }) => Promise<{ waitedMs: number, cores: number } | null>}
 */
export function chromiumQuiet(profileDir) {
  return async ({ quietMs = 3000, maxMs = 180_000, maxCores = 0.1 } = {}) => {
    if (process.platform !== 'linux') return null;
    const started = Date.now();
    const window = Math.ceil(quietMs / TICK_MS);
    const samples = [{ at: Date.now(), cpu: await cpuSeconds(profileDir) }];
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, TICK_MS));
      samples.push({ at: Date.now(), cpu: await cpuSeconds(profileDir) });
      if (samples.length <= window) continue;
      const [first, last] = [samples.at(-1 - window), samples.at(-1)];
      const cores = (last.cpu - first.cpu) / ((last.at - first.at) / 1000);
      if (cores <= maxCores || Date.now() - started >= maxMs) return { waitedMs: Date.now() - started, cores: Math.round(cores * 100) / 100 };
    }
  };
}
