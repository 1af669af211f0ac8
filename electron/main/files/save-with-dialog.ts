import { existsSync } from 'node:fs';
import type { SaveTextOutcome } from '../../../shared/ipc/contract';
import type { FileKind } from '../../../shared/ipc/file-kinds';
import type { Locale } from '../../../shared/settings/settings';
import type { HandlerDeps } from '../handlers/create-handlers';
import { reasonOf } from '../handlers/file-names';
import { IpcHandlerError } from '../ipc/handler-error';
import { filterFor, nameForKind, ruleFor } from './file-kind-policy';

/**
 * The save dialog for one kind of file, then the write: a cancel is an answer (`saved: false`), a failed write is
 * 'io-failed'. The kind decides the filter and the extension (file-kind-policy.ts); `content` gets the final path,
 * since a CSV's byte-order mark depends on it.
 */
export async function saveWithDialog(
  deps: Pick<HandlerDeps, 'dialog' | 'writeFile'>,
  locale: Locale,
  request: { readonly kind: FileKind; readonly suggestedName: string },
  content: (filePath: string) => Uint8Array | Promise<Uint8Array>,
): Promise<SaveTextOutcome> {
  const rule = ruleFor(request.kind, 'save');
  const chosen = await deps.dialog.showSaveDialog({ suggestedName: nameForKind(request.suggestedName, rule), filters: [filterFor(rule, locale)] });
  if (chosen === undefined || chosen === '') return { saved: false };
  const filePath = nameForKind(chosen, rule);
  // The dialog confirmed replacing what it was given; a name main completed is a different file it never saw.
  if (filePath !== chosen && existsSync(filePath) && !(await deps.dialog.confirmOverwrite(filePath))) return { saved: false };
  // Made after the dialog (a PDF is printed only once the officer chose where), failing with its own message.
  const bytes = await content(filePath);
  try {
    await deps.writeFile(filePath, bytes);
  } catch (error) {
    throw new IpcHandlerError('io-failed', `Could not write ${filePath}: ${reasonOf(error)}`, { cause: error });
  }
  return { saved: true, filePath };
}
