import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatJam, formatTanggal } from '../../../shared/format/format-date';
import { useApp } from '../../app/app-context';
import { useZonaWaktu } from '../../app/use-zona-waktu';

/** On a person's page: the events they came to, when, and who checked them in. */
export function KegiatanDihadiriSection({ anggotaId }: { anggotaId: string }) {
  const { t, i18n } = useTranslation();
  const zona = useZonaWaktu();
  const { kehadiran, kegiatan } = useApp();
  const rows = useLiveQuery(async () => {
    const checkIns = await kehadiran.listForAnggota(anggotaId);
    const events = await Promise.all(checkIns.map((h) => kegiatan.get(h.kegiatanId)));
    const seen = new Set<string>();
    return checkIns.flatMap((h, i) => {
      const k = events[i];
      if (!k || seen.has(k.id)) return [];
      seen.add(k.id);
      return [{ h, k }];
    });
  }, [kehadiran, kegiatan, anggotaId]);
  if (!rows || rows.length === 0) return null;
  return (
    <section className="card" aria-labelledby="dihadiri-heading">
      <h2 id="dihadiri-heading">{t('kegiatan.dihadiri.title')}</h2>
      <ul className="history">
        {rows.map(({ h, k }) => (
          <li key={h.id}>
            <Link to={`/kegiatan/${k.id}`}>{k.judul}</Link> — {formatTanggal(k.tanggal, i18n.language)},{' '}
            {t('kegiatan.dihadiri.entry', { jam: formatJam(h.waktu, zona.timeZone), zona: zona.singkatan, petugas: h.petugas || t('common.notSet') })}
            {h.walkIn && <span className="badge">{t('kegiatan.peserta.walkIn')}</span>}
            {h.inginMendaftar && <span className="badge">{t('kegiatan.peserta.inginMendaftar')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
