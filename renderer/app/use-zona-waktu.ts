import { zonaWaktu, type ZonaWaktu } from '../../shared/region/zona-waktu';
import { useApp } from './app-context';

/** The office's time zone (WIB, WITA or WIT) from its province: every time on screen and on paper is written in it. */
export function useZonaWaktu(): ZonaWaktu {
  const { settings } = useApp();
  return zonaWaktu(settings.officeProfile?.provinsiKode);
}
