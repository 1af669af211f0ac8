import type { PrintableWindow } from '../print/printable-window';

/**
 * Who made an IPC call, handed to every handler after its arguments: the frame's URL (the dispatcher checks its
 * origin) and its window (the print handlers print it). Never the raw Electron event.
 */
export interface IpcCaller {
  readonly url: string | undefined;
  readonly window: PrintableWindow;
}
