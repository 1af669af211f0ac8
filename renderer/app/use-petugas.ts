import { daftarPetugas, petugasBertugas } from '../../shared/settings/petugas-bertugas';
import { useApp } from './app-context';
import { desktop, unwrap } from '../desktop';

/**
 * The officer working on this laptop now, from the office profile's list, remembered in the settings store: the
 * "by whom" of every check-in and print. Falls back to the first officer listed.
 */
export function usePetugas(): { petugas: string; pilihan: readonly string[]; pilih: (nama: string) => Promise<void> } {
  const { settings, setSettings } = useApp();
  const pilihan = daftarPetugas(settings);
  const petugas = petugasBertugas(settings);
  const pilih = async (nama: string) => setSettings(await unwrap(desktop().settings.setPetugasAktif(nama)));
  return { petugas, pilihan, pilih };
}
