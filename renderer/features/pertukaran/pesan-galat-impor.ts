import type { TFunction } from 'i18next';
import { BundleError } from '../../exchange/bundle-error';
import { bundleErrorMessage } from '../../exchange/bundle-error-message';
import { failureReason } from '../../i18n/failure-reason';

/**
 * What the officer reads when opening, checking or applying a file fails: the codec's own wording for a refused
 * file (bundleErrorMessage), else the app's usual reason, and in every case that nothing was changed, said once:
 * most refusal texts already say it, and a merge is one transaction, so it is always true.
 */
export function pesanGalatImpor(t: TFunction, error: unknown): string {
  const pesan = error instanceof BundleError ? bundleErrorMessage(t, error) : t('pertukaran.impor.gagal', { reason: failureReason(t, error) });
  const tidakDiubah = t('pertukaran.tidakDiubah');
  return pesan.includes(tidakDiubah) ? pesan : `${pesan} ${tidakDiubah}`;
}
