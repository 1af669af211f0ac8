import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatJam } from '../../../shared/format/format-date';
import { useApp } from '../../app/app-context';
import { useZonaWaktu } from '../../app/use-zona-waktu';
import type { KehadiranRecord } from '../../db/synced-records';

/** The newest check-ins at this table and the others merged in, to correct a wrong pick or mark "ingin mendaftar". */
export function TerakhirHadir({
  rows,
  onToggle,
  onBatalkan,
}: {
  rows: readonly KehadiranRecord[];
  onToggle: (h: KehadiranRecord, on: boolean) => Promise<void>;
  onBatalkan: (h: KehadiranRecord, nama: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const zona = useZonaWaktu();
  const { anggota } = useApp();
  const newest = rows.slice(-10).reverse();
  const names = useLiveQuery(
    async () => new Map((await Promise.all(newest.map((h) => anggota.get(h.anggotaId)))).flatMap((a) => (a ? [[a.id, a.nama] as const] : []))),
    [newest.map((h) => h.id).join(), anggota],
  );
  if (newest.length === 0) return null;
  return (
    <section className="card check-in-terakhir" aria-labelledby="terakhir-heading">
      <h2 id="terakhir-heading">{t('checkIn.terakhir')}</h2>
      <table className="compare-table">
        <thead>
          <tr>
            <th scope="col">{t('checkIn.kolom.jam')}</th>
            <th scope="col">{t('checkIn.kolom.nama')}</th>
            <th scope="col">{t('checkIn.kolom.petugas')}</th>
            <th scope="col">{t('checkIn.inginMendaftar')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('kegiatan.undangan.aksi')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {newest.map((h) => {
            const nama = names?.get(h.anggotaId) ?? '…';
            return (
              <tr key={h.id}>
                <td>{formatJam(h.waktu, zona.timeZone)}</td>
                <td>
                  <Link to={`/anggota/${h.anggotaId}`}>{nama}</Link>
                  {h.walkIn && <span className="badge">{t('checkIn.walkInTag')}</span>}
                </td>
                <td>{h.petugas}</td>
                <td>
                  <input
                    type="checkbox"
                    checked={h.inginMendaftar}
                    aria-label={t('checkIn.inginFor', { nama })}
                    onChange={(e) => void onToggle(h, e.target.checked)}
                  />
                </td>
                <td>
                  <button type="button" className="button button-quiet" aria-label={t('checkIn.batalkan', { nama })} onClick={() => void onBatalkan(h, nama)}>
                    {t('checkIn.batalkanShort')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
