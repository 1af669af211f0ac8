import { useApp } from '../app/app-context';
import { contohWilayah, type ContohWilayah } from '../../shared/region/contoh-wilayah';
import { useKabupatenRegions } from './use-regions';

/** The office's own place names for hints and examples (see contohWilayah), as i18n interpolation values. */
export function useContohWilayah(): ContohWilayah {
  const { settings } = useApp();
  const regions = useKabupatenRegions(settings.officeProfile?.kabupatenKode);
  return contohWilayah(settings.officeProfile, regions.status === 'ready' ? regions.value.kecamatan : []);
}
