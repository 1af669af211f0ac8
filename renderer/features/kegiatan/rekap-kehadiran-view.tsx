import { useTranslation } from 'react-i18next';
import { formatAngka } from '../../../shared/format/format-date';
import type { RekapKehadiran } from '../../../shared/kegiatan/kehadiran-schema';
import type { Messages } from '../../i18n/id';

/**
 * The live counters of an event as large figures: everyone present, then the three groups they fall in (named
 * invitees out of those named, others from invited cooperatives, people without an invitation, which add up to the
 * total), then cooperatives present, walk-ins and "ingin mendaftar". The check-in table's screen and the event page
 * show the same numbers the berita acara will print and the central workbook will carry (rekapKehadiran).
 */
export function RekapKehadiranView({ rekap, koperasiDiundang }: { rekap: RekapKehadiran; koperasiDiundang?: number }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatAngka(v, i18n.language);
  const items: [keyof Messages['kegiatan']['rekap'], string, string?][] = [
    ['hadir', n(rekap.hadir)],
    ['undanganHadir', n(rekap.undanganHadir), t('kegiatan.rekap.dariDiundang', { n: n(rekap.undanganBernama) })],
    ['perwakilanLain', n(rekap.perwakilanLain)],
    ['tanpaUndangan', n(rekap.tanpaUndangan)],
    ['koperasiHadir', n(rekap.koperasiHadir), koperasiDiundang === undefined ? undefined : t('kegiatan.rekap.dariDiundang', { n: n(koperasiDiundang) })],
    ['walkIn', n(rekap.walkIn)],
    ['inginMendaftar', n(rekap.inginMendaftar)],
  ];
  return (
    <dl className="rekap-kehadiran" aria-label={t('kegiatan.rekap.label')}>
      {items.map(([key, value, sub]) => (
        <div key={key} className={`rekap-${key}`} data-rekap={key}>
          <dt>{t(`kegiatan.rekap.${key}`)}</dt>
          <dd>
            <strong>{value}</strong>
            {sub && <small>{sub}</small>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
