import { useTranslation } from 'react-i18next';

/** The officer credited with this table's check-ins, above the search, with a way to switch when there are others. */
export function CheckInPetugas({ petugas, pilihan, onGanti }: { petugas: string; pilihan: readonly string[]; onGanti: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="check-in-petugas" data-petugas-meja={petugas}>
      <p>
        {t('checkIn.petugas')}: <strong className="check-in-petugas-nama">{petugas || t('common.notSet')}</strong>
      </p>
      {pilihan.length > 1 && (
        <button type="button" className="button" onClick={onGanti}>
          {t('checkIn.pilihPetugas.ganti')}
        </button>
      )}
    </div>
  );
}
