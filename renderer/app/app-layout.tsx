import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useApp } from './app-context';
import { PeringatanAwal } from './peringatan-awal';

const sections = [
  ['/', 'beranda'],
  ['/koperasi', 'koperasi'],
  ['/anggota', 'anggota'],
  ['/kepesertaan', 'kepesertaan'],
  ['/kegiatan', 'kegiatan'],
  ['/program', 'program'],
  ['/pertukaran', 'pertukaran'],
  ['/pengaturan', 'pengaturan'],
  ['/tentang', 'tentang'],
] as const;

/** The frame every page sits in: the product's navigation on the left, the office it belongs to on top. */
export function AppLayout() {
  const { t } = useTranslation();
  const { settings } = useApp();
  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            KL
          </span>
          <div>
            <strong>{t('app.name')}</strong>
            <small>{settings.officeProfile?.kabupatenNama}</small>
          </div>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            {sections.map(([to, key]) => (
              <li key={key}>
                <NavLink to={to} end={to === '/'}>
                  {t(`nav.${key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <p className="offline-badge" title={t('home.offlineNote')}>
          <span aria-hidden="true">●</span> {t('app.offline')}
        </p>
      </aside>
      <main id="main" className="content" tabIndex={-1}>
        <PeringatanAwal />
        <Outlet />
      </main>
    </div>
  );
}
