import { useTranslation } from 'react-i18next';
import { formatAngka } from '../../../shared/format/format-date';
import type { RekapKehadiran } from '../../../shared/kegiatan/kehadiran-schema';

/**
 * The four live counters of an event (hadir, koperasi hadir, walk-in, ingin mendaftar) as large figures: the
 * check-in table's screen and the event page show the same numbers the berita acara will print.
 */
export function RekapKehadiranView({ rekap, diundang }: { rekap: RekapKehadiran; diundang?: { orang: number; koperasi: number } }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatAngka(v, i18n.language);
  const items: [string, string, string?][] = [
    ['hadir', n(rekap.hadir), diundang ? t('kegiatan.rekap.dariDiundang', { n: n(diundang.orang) }) : undefined],
    ['koperasiHadir', n(rekap.koperasiHadir), diundang ? t('kegiatan.rekap.dariDiundang', { n: n(diundang.koperasi) }) : undefined],
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
