import type { TFunction } from 'i18next';
import { isBundleSection } from '../../shared/exchange/bundle-manifest';
import { isOneOf } from '../../shared/validation/is-one-of';
import { isValidationKey } from '../i18n/message-keys';
import type { BundleError, BundleErrorCode } from './bundle-error';

/** Codes whose detail points at a place the sender can find and fix; for the others a place would mislead. */
const locatedCodes: ReadonlySet<BundleErrorCode> = new Set([
  'invalid-record',
  'forbidden-key',
  'duplicate-id',
  'future-clock',
  'clock-overflow',
  'too-large',
  'hash-mismatch',
  'invalid-manifest',
]);
/** Our own issue codes (zod's messages that are not i18n keys are developer English: never shown). */
const ownIssues = ['json', 'too-deep', 'array-too-long', 'clock-malformed', 'unknown-key'] as const;

/**
 * What an officer reads when an import is refused: what happened, that nothing was changed, what to do, and for
 * a bad record where it is (table, row number from 1, field) so the sender can find and fix it.
 */
export function bundleErrorMessage(t: TFunction, error: BundleError): string {
  const parts = [t(`bundleError.${error.code}`)];
  const detail = error.detail;
  if (detail?.section !== undefined && locatedCodes.has(error.code)) {
    const section = isBundleSection(detail.section) || detail.section === 'manifest' ? t(`bundleError.bagian.${detail.section}`) : detail.section;
    const values = { section, index: (detail.index ?? 0) + 1, path: detail.path ?? '' };
    if (detail.index !== undefined) parts.push(t(detail.path ? 'bundleError.lokasi.kolom' : 'bundleError.lokasi.data', values));
    else parts.push(t(detail.path ? 'bundleError.lokasi.bagianKolom' : 'bundleError.lokasi.bagian', values));
  }
  if ((error.code === 'invalid-record' || error.code === 'invalid-manifest') && detail?.issue) {
    const issue = detail.issue;
    if (isValidationKey(issue)) parts.push(t(issue));
    else parts.push(t(isOneOf(ownIssues, issue) ? `bundleError.masalah.${issue}` : 'bundleError.masalah.invalid'));
  }
  return parts.join(' ');
}
