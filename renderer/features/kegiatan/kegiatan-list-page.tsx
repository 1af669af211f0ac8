import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatJamKegiatan, formatTanggal } from '../../../shared/format/format-date';
import { bisaCheckIn } from '../../../shared/kegiatan/kegiatan-options';
import { useApp } from '../../app/app-context';
import { Page } from '../../components/page';
import { StatusKegiatanBadge } from './status-kegiatan-badge';
import { useZonaWaktu } from '../../app/use-zona-waktu';

/** Kegiatan Sosialisasi: every event, newest first, with a direct way into check-in for the ones running. */
export function KegiatanListPage() {
  const { t, i18n } = useTranslation();
  const zona = useZonaWaktu();
  const { kegiatan } = useApp();
  const list = useLiveQuery(() => kegiatan.list(), [kegiatan]);
  return (
    <Page
      title={t('kegiatan.title')}
      actions={
        <Link className="button button-primary" to="/kegiatan/baru">
          {t('kegiatan.new')}
        </Link>
      }
    >
      <p className="lead">{t('kegiatan.intro')}</p>
      {list === undefined && <p>{t('common.loading')}</p>}
      {list?.length === 0 && <p className="empty">{t('kegiatan.empty')}</p>}
      {list && list.length > 0 && (
        <table className="compare-table kegiatan-table">
          <thead>
            <tr>
              <th scope="col">{t('kegiatan.fields.tanggal')}</th>
              <th scope="col">{t('kegiatan.fields.judul')}</th>
              <th scope="col">{t('kegiatan.fields.tempat')}</th>
              <th scope="col">{t('kegiatan.undangan.koperasi')}</th>
              <th scope="col">{t('kegiatan.fields.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('kegiatan.undangan.aksi')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((k) => (
              <tr key={k.id}>
                <td>
                  {formatTanggal(k.tanggal, i18n.language, 'full')}
                  <br />
                  <small className="muted">{formatJamKegiatan(k.jamMulai, k.jamSelesai, zona.singkatan)}</small>
                </td>
                <td>
                  <Link to={`/kegiatan/${k.id}`}>{k.judul}</Link>
                </td>
                <td>{[k.tempat, k.kecamatanNama].filter(Boolean).join(', ')}</td>
                <td className="numeric">{k.undangan.length}</td>
                <td>
                  <StatusKegiatanBadge status={k.status} />
                </td>
                <td>
                  {bisaCheckIn(k.status) && (
                    <Link className="button" to={`/kegiatan/${k.id}/check-in`} aria-label={t('kegiatan.checkInFor', { judul: k.judul })}>
                      {t('kegiatan.checkIn')}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
