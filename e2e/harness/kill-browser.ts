import { readdirSync, readFileSync } from 'node:fs';

/**
 * The pids of the Chromium processes started on `profileDir` (found by their `--user-data-dir` in /proc), so a
 * test kills exactly the browser it started, by pid, and nothing else on the machine.
 */
export function browserPids(profileDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.includes(`--user-data-dir=${profileDir}`)) pids.push(Number(entry));
    } catch {
      // The process ended while the list was read.
    }
  }
  return pids;
}

/** SIGKILL to every process of that browser at once: as a power cut or a crash leaves it, no shutdown runs. */
export function killBrowser(profileDir: string): number {
  const pids = browserPids(profileDir);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  return pids.length;
}
