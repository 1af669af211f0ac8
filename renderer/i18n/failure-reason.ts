import type { TFunction } from 'i18next';
import { DesktopCallError } from '../desktop';
import { RecordNotFoundError } from '../db/write-path';

/**
 * Why something the officer asked for did not happen, in their language: a refusal from main (by its error code),
 * a record that is gone, or the storage engine refusing the write. Never the developer's English error text.
 */
export function failureReason(t: TFunction, error: unknown): string {
  if (error instanceof DesktopCallError) return t(`ipcError.${error.code}`);
  if (error instanceof RecordNotFoundError) return t('failure.notFound');
  console.error(error);
  return t('failure.storage');
}
