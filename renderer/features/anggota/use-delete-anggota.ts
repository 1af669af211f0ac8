import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/app-context';
import { useToast } from '../../components/toast';
import { failureReason } from '../../i18n/failure-reason';

/**
 * Deletes a person with their roles and enrollments (tombstones: how a personal-data deletion request is carried
 * out, and how it reaches other laptops). As everywhere, no "are you sure?": "Urungkan" in the toast (or Ctrl+Z)
 * brings back exactly what went.
 */
export function useDeleteAnggota() {
  const { t } = useTranslation();
  const { anggota } = useApp();
  const toast = useToast();
  return async (id: string, name: string): Promise<boolean> => {
    try {
      const removal = await anggota.remove(id);
      toast(t('anggota.deleted', { name }), {
        action: {
          label: t('common.undo'),
          run: async () => {
            try {
              await anggota.restore(removal);
              toast(t('anggota.restored', { name }));
            } catch (error) {
              toast(t('anggota.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
            }
          },
        },
      });
      return true;
    } catch (error) {
      toast(t('anggota.deleteFailed', { name, reason: failureReason(t, error) }), { tone: 'error' });
      return false;
    }
  };
}
