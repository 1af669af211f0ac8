import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatWaktu } from '../../../shared/format/format-date';
import { useApp } from '../../app/app-context';
import { useZonaWaktu } from '../../app/use-zona-waktu';

/**
 * *Ekspor data pribadi* on a person's page (UU 27/2022, the right of access): opens the document with everything
 * the office holds about them, and lists each time it was printed or saved (from the print log), so the office can
 * show when and by whom a request was answered.
 */
export function EksporDataPribadiSection({ anggotaId }: { anggotaId: string }) {
  const { t, i18n } = useTranslation();
  const zona = useZonaWaktu();
  const { cetakan } = useApp();
  const id = useId();
  const riwayat = useLiveQuery(async () => (await cetakan.listForRef(anggotaId)).filter((c) => c.jenis === 'data_pribadi'), [cetakan, anggotaId]);
  return (
    <section className="card" aria-labelledby={`${id}-judul`}>
      <h2 id={`${id}-judul`}>{t('eksporPribadi.judul')}</h2>
      <p className="muted">{t('eksporPribadi.intro')}</p>
      <Link className="button" to={`/anggota/${anggotaId}/cetak/data-pribadi`}>
        {t('eksporPribadi.tombol')}
      </Link>
      {riwayat && riwayat.length > 0 && (
        <>
          <h3>{t('eksporPribadi.riwayat')}</h3>
          <ul className="history" aria-label={t('eksporPribadi.riwayat')}>
            {riwayat.map((c) => (
              <li key={c.id}>
                {t('eksporPribadi.entri', {
                  waktu: formatWaktu(c.waktu, i18n.language, zona.timeZone),
                  cara: t(`cetak.cara.${c.cara}`),
                  petugas: c.petugas || t('common.notSet'),
                })}
                {c.berkas && <span className="muted"> · {c.berkas}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
