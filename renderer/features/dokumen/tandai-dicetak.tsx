import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bisaDitandaiDicetak } from '../../../shared/cetak/tandai-dicetak';
import { useApp } from '../../app/app-context';
import { useToast } from '../../components/toast';
import type { KepesertaanRecord } from '../../db/synced-records';
import { failureReason } from '../../i18n/failure-reason';

/**
 * Offered after the forms were printed or saved, never done by itself: the officer knows whether the paper really
 * came out. Marks "formulir dicetak" the drafts that may take that step (consent and wage recorded), and says how
 * many cannot yet. The records are live, so marked ones leave the count.
 */
export function TandaiDicetak({ kepesertaan: rows }: { kepesertaan: readonly KepesertaanRecord[] }) {
  const { t } = useTranslation();
  const { kepesertaan } = useApp();
  const toast = useToast();
  const [sibuk, setSibuk] = useState(false);
  const siap = rows.filter(bisaDitandaiDicetak);
  const belum = rows.filter((k) => k.status === 'draf').length - siap.length;
  if (siap.length === 0 && belum === 0) return null;

  const tandai = async () => {
    setSibuk(true);
    let done = 0;
    try {
      for (const k of siap) {
        await kepesertaan.changeStatus(k.id, { status: 'formulir_dicetak' });
        done += 1;
      }
    } catch (error) {
      toast(t('dokumen.tandaiGagal', { reason: failureReason(t, error) }), { tone: 'error' });
    } finally {
      setSibuk(false);
    }
    if (done > 0) toast(t('dokumen.tandaiSelesai', { count: done }));
  };

  return (
    <div className="dok-tandai" role="group" aria-label={t('dokumen.tandaiDicetak', { count: siap.length })}>
      {siap.length > 0 && (
        <>
          <span>{t('dokumen.tandaiHint')}</span>
          <button type="button" className="button button-primary" disabled={sibuk} onClick={() => void tandai()}>
            {t('dokumen.tandaiDicetak', { count: siap.length })}
          </button>
        </>
      )}
      {belum > 0 && <span className="muted">{t('dokumen.tandaiTidakBisa', { count: belum })}</span>}
    </div>
  );
}
