import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/app-context';
import { useToast } from '../../components/toast';
import { desktop, unwrap } from '../../desktop';
import { failureReason } from '../../i18n/failure-reason';

/** The choices offered: a quarter, half a year, one and two years. */
const PILIHAN_HARI = [90, 180, 365, 730] as const;

/**
 * How long a deleted person's tombstone keeps their personal data before it is blanked as by *Hapus data pribadi*
 * (UU 27/2022: no longer than needed). Applied at each start.
 */
export function RetensiSection() {
  const { t } = useTranslation();
  const { settings, setSettings } = useApp();
  const toast = useToast();
  const id = useId();
  const simpan = async (hari: number) => {
    try {
      setSettings(await unwrap(desktop().settings.setRetensiTerhapus(hari)));
      toast(t('settings.saved'));
    } catch (error) {
      toast(t('settings.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };
  const pilihan = PILIHAN_HARI.includes(settings.retensiTerhapusHari as never)
    ? PILIHAN_HARI
    : [...PILIHAN_HARI, settings.retensiTerhapusHari].sort((a, b) => a - b);
  return (
    <section className="card" aria-labelledby={`${id}-judul`}>
      <h2 id={`${id}-judul`}>{t('settings.retensi')}</h2>
      <div className="field">
        <label htmlFor={`${id}-hari`}>{t('settings.retensiLabel')}</label>
        <select id={`${id}-hari`} value={settings.retensiTerhapusHari} aria-describedby={`${id}-hint`} onChange={(e) => void simpan(Number(e.target.value))}>
          {pilihan.map((hari) => (
            <option key={hari} value={hari}>
              {t('settings.retensiHari', { count: hari })}
            </option>
          ))}
        </select>
        <p className="field-hint" id={`${id}-hint`}>
          {t('settings.retensiHint')}
        </p>
      </div>
    </section>
  );
}
