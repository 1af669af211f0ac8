import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { EksporTab } from './ekspor-tab';
import { ImporTab } from './impor-tab';
import { KonflikTab } from './konflik-tab';
import { KonflikTabLabel } from './konflik-tab-label';
import { LaporanPusatSection } from './laporan-pusat-section';
import { RiwayatTab } from './riwayat-tab';

/** One part of the Pertukaran Data page: its key in the URL (`?tab=`), its tab's name and its panel. */
export interface BagianPertukaran {
  readonly key: string;
  /** A component, so a tab can show a live count beside its name. */
  readonly Label: ComponentType;
  readonly Panel: ComponentType;
}

function EksporLabel() {
  const { t } = useTranslation();
  return <>{t('pertukaran.ekspor.tab')}</>;
}

function ImporLabel() {
  const { t } = useTranslation();
  return <>{t('pertukaran.impor.tab')}</>;
}

function RiwayatLabel() {
  const { t } = useTranslation();
  return <>{t('pertukaran.riwayat.tab')}</>;
}

function LaporanPusatLabel() {
  const { t } = useTranslation();
  return <>{t('laporanPusat.tab')}</>;
}

/**
 * The parts of the page, in tab order. Only built parts are listed, so the page never shows an empty placeholder;
 * each part's label and panel live in their own files.
 */
export const bagianPertukaran: readonly BagianPertukaran[] = [
  { key: 'ekspor', Label: EksporLabel, Panel: EksporTab },
  { key: 'impor', Label: ImporLabel, Panel: ImporTab },
  { key: 'konflik', Label: KonflikTabLabel, Panel: KonflikTab },
  { key: 'laporan', Label: LaporanPusatLabel, Panel: LaporanPusatSection },
  { key: 'riwayat', Label: RiwayatLabel, Panel: RiwayatTab },
];
