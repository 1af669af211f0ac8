import type { IpcHandlers, PrintDocumentOutcome, SavePdfOutcome } from '../../../shared/ipc/contract';
import type { HandlerDeps } from '../handlers/create-handlers';
import { reasonOf, withExtension } from '../handlers/file-names';
import type { IpcCaller } from '../handlers/ipc-caller';
import { IpcHandlerError } from '../ipc/handler-error';
import { countPdfPages } from './count-pdf-pages';

/** The save dialog and the file system, as the other handlers get them. */
export type PrintHandlerDeps = Pick<HandlerDeps, 'dialog' | 'writeFile'>;

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
      const chosen = await deps.dialog.showSaveDialog({
        suggestedName: withExtension(request.suggestedName, 'pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (chosen === undefined || chosen === '') return { saved: false };
      const filePath = withExtension(chosen, 'pdf');
      let bytes: Uint8Array;
      try {
        bytes = await caller.window.printToPdf({ landscape: request.landscape ?? false });
      } catch (error) {
        throw new IpcHandlerError('io-failed', `Could not make the PDF: ${reasonOf(error)}`, { cause: error });
      }
      try {
        await deps.writeFile(filePath, bytes);
      } catch (error) {
        throw new IpcHandlerError('io-failed', `Could not write ${filePath}: ${reasonOf(error)}`, { cause: error });
      }
      return { saved: true, filePath, pages: countPdfPages(bytes) };
    },
  };
}
