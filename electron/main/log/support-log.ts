/** Where a logged error came from: main's own code, or the renderer (sent over IPC, never trusted as masked). */
export type LogSource = 'main' | 'renderer';
export type LogLevel = 'error' | 'warn' | 'info';

/**
 * The logs support reads. A small interface on purpose: handlers and the harness see only this, and the files are
 * written by electron-log behind it (`createFileSupportLog`). Every implementation masks personal data
 * (shared/log/samarkan-log.ts) before anything reaches the disk.
 */
export interface SupportLog {
  write(source: LogSource, level: LogLevel, message: string): void;
  /** Every log file there is now, oldest first: what *Simpan log untuk dukungan* gathers into one. */
  files(): readonly string[];
}
