import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { FormProvider, useForm, useWatch, type UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { golonganKoperasi, jenisKoperasi } from '../../../shared/koperasi/koperasi-options';
import { jenisSegmen } from '../../../shared/program/program-options';
import { targetSchema, type Target } from '../../../shared/program/target-schema';
import { useApp } from '../../app/app-context';
import { Field, useErrorText } from '../../components/field';
import { ChoiceField, FormActions, FormLabels, NumberField, TextField, useSaveBlocker } from '../../components/form-fields';
import { KoperasiPicker } from '../../components/koperasi-picker';
import { useKabupatenRegions } from '../../regions/use-regions';
import { periksaSaatSimpan } from '../../components/periksa-saat-simpan';

/**
 * A target: the period, the segment (all cooperatives, a jenis, a golongan, a kecamatan of the office's region, or a
 * named list picked from the registry) and the number to reach. `onSave` may refuse a period overlapping another
 * target of the same segment; it marks the dates through `setError`.
 */
export function TargetForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: Target;
  onSave: (v: Target, setError: UseFormSetError<Target>) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { settings, koperasi } = useApp();
  const errorText = useErrorText();
  const regions = useKabupatenRegions(settings.officeProfile?.kabupatenKode);
  const kecamatan = regions.status === 'ready' ? regions.value.kecamatan : [];
  const form = useForm<Target, unknown, Target>({ defaultValues: initial, resolver: zodResolver(targetSchema), ...periksaSaatSimpan });
  const { handleSubmit, formState, register, control, setValue, getValues, setError, getFieldState } = form;
  const [segmen, koperasiIds = []] = useWatch({ control, name: ['segmen', 'koperasiIds'] });
  const listed = useLiveQuery(
    async () => (await Promise.all(koperasiIds.map((id) => koperasi.get(id)))).map((k, i) => ({ id: koperasiIds[i]!, nama: k?.nama ?? koperasiIds[i]! })),
    [koperasi, koperasiIds.join(',')],
  );
  const [pick, setPick] = useState('');
  const { blocker, reveal } = useSaveBlocker('.target-form');
  const nilaiOptions: { value: string; label: string }[] =
    segmen === 'jenis'
      ? jenisKoperasi.map((v) => ({ value: v, label: t(`koperasi.options.jenis.${v}`) }))
      : segmen === 'golongan'
        ? golonganKoperasi.map((v) => ({ value: v, label: t(`koperasi.options.golongan.${v}`) }))
        : segmen === 'kecamatan'
          ? kecamatan.map((k) => ({ value: k.kode, label: k.nama }))
          : [];
  const nilaiError = errorText(getFieldState('segmenNilai', formState).error?.message);
  const daftarError = errorText(getFieldState('koperasiIds', formState).error?.message);
  const submit = handleSubmit(async (values) => {
    await onSave(values, setError);
    if (Object.keys(form.formState.errors).length > 0) reveal();
  }, reveal);
  return (
    <FormProvider {...form}>
      <FormLabels namespace="program">
        <form className="form target-form" onSubmit={submit} noValidate aria-label={t('program.targetFormLabel')}>
          <fieldset>
            <legend>{t('program.sections.periode')}</legend>
            <div className="grid-2">
              <TextField<Target> name="mulai" type="date" required />
              <TextField<Target> name="sampai" type="date" required />
            </div>
          </fieldset>
          <fieldset>
            <legend>{t('program.sections.segmen')}</legend>
            <ChoiceField<Target> name="segmen" options={jenisSegmen} />
            {nilaiOptions.length > 0 && (
              <Field label={t('program.fields.segmenNilai')} error={nilaiError} required>
                {({ id, describedBy, invalid }) => (
                  <select
                    id={id}
                    aria-describedby={describedBy}
                    aria-invalid={invalid}
                    aria-required
                    {...register('segmenNilai', {
                      onChange: (e: { target: { value: string } }) => {
                        const k = kecamatan.find((x) => x.kode === e.target.value);
                        if (segmen === 'kecamatan' && k && !getValues('nama')) setValue('nama', k.nama);
                      },
                    })}
                  >
                    <option value="">—</option>
                    {nilaiOptions.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            {segmen === 'daftar' && (
              <Field label={t('program.fields.koperasiIds')} hint={t('program.hints.koperasiIds')} error={daftarError} required>
                {({ id, describedBy, invalid }) => (
                  <div className="daftar-koperasi">
                    <KoperasiPicker
                      id={id}
                      value={pick}
                      describedBy={describedBy}
                      invalid={invalid}
                      placeholder={t('program.cariKoperasi')}
                      onChange={(kid) => {
                        setPick('');
                        if (kid && !koperasiIds.includes(kid)) setValue('koperasiIds', [...koperasiIds, kid], { shouldValidate: true });
                      }}
                    />
                    <ul className="link-list">
                      {listed?.map((k) => (
                        <li key={k.id}>
                          {k.nama}{' '}
                          <button
                            type="button"
                            className="button button-quiet"
                            onClick={() =>
                              setValue(
                                'koperasiIds',
                                koperasiIds.filter((x) => x !== k.id),
                                { shouldValidate: true },
                              )
                            }
                          >
                            {t('program.hapusDariDaftar', { nama: k.nama })}
                          </button>
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </Field>
            )}
            <TextField<Target> name="nama" hint={t('program.hints.nama')} />
          </fieldset>
          <NumberField<Target> name="jumlah" required hint={t('program.hints.jumlah')} />
          <FormActions submitting={formState.isSubmitting} onCancel={onCancel} blocker={blocker} />
        </form>
      </FormLabels>
    </FormProvider>
  );
}
