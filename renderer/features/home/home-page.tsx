import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatAngka, formatJamKegiatan, tanggalHariIni } from '../../../shared/format/format-date';
import { bisaCheckIn } from '../../../shared/kegiatan/kegiatan-options';
import { useApp } from '../../app/app-context';
import { Page } from '../../components/page';
import { useZonaWaktu } from '../../app/use-zona-waktu';

// The charts and their library load as their own chunk, after the counters: the start of the app never waits for them.
const CapaianBeranda = lazy(() => import('./capaian-beranda'));

/** Beranda: the registry at a glance and the next things an officer usually does. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const zona = useZonaWaktu();
  const { koperasi, anggota, kepesertaan, kegiatan, settings } = useApp();
  // Today's open events first thing on the screen: on an event morning the officer opens the laptop to check in.
  const today = useLiveQuery(async () => (await kegiatan.list()).filter((k) => k.tanggal === tanggalHariIni() && bisaCheckIn(k.status)), [kegiatan]);
  const summary = useLiveQuery(() => koperasi.getSummary(), [koperasi]);
  const people = useLiveQuery(async () => {
    const [orang, terdaftar, menunggu] = await Promise.all([anggota.count(), kepesertaan.count('terdaftar'), kepesertaan.countWaiting({})]);
    return { orang, terdaftar, menunggu: Object.values(menunggu).reduce((a, b) => a + b, 0) };
  }, [anggota, kepesertaan]);
  const n = (v: number | undefined) => (v === undefined ? '…' : formatAngka(v, i18n.language));
  const office = settings.officeProfile;
  return (
    <Page title={t('home.title')}>
      <p className="lead">{t('home.greeting', { office: office ? `${office.namaKantor} ${office.kabupatenNama}` : '' })}</p>
      {/* Right after first-run setup, the one setting every printed document still needs. */}
      {settings.dokumen.penandatangan.nama === '' && (
        <div className="card notice today-event">
          <p>{t('home.penandatanganKosong')}</p>
          <Link className="button" to="/pengaturan">
            {t('home.aturPenandatangan')}
          </Link>
        </div>
      )}
      {today?.map((k) => (
        <div key={k.id} className="card today-event">
          <p>
            <strong>{t('home.kegiatanHariIni')}</strong> {k.judul} · {formatJamKegiatan(k.jamMulai, k.jamSelesai, zona.singkatan)} · {k.tempat}
          </p>
          <Link className="button button-primary" to={`/kegiatan/${k.id}/check-in`} aria-label={t('kegiatan.checkInFor', { judul: k.judul })}>
            {t('kegiatan.bukaCheckIn')}
          </Link>
        </div>
      ))}
      <div className="stats">
        <div className="stat">
          <span className="stat-value">{n(summary?.total)}</span>
          <span className="stat-label">{t('home.koperasiCount')}</span>
        </div>
        <div className="stat">
          <span className="stat-value">{n(summary?.aktif)}</span>
          <span className="stat-label">{t('home.koperasiActive')}</span>
        </div>
        <div className="stat">
          <span className="stat-value">{n(summary?.terdaftarBpjs)}</span>
          <span className="stat-label">{t('home.koperasiBpjs')}</span>
        </div>
        <div className="stat">
          <span className="stat-value">{n(people?.orang)}</span>
          <span className="stat-label">{t('home.orangCount')}</span>
        </div>
        <div className="stat">
          <span className="stat-value">{n(people?.terdaftar)}</span>
          <span className="stat-label">{t('home.pesertaTerdaftar')}</span>
        </div>
        <div className="stat">
          <Link className="stat-value" to="/kepesertaan">
            {n(people?.menunggu)}
          </Link>
          <span className="stat-label">{t('home.kepesertaanMenunggu')}</span>
        </div>
      </div>
      <Suspense fallback={<p>{t('common.loading')}</p>}>
        <CapaianBeranda />
      </Suspense>
      <div className="actions-row">
        <Link className="button button-primary" to="/koperasi/baru">
          {t('home.addKoperasi')}
        </Link>
        <Link className="button" to="/koperasi">
          {t('home.openRegistry')}
        </Link>
        <Link className="button" to="/anggota/baru">
          {t('anggota.add')}
        </Link>
      </div>
      <p className="muted">{t('home.offlineNote')}</p>
    </Page>
  );
}
