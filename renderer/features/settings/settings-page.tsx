import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { jenisImpor } from '../../../shared/impor-excel/kolom-impor';
import { locales, type Locale, type OfficeProfile } from '../../../shared/settings/settings';
import { useApp } from '../../app/app-context';
import { Page } from '../../components/page';
import { useToast } from '../../components/toast';
import { desktop, unwrap } from '../../desktop';
import { failureReason } from '../../i18n/failure-reason';
import { changeLocale } from '../../i18n/i18n';
import { storageStatus, type StorageStatus } from '../../storage/persistent-storage';
import { CadanganSection } from '../cadangan/cadangan-section';
import { DokumenSettingsSection } from './dokumen-settings-section';
import { OfficeProfileForm } from './office-profile-form';
import { PetugasAktifSection } from './petugas-aktif-section';
import { ImporTanpaEnkripsiSection } from './impor-tanpa-enkripsi-section';
import { RetensiSection } from './retensi-section';
import { TarifIuranSection } from './tarif-iuran-section';

/** Pengaturan: office profile, language, contribution rates, and what the laptop does to keep the data safe. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { settings, setSettings } = useApp();
  const toast = useToast();
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [disk, setDisk] = useState<{ bebas: number; total: number } | null>(null);
  useEffect(() => {
    void storageStatus().then(setStorage);
    void unwrap(desktop().cadangan.getSpace()).then(setDisk, () => undefined);
  }, []);

  const saveProfile = async (profile: OfficeProfile) => {
    try {
      setSettings(await unwrap(desktop().settings.saveOfficeProfile(profile)));
      toast(t('settings.saved'));
    } catch (error) {
      toast(t('settings.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };
  const saveLocale = async (locale: Locale) => {
    try {
      setSettings(await unwrap(desktop().settings.setLocale(locale)));
      await changeLocale(locale);
    } catch (error) {
      toast(t('settings.localeFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };

  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString(settings.locale === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 })} MB`;
  const gb = (bytes: number) => `${(bytes / 1024 ** 3).toLocaleString(settings.locale === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 })} GB`;
  return (
    <Page title={t('settings.title')}>
      <section className="card">
        <h2>{t('settings.language')}</h2>
        <div className="field">
          <label htmlFor="locale">{t('settings.language')}</label>
          <select id="locale" value={settings.locale} onChange={(e) => void saveLocale(e.target.value as Locale)} aria-describedby="locale-hint">
            {locales.map((l) => (
              <option key={l} value={l}>
                {t(`settings.languages.${l}`)}
              </option>
            ))}
          </select>
          <p className="field-hint" id="locale-hint">
            {t('settings.languageHint')}
          </p>
        </div>
      </section>

      <section className="card">
        <h2>{t('settings.officeProfile')}</h2>
        <OfficeProfileForm initial={settings.officeProfile} submitLabel={t('common.save')} onSave={saveProfile} />
      </section>

      <PetugasAktifSection />

      <section className="card">
        <h2>{t('imporExcel.judul')}</h2>
        <p className="muted">{t('imporExcel.intro')}</p>
        <ul className="link-list">
          {jenisImpor.map((j) => (
            <li key={j}>
              <Link to={`/impor-excel?jenis=${j}`}>{t(`imporExcel.jenis.${j}`)}</Link>
            </li>
          ))}
        </ul>
      </section>

      <DokumenSettingsSection />

      <TarifIuranSection />

      <CadanganSection />

      <RetensiSection />
      <ImporTanpaEnkripsiSection />

      <section className="card">
        <h2>{t('settings.storage')}</h2>
        {storage && (
          <>
            <p>{storage.persisted ? t('settings.storagePersisted') : t('settings.storageNotPersisted')}</p>
            {storage.quota > 0 && <p className="muted">{t('settings.storageUsage', { used: mb(storage.usage), quota: mb(storage.quota) })}</p>}
          </>
        )}
        {disk && disk.total > 0 && (
          <p className="muted">{t('settings.disk', { used: gb(disk.total - disk.bebas), total: gb(disk.total), bebas: gb(disk.bebas) })}</p>
        )}
        <h2>{t('settings.device')}</h2>
        <dl className="facts">
          <dt>{t('settings.deviceId')}</dt>
          <dd>
            <code>{settings.deviceId}</code>
            <p className="field-hint">{t('settings.deviceIdHint')}</p>
          </dd>
        </dl>
      </section>
    </Page>
  );
}
