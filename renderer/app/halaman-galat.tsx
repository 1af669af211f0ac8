import { useTranslation } from 'react-i18next';
import { focusOnMount } from '../components/focus-on-mount';
import { TombolSimpanLog } from '../features/about/tombol-simpan-log';

/** What an officer sees after an uncaught error: what happened, that saved data is safe, and two ways on. */
export function HalamanGalat() {
  const { t } = useTranslation();
  return (
    <main className="setup" id="main">
      <div className="setup-card" role="alert" aria-labelledby="galat-judul">
        <h1 id="galat-judul" ref={focusOnMount} tabIndex={-1}>
          {t('galat.judul')}
        </h1>
        <p>{t('galat.isi')}</p>
        <p>{t('galat.dukungan')}</p>
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
            {t('galat.muatUlang')}
          </button>
          <TombolSimpanLog />
        </div>
      </div>
    </main>
  );
}
