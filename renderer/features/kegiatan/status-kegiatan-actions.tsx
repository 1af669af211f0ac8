import { useTranslation } from 'react-i18next';
import { langkahDari, type StatusKegiatan } from '../../../shared/kegiatan/kegiatan-options';
import { useApp } from '../../app/app-context';
import { useToast } from '../../components/toast';
import type { KegiatanRecord } from '../../db/synced-records';
import { failureReason } from '../../i18n/failure-reason';

/**
 * The event's next steps as buttons, named by what they do from where it stands: start, close, reopen, mark the
 * report handed in. Closing does not ask "are you sure": it can be undone with "Buka kembali" until reported.
 */
export function StatusKegiatanActions({ kegiatan: k }: { kegiatan: KegiatanRecord }) {
  const { t } = useTranslation();
  const { kegiatan } = useApp();
  const toast = useToast();
  const step = async (ke: StatusKegiatan) => {
    try {
      await kegiatan.changeStatus(k.id, ke);
      toast(t(`kegiatan.langkahDone.${ke}`));
    } catch (error) {
      toast(t('kegiatan.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };
  const steps = langkahDari(k.status);
  if (steps.length === 0) return null;
  return (
    <div className="button-row">
      {steps.map(({ ke, kode }) => (
        <button
          key={ke}
          type="button"
          className={ke === 'berlangsung' && k.status === 'selesai' ? 'button' : 'button button-primary'}
          onClick={() => void step(ke)}
        >
          {t(`kegiatan.langkah.${kode}`)}
        </button>
      ))}
    </div>
  );
}
