import { useTranslation } from 'react-i18next';
import { formatJam } from '../../../shared/format/format-date';
import { useZonaWaktu } from '../../app/use-zona-waktu';
import { InginToggle } from './ingin-toggle';
import type { CheckInState } from './use-check-in';

/**
 * What the last Enter did, announced at once (aria-live): hadir (green), sudah hadir with by whom and when (amber),
 * a surat undangan code that checks nobody in, or not found with the walk-in form one Enter away.
 */
export function CheckInHasil({ c }: { c: CheckInState }) {
  const { t } = useTranslation();
  const zona = useZonaWaktu();
  const { hasil, walkIn, last } = c;
  return (
    <div aria-live="assertive" className="check-in-hasil-region">
      {hasil?.jenis === 'hadir' && (
        <div className="check-in-hasil hasil-hadir" data-hasil="hadir">
          <p className="check-in-hasil-title">{t('checkIn.hasil.hadir')}</p>
          <p>
            <strong>{hasil.nama}</strong>
            {hasil.koperasi && ` — ${hasil.koperasi}`} · {t('checkIn.pukul', { jam: formatJam(hasil.kehadiran.waktu, zona.timeZone), zona: zona.singkatan })}
            {hasil.kehadiran.walkIn && ` · ${t('checkIn.walkInTag')}`}
          </p>
          {last && <InginToggle h={last} onToggle={c.toggleIngin} />}
        </div>
      )}
      {hasil?.jenis === 'sudah_hadir' && (
        <div className="check-in-hasil hasil-sudah-hadir" data-hasil="sudah_hadir">
          <p className="check-in-hasil-title">{t('checkIn.hasil.sudahHadir')}</p>
          <p>
            <strong>{hasil.nama}</strong>
            {hasil.koperasi && ` — ${hasil.koperasi}`}
          </p>
          <p>
            {t('checkIn.dicatatOleh', {
              petugas: hasil.kehadiran.petugas || t('common.notSet'),
              jam: formatJam(hasil.kehadiran.waktu, zona.timeZone),
              zona: zona.singkatan,
            })}
          </p>
          {last && <InginToggle h={last} onToggle={c.toggleIngin} />}
        </div>
      )}
      {hasil?.jenis === 'kode_tidak_berlaku' && !walkIn && (
        <div className="check-in-hasil hasil-tidak-ditemukan" data-hasil="kode_tidak_berlaku">
          <p className="check-in-hasil-title">{t('checkIn.hasil.kodeTidakBerlaku')}</p>
          <p>{t(hasil.sebab === 'kegiatan_lain' ? 'checkIn.kodeKegiatanLain' : 'checkIn.kodeTidakAda')}</p>
        </div>
      )}
      {hasil?.jenis === 'tidak_ditemukan' && !walkIn && (
        <div className="check-in-hasil hasil-tidak-ditemukan" data-hasil="tidak_ditemukan">
          <p className="check-in-hasil-title">{t('checkIn.hasil.tidakDitemukan')}</p>
          <p>{t('checkIn.tidakDitemukanDetail', { query: hasil.query })}</p>
          <button type="button" className="button button-primary" onClick={() => c.startWalkIn(hasil.query)}>
            {t('checkIn.daftarkanWalkIn')}
          </button>
        </div>
      )}
    </div>
  );
}
