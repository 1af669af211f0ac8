import { useTranslation } from 'react-i18next';
import type { Pengubah } from '../db/pengubah-jurnal';

/**
 * Who made a change, as a history line says it: the officer by name, or for a change recorded before officers were
 * (or on a laptop without one) "Perangkat ed2fd6d4", with the officer that laptop's files came from when known.
 * Never a bare device id.
 */
export function NamaPengubah({ pengubah }: { pengubah: Pengubah }) {
  const { t } = useTranslation();
  if ('petugas' in pengubah) return <>{pengubah.petugas}</>;
  return (
    <>
      {pengubah.petugasPerangkat
        ? t('koperasi.historyPerangkatPetugas', { id: pengubah.perangkat, petugas: pengubah.petugasPerangkat })
        : t('koperasi.historyPerangkat', { id: pengubah.perangkat })}
    </>
  );
}
