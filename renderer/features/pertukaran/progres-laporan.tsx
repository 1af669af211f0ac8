import { useTranslation } from 'react-i18next';
import { formatAngka } from '../../../shared/format/format-date';
import type { ProgresLaporan } from '../../exchange/laporan-pusat/buat-laporan-pusat';

/**
 * How far the workbook is: records read per table and rows written (a bar with numbers); arranging has no count
 * to show, so the bar is indeterminate then and the words say what is happening.
 */
export function ProgresLaporanView({ progres }: { progres: ProgresLaporan | null }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatAngka(v, i18n.language);
  const teks =
    progres === null
      ? t('laporanPusat.membuat')
      : progres.tahap === 'baca'
        ? t('laporanPusat.tahap.baca', { tabel: t(`laporanPusat.tabel.${progres.tabel}`), dibaca: n(progres.dibaca), total: n(progres.total) })
        : progres.tahap === 'tulis'
          ? t('laporanPusat.tahap.tulis', { ditulis: n(progres.ditulis), total: n(progres.total) })
          : t('laporanPusat.tahap.susun');
  const nilai =
    progres?.tahap === 'baca' && progres.total > 0
      ? { value: progres.dibaca, max: progres.total }
      : progres?.tahap === 'tulis' && progres.total > 0
        ? { value: progres.ditulis, max: progres.total }
        : {};
  return (
    <div className="laporan-progres">
      <p role="status">{teks}</p>
      <progress aria-label={t('laporanPusat.progresLabel')} {...nilai} />
    </div>
  );
}
