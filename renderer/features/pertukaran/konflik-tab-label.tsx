import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/app-context';

/** The Konflik tab's name with how many fields wait for a choice, kept current as imports and choices land. */
export function KonflikTabLabel() {
  const { t } = useTranslation();
  const { konflik } = useApp();
  const jumlah = useLiveQuery(() => konflik.count(), [konflik]) ?? 0;
  if (jumlah === 0) return <>{t('pertukaran.konflik.tab')}</>;
  return (
    <>
      <span aria-hidden="true">
        {t('pertukaran.konflik.tab')} <span className="tab-count">{jumlah}</span>
      </span>
      <span className="visually-hidden">{t('pertukaran.konflik.tabJumlah', { count: jumlah })}</span>
    </>
  );
}
