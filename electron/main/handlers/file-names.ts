import { extname } from 'node:path';

/** Linux save dialogs do not add the extension the filter names; without it the file opens in no program. */
export function withExtension(filePath: string, extension: string | undefined): string {
  return extname(filePath) === '' && extension !== undefined ? `${filePath}.${extension}` : filePath;
}

/** A thrown value as text for a developer-facing message. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
