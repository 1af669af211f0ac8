import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/app-context';
import { useToast } from '../../components/toast';
import { failureReason } from '../../i18n/failure-reason';

/**
 * Deletes at once (as a tombstone) and offers "Urungkan" in the toast, which restores it with a newer change: undo
 * instead of an "are you sure?" prompt, so the common case costs one keystroke and a mistake costs one more.
 */
export function useDeleteKoperasi() {
  const { t } = useTranslation();
  const { koperasi } = useApp();
  const toast = useToast();
  /** Resolves to whether the cooperative was deleted; a refusal is explained in a toast. */
  return async (id: string, name: string): Promise<boolean> => {
    try {
      await koperasi.remove(id);
    } catch (error) {
      toast(t('koperasi.deleteFailed', { name, reason: failureReason(t, error) }), { tone: 'error' });
      return false;
    }
    toast(t('koperasi.deleted', { name }), {
      action: {
        label: t('common.undo'),
        run: async () => {
          try {
            await koperasi.restore(id);
            toast(t('koperasi.restored', { name }));
          } catch (error) {
            toast(t('koperasi.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
          }
        },
      },
    });
    return true;
  };
}
