import { useTranslation } from 'react-i18next';

/** Shown instead of the app when it cannot start; it never offers to wipe anything. */
export function BootFailure({ reason, detail }: { reason: 'noDesktop' | 'dbFailed' | 'cadanganPembaruan'; detail?: string }) {
  const { t } = useTranslation();
  return (
    <main className="setup" id="main">
      <div className="setup-card" role="alert">
        <h1>{t('boot.failedTitle')}</h1>
        <p>{t(`boot.${reason}`, { reason: detail })}</p>
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          {t('boot.retry')}
        </button>
      </div>
    </main>
  );
}
