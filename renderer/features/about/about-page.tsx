import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/app-context';
import { tanggalBuild } from '../../app/tanggal-build';
import { formatTanggal } from '../../../shared/format/format-date';
import { Page } from '../../components/page';
import { useRegionIndex } from '../../regions/use-regions';
import { desktop } from '../../desktop';
import { TombolSimpanLog } from './tombol-simpan-log';

const ODBL_URL = 'https://opendatacommons.org/licenses/odbl/1-0/';

/** Version, shell, and the ODbL attribution the region data's licence requires. */
export function AboutPage() {
  const { t, i18n } = useTranslation();
  const { info } = useApp();
  const regions = useRegionIndex();
  return (
    <Page title={t('about.title')}>
      <section className="card">
        <p>{t('about.body')}</p>
        <p className="muted">
          {t('about.version', { version: info.version })}
          {tanggalBuild !== '' && <> · {t('about.build', { tanggal: formatTanggal(tanggalBuild, i18n.language) })}</>}
          {' · '}
          {t(`about.shell.${info.shell}`)}
        </p>
        <p className="muted">{t('about.pembaruan')}</p>
      </section>
      <section className="card" aria-labelledby="log-dukungan">
        <h2 id="log-dukungan">{t('about.logJudul')}</h2>
        <p>{t('about.logIsi')}</p>
        <div className="button-row">
          <TombolSimpanLog />
        </div>
      </section>
      <section className="card" aria-labelledby="region-data">
        <h2 id="region-data">{t('about.regionTitle')}</h2>
        <p>{t('about.regionBody')}</p>
        {regions.status === 'ready' && <p className="muted">{t('about.regionSource', { source: `${regions.value.source}; ${regions.value.basis}` })}</p>}
        <p>
          <a
            href={ODBL_URL}
            onClick={(e) => {
              e.preventDefault();
              void desktop().shell.openExternal(ODBL_URL);
            }}
          >
            {t('about.odblLink')}
          </a>
        </p>
      </section>
    </Page>
  );
}
