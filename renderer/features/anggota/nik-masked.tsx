import { useTranslation } from 'react-i18next';
import { maskNik } from '../../../shared/nik/nik-mask';

/**
 * A NIK as lists show it: masked (docs/domain.md §6, data minimisation), e.g. 3674********0001. Only a person's own
 * page shows the full NIK.
 */
export function NikMasked({ nik }: { nik: string }) {
  const { t } = useTranslation();
  if (!nik) return <span className="muted">{t('anggota.nikMissing')}</span>;
  return (
    <span className="nik" aria-label={`${t('nik.masked')}: ${maskNik(nik)}`}>
      {maskNik(nik)}
    </span>
  );
}
