import { useTranslation } from 'react-i18next';
import type { OfficeProfile, Settings } from '../../../shared/settings/settings';
import { desktop, unwrap } from '../../desktop';
import { OfficeProfileForm } from '../settings/office-profile-form';
import { useToast } from '../../components/toast';
import { failureReason } from '../../i18n/failure-reason';

/** First run: nothing else opens until the office is known, because kecamatan lists and letterheads depend on it. */
export function SetupPage({ onDone }: { onDone: (settings: Settings) => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const save = async (profile: OfficeProfile) => {
    try {
      const settings = await unwrap(desktop().settings.saveOfficeProfile(profile));
      toast(t('setup.saved'));
      onDone(settings);
    } catch (error) {
      toast(t('settings.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };
  return (
    <main className="setup" id="main">
      <div className="setup-card">
        <p className="brand-mark" aria-hidden="true">
          KL
        </p>
        <h1>{t('setup.title')}</h1>
        <p className="lead">{t('setup.intro')}</p>
        <OfficeProfileForm initial={null} submitLabel={t('setup.finish')} onSave={save} />
      </div>
    </main>
  );
}
