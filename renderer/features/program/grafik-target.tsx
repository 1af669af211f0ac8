import { useTranslation } from 'react-i18next';
import { tanggalHariIni } from '../../../shared/format/format-date';
import type { CapaianTarget } from '../../../shared/program/hitung-capaian';
import type { Target } from '../../../shared/program/target-schema';
import { GrafikBatang, GrafikBulanan, type Teks } from './grafik-capaian';
import { labelSegmen } from './segmen-label';

/**
 * One target's charts on its program's page: target vs achieved (bars) and the cumulative achievement by month
 * against the straight-line pace (line), each with its numbers below. The default export, so the page loads it
 * (and recharts) lazily after its figures and worklist have drawn.
 */
export default function GrafikTarget({ target, capaian }: { target: Target; capaian: CapaianTarget }) {
  const { t: tr, i18n } = useTranslation();
  const t = tr as Teks;
  const segmen = labelSegmen(tr, target);
  return (
    <div className="grafik grafik-grid">
      <GrafikBatang
        t={t}
        locale={i18n.language}
        judul={t('program.grafik.batang')}
        judulTabel={t('program.grafik.tabelBatang')}
        rows={[{ segmen, target: capaian.target, tercapai: capaian.tercapai, persen: capaian.persen }]}
        size={{ width: 240, height: 220 }}
        tableClass="compare-table"
      />
      <GrafikBulanan
        t={t}
        locale={i18n.language}
        judul={t('program.beranda.garisJudul')}
        judulTabel={t('program.beranda.tabelGaris')}
        bulanan={capaian.bulanan}
        hariIni={tanggalHariIni()}
        size={{ width: 380, height: 220 }}
        tableClass="compare-table"
        susun="baris"
      />
    </div>
  );
}
