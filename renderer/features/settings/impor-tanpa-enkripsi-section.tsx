import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/app-context';
import { useToast } from '../../components/toast';
import { desktop, unwrap } from '../../desktop';
import { failureReason } from '../../i18n/failure-reason';

/**
 * Pengaturan → Berkas tanpa enkripsi: whether Pertukaran Data may import a bundle without a passphrase. Off by
 * default; kept in main's settings file, so it survives an update and a restore of the database.
 */
export function ImporTanpaEnkripsiSection() {
  const { t } = useTranslation();
  const { settings, setSettings } = useApp();
  const toast = useToast();
  const id = useId();
  // The box follows the click at once, while main saves it; a failed save puts it back and says why.
  const [menyimpan, setMenyimpan] = useState<boolean | undefined>(undefined);
  const simpan = async (izinkan: boolean) => {
    setMenyimpan(izinkan);
    try {
      setSettings(await unwrap(desktop().settings.setIzinkanImporTanpaEnkripsi(izinkan)));
      toast(t('settings.saved'));
    } catch (error) {
      toast(t('settings.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    } finally {
      setMenyimpan(undefined);
    }
  };
  return (
    <section className="card" aria-labelledby={`${id}-judul`}>
      <h2 id={`${id}-judul`}>{t('settings.tanpaEnkripsi')}</h2>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={menyimpan ?? settings.izinkanImporTanpaEnkripsi}
          aria-describedby={`${id}-hint`}
          onChange={(e) => void simpan(e.target.checked)}
        />
        {t('settings.izinkanTanpaEnkripsi')}
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {t('settings.tanpaEnkripsiHint')}
      </p>
    </section>
  );
}
