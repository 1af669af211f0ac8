import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { desktop, unwrap } from '../../desktop';
import { failureReason } from '../../i18n/failure-reason';

type Hasil = { readonly tersimpan: string } | { readonly gagal: string } | null;

/**
 * *Simpan log untuk dukungan*: main gathers the support logs (already masked) into one `.txt` where the officer
 * chooses, to send to IT. On the Tentang page and on the error page; the outcome is said beside the button.
 */
export function TombolSimpanLog() {
  const { t } = useTranslation();
  const [sibuk, setSibuk] = useState(false);
  const [hasil, setHasil] = useState<Hasil>(null);

  const simpan = async () => {
    setSibuk(true);
    setHasil(null);
    try {
      const outcome = await unwrap(desktop().log.saveForSupport());
      if (outcome.saved) setHasil({ tersimpan: outcome.filePath });
    } catch (error) {
      setHasil({ gagal: failureReason(t, error) });
    } finally {
      setSibuk(false);
    }
  };

  return (
    <>
      <button type="button" className="button" disabled={sibuk} onClick={() => void simpan()}>
        {t('about.simpanLog')}
      </button>
      {hasil && 'tersimpan' in hasil && <p role="status">{t('about.logTersimpan', { path: hasil.tersimpan })}</p>}
      {hasil && 'gagal' in hasil && (
        <p className="error-text" role="alert">
          {t('about.logGagal', { reason: hasil.gagal })}
        </p>
      )}
    </>
  );
}
