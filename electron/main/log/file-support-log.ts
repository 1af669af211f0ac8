import { appendFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { samarkanLog } from '../../../shared/log/samarkan-log';
import type { LogLevel, LogSource, SupportLog } from './support-log';

export interface FileSupportLogOptions {
  /** The folder of the logs: `<userData>/logs`. */
  readonly dir: string;
  /** A file past this size becomes `<source>.old.log` (replacing the previous one) and a new one starts. */
  readonly maxBytes?: number;
  /** The user's home folder, replaced by `~` in every line (it names the user). */
  readonly rumah?: string;
  readonly now?: () => Date;
}

/** 1 MB per file, two files per source: a few thousand errors, and never more than 4 MB on the disk. */
const MAX_BYTES = 1024 * 1024;

/**
 * Rotating log files in the user-data folder, one pair per source (`main.log`, `main.old.log`, `renderer.log`,
 * `renderer.old.log`), as electron-log lays them out. Writes are synchronous appends, so the last line before a
 * crash is on the disk, in order; errors are rare, so this costs nothing that matters. A log that cannot be
 * written never breaks what was being logged.
 */
export function createFileSupportLog(options: FileSupportLogOptions): SupportLog {
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  const now = options.now ?? (() => new Date());
  const path = (source: LogSource, old = false) => join(options.dir, `${source}${old ? '.old' : ''}.log`);

  return {
    write(source: LogSource, level: LogLevel, message: string) {
      try {
        mkdirSync(options.dir, { recursive: true });
        const file = path(source);
        if (existsSync(file) && statSync(file).size >= maxBytes) renameSync(file, path(source, true));
        const line = samarkanLog(message, options.rumah).replace(/\r?\n/g, '\n    ');
        appendFileSync(file, `[${now().toISOString()}] [${level}] ${line}\n`, 'utf8');
      } catch {
        // Nowhere left to report it: the disk is full or the folder is gone. The app goes on.
      }
    },
    files() {
      return (['main', 'renderer'] as const).flatMap((s) => [path(s, true), path(s)]).filter((f) => existsSync(f));
    },
  };
}

/** An error as one loggable text: its name, message and stack, or whatever was thrown. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  try {
    return typeof error === 'string' ? error : JSON.stringify(error);
  } catch {
    return String(error);
  }
}
