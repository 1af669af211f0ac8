import { useTranslation } from 'react-i18next';
import { formatAngka } from '../../../shared/format/format-date';
import type { ProgresLaporan } from '../../exchange/laporan-pusat/buat-laporan-pusat';

/**
 * How far the workbook is: records read per table (a bar with numbers), then arranging and writing, which have
 * no count to show, so the bar is indeterminate and the words say what is happening and that it can take a while.
 */
export function ProgresLaporanView({ progres }: { progres: ProgresLaporan | null }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatAngka(v, i18n.language);
  const teks =
    progres === null ? t('laporanPusat.membuat')
    : progres.tahap === 'baca' ? t('laporanPusat.tahap.baca', { tabel: t(`laporanPusat.tabel.${progres.tabel}`), dibaca: n(progres.dibaca), total: n(progres.total) })
    : t(`laporanPusat.tahap.${progres.tahap}`);
  const nilai = progres?.tahap === 'baca' && progres.total > 0 ? { value: progres.dibaca, max: progres.total } : {};
  return (
    <div className="laporan-progres">
      <p role="status">{teks}</p>
      <progress aria-label={t('laporanPusat.progresLabel')} {...nilai} />
    </div>
  );
}
