import { useTranslation } from 'react-i18next';
import { formatTanggal, tanggalHariIni } from '../../../shared/format/format-date';
import { periodeTerbaruUsang } from '../../../shared/kepesertaan/tarif-iuran';
import { useApp } from '../../app/app-context';

/**
 * Says when the newest rate period started more than a year ago: the JP wage cap changes every March, so a newer
 * figure is most likely out and not entered yet (docs/domain.md §3). Nothing when the table is current. `ringkas`
 * is the one-line form under an estimate; the full one, in Pengaturan, says what to do.
 */
export function TarifUsangNotice({ ringkas = false }: { ringkas?: boolean }) {
  const { t, i18n } = useTranslation();
  const { settings } = useApp();
  const usang = periodeTerbaruUsang(settings.tarifIuran, tanggalHariIni());
  if (!usang) return null;
  const date = formatTanggal(usang.berlakuMulai, i18n.language);
  return (
    <p className="finding-peringatan" role="note" data-tarif-usang>
      {t(ringkas ? 'tarif.usangRingkas' : 'tarif.usang', { date })}
    </p>
  );
}
