import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/app-context';
import { useToast } from '../../components/toast';

/**
 * Deletes at once (as a tombstone) and offers "Urungkan" in the toast, which restores it with a newer change: undo
 * instead of an "are you sure?" prompt, so the common case costs one keystroke and a mistake costs one more.
 */
export function useDeleteKoperasi() {
  const { t } = useTranslation();
  const { koperasi } = useApp();
  const toast = useToast();
  return async (id: string, name: string) => {
    await koperasi.remove(id);
    toast(t('koperasi.deleted', { name }), {
      action: {
        label: t('common.undo'),
        run: async () => {
          await koperasi.restore(id);
          toast(t('koperasi.restored', { name }));
        },
      },
    });
  };
}
