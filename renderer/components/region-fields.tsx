import { useContext } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context';
import { useKabupatenRegions } from '../regions/use-regions';
import { useErrorText } from './field';
import { LabelNamespace } from './form-fields';
import { RegionSelect } from './region-select';

interface RegionValues {
  kecamatanKode: string;
  kecamatanNama: string;
  kelurahanKode: string;
  kelurahanNama: string;
}

/**
 * Kecamatan and kelurahan/desa of the office's own kab/kota, saved as Kemendagri code plus a name snapshot, for
 * any record that has an address in the district (cooperatives, people).
 */
export function RegionFields() {
  const { t } = useTranslation();
  const namespace = useContext(LabelNamespace);
  const errorText = useErrorText();
  const { settings } = useApp();
  const regions = useKabupatenRegions(settings.officeProfile?.kabupatenKode);
  const { register, setValue, formState, control } = useFormContext<RegionValues>();
  const [kecamatanKode, kelurahanKode] = useWatch({ control, name: ['kecamatanKode', 'kelurahanKode'] });
  const kecamatan = regions.status === 'ready' ? regions.value.kecamatan : [];
  const kelurahan = kecamatan.find((k) => k.kode === kecamatanKode)?.kelurahan ?? [];
  return (
    <div className="grid-2">
      <RegionSelect
        label={t(`${namespace}.fields.kecamatan` as never)}
        error={errorText(formState.errors.kecamatanKode?.message)}
        value={kecamatanKode}
        options={kecamatan}
        registration={register('kecamatanKode')}
        onPick={(k) => {
          setValue('kecamatanNama', k?.nama ?? '');
          setValue('kelurahanKode', '');
          setValue('kelurahanNama', '');
        }}
      />
      <RegionSelect
        label={t(`${namespace}.fields.kelurahan` as never)}
        error={errorText(formState.errors.kelurahanKode?.message)}
        value={kelurahanKode}
        options={kelurahan}
        registration={register('kelurahanKode')}
        onPick={(k) => setValue('kelurahanNama', k?.nama ?? '')}
      />
    </div>
  );
}
