import type { IpcHandlers, PrintDocumentOutcome, SavePdfOutcome } from '../../../shared/ipc/contract';
import type { HandlerDeps } from '../handlers/create-handlers';
import { reasonOf } from '../handlers/file-names';
import { saveWithDialog } from '../files/save-with-dialog';
import type { Locale } from '../../../shared/settings/settings';
import type { IpcCaller } from '../handlers/ipc-caller';
import { IpcHandlerError } from '../ipc/handler-error';
import { countPdfPages } from './count-pdf-pages';

/** The save dialog and the file system, as the other handlers get them. */
export type PrintHandlerDeps = Pick<HandlerDeps, 'dialog' | 'writeFile'> & {
  /** The office's language, for the dialog's filter name. */
  readonly locale: () => Locale;
};

/**
 * Printing and PDF saving of the calling window. The renderer shows the document as it will look on paper and
 * asks main to print that very window, so there is one layout (the print stylesheet) for screen, printer and PDF.
 * A cancel is an answer (`printed: false`, `saved: false`); a printer, PDF or disk failure is 'io-failed'.
 */
export function createPrintHandlers(deps: PrintHandlerDeps): IpcHandlers<IpcCaller>['print'] {
  return {
    printDocument: async (request, caller): Promise<PrintDocumentOutcome> => {
      let outcome: { printed: boolean; failure?: string };
      try {
        outcome = await caller.window.print({ landscape: request.landscape ?? false });
      } catch (error) {
        throw new IpcHandlerError('io-failed', `Could not print: ${reasonOf(error)}`, { cause: error });
      }
      if (outcome.failure !== undefined) throw new IpcHandlerError('io-failed', `Printing failed: ${outcome.failure}`);
      return { printed: outcome.printed };
    },

    savePdf: async (request, caller): Promise<SavePdfOutcome> => {
      let pages = 0;
      const outcome = await saveWithDialog(deps, deps.locale(), { kind: 'pdf', suggestedName: request.suggestedName }, async () => {
        let bytes: Uint8Array;
        try {
          bytes = await caller.window.printToPdf({ landscape: request.landscape ?? false });
        } catch (error) {
          throw new IpcHandlerError('io-failed', `Could not make the PDF: ${reasonOf(error)}`, { cause: error });
        }
        pages = countPdfPages(bytes);
        return bytes;
      });
      return outcome.saved ? { ...outcome, pages } : outcome;
    },
  };
}
