import { existsSync } from 'node:fs';
import { join } from 'node:path';
import electronLog from 'electron-log/node';
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
const sources: readonly LogSource[] = ['main', 'renderer'];
let instances = 0;

/**
 * Rotating log files in the user-data folder, one pair per source (`main.log`, `main.old.log`, `renderer.log`,
 * `renderer.old.log`), written by electron-log's file transport: synchronous appends, so the last line before a
 * crash is on the disk, in order, and past `maxBytes` a file is renamed to `.old` and a new one begun. Its Node
 * entry (`electron-log/node`) is used in Electron's main process and in the harness alike, because the renderer's
 * lines reach main through the app's own IPC channel, never through electron-log's. Every line is masked
 * (shared/log/samarkan-log.ts) before electron-log sees it; a log that cannot be written never breaks what was
 * being logged.
 */
export function createFileSupportLog(options: FileSupportLogOptions): SupportLog {
  const path = (source: LogSource, old = false) => join(options.dir, `${source}${old ? '.old' : ''}.log`);
  const loggers = Object.fromEntries(
    sources.map((source) => {
      const logger = electronLog.create({ logId: `koplindung-${source}-${++instances}` });
      logger.transports.console.level = false;
      logger.transports.file.maxSize = options.maxBytes ?? MAX_BYTES;
      logger.transports.file.format = ({ message }) => [`[${(options.now?.() ?? message.date).toISOString()}] [${message.level}] ${String(message.data[0])}`];
      logger.transports.file.resolvePathFn = () => path(source);
      return [source, logger];
    }),
  ) as Record<LogSource, ReturnType<typeof electronLog.create>>;

  return {
    write(source: LogSource, level: LogLevel, message: string) {
      try {
        loggers[source][level](samarkanLog(message, options.rumah).replace(/\r?\n/g, '\n    '));
      } catch {
        // Nowhere left to report it: the disk is full or the folder is gone. The app goes on.
      }
    },
    files() {
      return sources.flatMap((s) => [path(s, true), path(s)]).filter((f) => existsSync(f));
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
