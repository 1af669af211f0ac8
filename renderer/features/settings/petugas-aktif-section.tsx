import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/app-context';
import { useToast } from '../../components/toast';
import { desktop, unwrap } from '../../desktop';
import { failureReason } from '../../i18n/failure-reason';

/**
 * Who is working on this laptop now, picked from the office's officers. Several officers share a laptop at an
 * event; the one picked here is recorded with each check-in and each print.
 */
export function PetugasAktifSection() {
  const { t } = useTranslation();
  const { settings, setSettings } = useApp();
  const toast = useToast();
  const id = useId();
  const officers = settings.officeProfile?.petugas ?? [];
  const options = officers.includes(settings.petugasAktif) || settings.petugasAktif === '' ? officers : [settings.petugasAktif, ...officers];

  const pick = async (nama: string) => {
    try {
      setSettings(await unwrap(desktop().settings.setPetugasAktif(nama)));
      if (nama !== '') toast(t('petugasAktif.saved', { name: nama }));
    } catch (error) {
      toast(t('petugasAktif.failed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('petugasAktif.title')}</h2>
      <div className="field">
        <label htmlFor={id}>{t('petugasAktif.label')}</label>
        <select id={id} value={settings.petugasAktif} aria-describedby={`${id}-hint`} onChange={(e) => void pick(e.target.value)}>
          <option value="">{t('petugasAktif.none')}</option>
          {options.map((nama) => (
            <option key={nama} value={nama}>
              {nama}
            </option>
          ))}
        </select>
        <p className="field-hint" id={`${id}-hint`}>
          {t('petugasAktif.hint')}
        </p>
      </div>
    </section>
  );
}
