import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { FormProvider, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Kegiatan } from '../../../shared/kegiatan/kegiatan-schema';
import { useApp } from '../../app/app-context';
import { Field, useErrorText } from '../../components/field';
import { FormActions, FormLabels, TextAreaField, TextField, useSaveBlocker } from '../../components/form-fields';
import { RegionSelect } from '../../components/region-select';
import { useKabupatenRegions } from '../../regions/use-regions';
import { kegiatanFormSchema, toFormValues, type KegiatanFormInput } from './kegiatan-form-values';
import { contohWilayah } from '../../../shared/region/contoh-wilayah';
import { useZonaWaktu } from '../../app/use-zona-waktu';
import { periksaSaatSimpan } from '../../components/periksa-saat-simpan';

/**
 * Plans an event: what it serves (a program from the list), when (WIB), where, who organizes and who speaks. Organizers and partners are typed one per
 * line; speakers are rows of name and position. Invitations are made on the event's page, from the registry.
 */
export function KegiatanForm({ initial, onSave, onCancel }: { initial: Kegiatan; onSave: (k: Kegiatan) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const zona = useZonaWaktu();
  const { settings, program } = useApp();
  const programs = useLiveQuery(() => program.list(), [program]);
  const errorText = useErrorText();
  const regions = useKabupatenRegions(settings.officeProfile?.kabupatenKode);
  const contoh = contohWilayah(settings.officeProfile, regions.status === 'ready' ? regions.value.kecamatan : []);
  const form = useForm<KegiatanFormInput, unknown, Kegiatan>({
    defaultValues: toFormValues(initial),
    resolver: zodResolver(kegiatanFormSchema),
    ...periksaSaatSimpan,
  });
  const { handleSubmit, formState, control, register, setValue, getFieldState } = form;
  const narasumber = useFieldArray({ control, name: 'narasumber' });
  const kecamatanKode = useWatch({ control, name: 'kecamatanKode' });
  const { blocker, reveal } = useSaveBlocker('.kegiatan-form');
  const submit = handleSubmit(onSave, reveal);
  return (
    <FormProvider {...form}>
      <FormLabels namespace="kegiatan">
        <form className="form kegiatan-form" onSubmit={submit} noValidate aria-label={t('kegiatan.formLabel')}>
          <fieldset>
            <legend>{t('kegiatan.sections.acara')}</legend>
            <TextField<KegiatanFormInput> name="judul" required hint={t('kegiatan.hints.judul')} />
            {/* The program picker replaces the free text; text written before programs existed stays beside it. */}
            <Field label={t('kegiatan.fields.programId')} hint={t('kegiatan.hints.programId')}>
              {({ id, describedBy }) => (
                <select id={id} aria-describedby={describedBy} {...register('programId')}>
                  <option value="">{t('kegiatan.hints.tanpaProgram')}</option>
                  {programs?.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.nama}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <TextField<KegiatanFormInput> name="program" hint={t('kegiatan.hints.program')} />
            <div className="grid-3">
              <TextField<KegiatanFormInput> name="tanggal" type="date" required />
              <TextField<KegiatanFormInput> name="jamMulai" type="time" required hint={t('kegiatan.hints.zona', { zona: zona.singkatan })} />
              <TextField<KegiatanFormInput> name="jamSelesai" type="time" hint={t('kegiatan.hints.jamSelesai')} />
            </div>
          </fieldset>
          <fieldset>
            <legend>{t('kegiatan.sections.tempat')}</legend>
            <TextField<KegiatanFormInput> name="tempat" required hint={t('kegiatan.hints.tempat', contoh)} />
            <TextField<KegiatanFormInput> name="alamatTempat" />
            <RegionSelect
              label={t('kegiatan.fields.kecamatanKode')}
              error={errorText(getFieldState('kecamatanKode', formState).error?.message)}
              value={kecamatanKode}
              options={regions.status === 'ready' ? regions.value.kecamatan : []}
              registration={register('kecamatanKode')}
              onPick={(r) => setValue('kecamatanNama', r?.nama ?? '')}
            />
          </fieldset>
          <fieldset>
            <legend>{t('kegiatan.sections.pihak')}</legend>
            <div className="grid-2">
              <TextAreaField<KegiatanFormInput> name="penyelenggara" rows={3} hint={t('kegiatan.hints.satuPerBaris')} />
              <TextAreaField<KegiatanFormInput> name="mitra" rows={3} hint={t('kegiatan.hints.mitra', contoh)} />
            </div>
            <h3 className="subheading">{t('kegiatan.fields.narasumber')}</h3>
            {narasumber.fields.length === 0 && <p className="muted">{t('kegiatan.noNarasumber')}</p>}
            {narasumber.fields.map((field, i) => (
              <div className="grid-row" key={field.id}>
                <TextField<KegiatanFormInput> name={`narasumber.${i}.nama`} label={t('kegiatan.narasumberNama', { n: i + 1 })} required />
                <TextField<KegiatanFormInput> name={`narasumber.${i}.jabatan`} label={t('kegiatan.narasumberJabatan', { n: i + 1 })} className="field-grow" />
                <button type="button" className="button button-quiet" onClick={() => narasumber.remove(i)}>
                  {t('kegiatan.hapusNarasumber', { n: i + 1 })}
                </button>
              </div>
            ))}
            {narasumber.fields.length < 10 && (
              <button type="button" className="button" onClick={() => narasumber.append({ nama: '', jabatan: '' })}>
                {t('kegiatan.tambahNarasumber')}
              </button>
            )}
          </fieldset>
          <TextAreaField<KegiatanFormInput> name="catatan" rows={3} />
          <FormActions submitting={formState.isSubmitting} onCancel={onCancel} blocker={blocker} />
        </form>
      </FormLabels>
    </FormProvider>
  );
}
