import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatAngka } from '../../../shared/format/format-date';
import { useApp } from '../../app/app-context';
import { Page } from '../../components/page';

/** Beranda: the registry at a glance and the next things an officer usually does. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const { koperasi, anggota, kepesertaan, settings } = useApp();
  const summary = useLiveQuery(() => koperasi.summary(), [koperasi]);
  const people = useLiveQuery(async () => {
    const [orang, terdaftar, menunggu] = await Promise.all([anggota.count(), kepesertaan.jumlah('terdaftar'), kepesertaan.jumlahMenunggu({})]);
    return { orang, terdaftar, menunggu: Object.values(menunggu).reduce((a, b) => a + b, 0) };
  }, [anggota, kepesertaan]);
  const n = (v: number | undefined) => (v === undefined ? '…' : formatAngka(v, i18n.language));
  const office = settings.officeProfile;
  return (
    <Page title={t('home.title')}>
      <p className="lead">{t('home.greeting', { office: office ? `${office.namaKantor} ${office.kabupatenNama}` : '' })}</p>
      <div className="stats">
        <div className="stat"><span className="stat-value">{n(summary?.total)}</span><span className="stat-label">{t('home.koperasiCount')}</span></div>
        <div className="stat"><span className="stat-value">{n(summary?.aktif)}</span><span className="stat-label">{t('home.koperasiActive')}</span></div>
        <div className="stat"><span className="stat-value">{n(summary?.terdaftarBpjs)}</span><span className="stat-label">{t('home.koperasiBpjs')}</span></div>
        <div className="stat"><span className="stat-value">{n(people?.orang)}</span><span className="stat-label">{t('home.orangCount')}</span></div>
        <div className="stat"><span className="stat-value">{n(people?.terdaftar)}</span><span className="stat-label">{t('home.pesertaTerdaftar')}</span></div>
        <div className="stat"><Link className="stat-value" to="/kepesertaan">{n(people?.menunggu)}</Link><span className="stat-label">{t('home.kepesertaanMenunggu')}</span></div>
      </div>
      <div className="actions-row">
        <Link className="button button-primary" to="/koperasi/baru">{t('home.addKoperasi')}</Link>
        <Link className="button" to="/koperasi">{t('home.openRegistry')}</Link>
        <Link className="button" to="/anggota/baru">{t('anggota.add')}</Link>
      </div>
      <p className="muted">{t('home.offlineNote')}</p>
    </Page>
  );
}
