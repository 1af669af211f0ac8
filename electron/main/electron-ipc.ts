import { ipcMain, type WebContents } from 'electron';
import { listChannels } from '../../shared/ipc/channels';
import type { Dispatch } from './ipc/dispatch';
import type { PrintableWindow } from './print/printable-window';

/**
 * Registers every contract channel with ipcMain. Only the sender frame's URL, the arguments and a printable view
 * of the sending window are passed on, never the event, so the dispatcher (tested without Electron) makes every
 * decision.
 */
export function registerIpc(dispatch: Dispatch): void {
  for (const [, , channel] of listChannels()) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => dispatch(channel, args, { url: event.senderFrame?.url, window: printableWindow(event.sender) }));
  }
}

/**
 * The sender's page on paper: the system print dialog (never silent, so the officer picks the printer and the
 * copies), or an A4 PDF laid out by the print stylesheet, CSS page size and backgrounds included.
 */
function printableWindow(contents: WebContents): PrintableWindow {
  return {
    print: ({ landscape }) =>
      new Promise((resolve) => {
        contents.print({ silent: false, printBackground: true, landscape }, (success, failureReason) => {
          // Electron reports a closed dialog as a failure too ("Print job canceled"); that is the officer's answer.
          const cancelled = !success && /cancel/i.test(failureReason);
          resolve(success || cancelled ? { printed: success } : { printed: false, failure: failureReason });
        });
      }),
    printToPdf: ({ landscape }) => contents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, landscape }),
  };
}
