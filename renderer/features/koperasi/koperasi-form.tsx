import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  bentukKoperasi,
  golonganKoperasi,
  jenisKoperasi,
  polaKoperasi,
  skalaUsaha,
  statusBpjsKoperasi,
  statusKoperasi,
} from '../../../shared/koperasi/koperasi-options';
import { koperasiSchema, type Koperasi, type KoperasiInput } from '../../../shared/koperasi/koperasi-schema';
import { ChoiceField, FormActions, NumberField, TextAreaField, TextField, useSaveBlocker } from '../../components/form-fields';
import { RegionFields } from '../../components/region-fields';
import { useKelompokOptions } from './use-koperasi';
import { periksaSaatSimpan } from '../../components/periksa-saat-simpan';

/**
 * Create and edit share this form. Validation is the shared schema, so the rules are the same wherever a
 * cooperative is written (this form today, spreadsheet and file imports later); each message sits beside its field.
 */
export function KoperasiForm({ initial, onSave, onCancel }: { initial: Koperasi; onSave: (k: Koperasi) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useForm<KoperasiInput, unknown, Koperasi>({ defaultValues: initial, resolver: zodResolver(koperasiSchema), ...periksaSaatSimpan });
  const { handleSubmit, formState } = form;
  const { blocker, reveal } = useSaveBlocker('.koperasi-form');
  const submit = handleSubmit(onSave, reveal);
  const kelompok = useKelompokOptions();

  return (
    <FormProvider {...form}>
      <form
        className="form koperasi-form"
        onSubmit={submit}
        noValidate
        aria-describedby={formState.submitCount > 0 && !formState.isValid ? 'form-errors' : undefined}
      >
        {formState.submitCount > 0 && Object.keys(formState.errors).length > 0 && (
          <p id="form-errors" className="error-banner" role="alert">
            {t('koperasi.formErrors')}
          </p>
        )}
        <fieldset>
          <legend>{t('koperasi.sections.identitas')}</legend>
          <TextField name="nama" required />
          <div className="grid-3">
            <ChoiceField name="bentuk" options={bentukKoperasi} />
            <ChoiceField name="jenis" options={jenisKoperasi} />
            <ChoiceField name="pola" options={polaKoperasi} />
          </div>
          <div className="grid-2">
            <TextField name="kelompok" list="kelompok-options" hint={t('koperasi.fields.kelompokHint')} />
            <ChoiceField name="golongan" options={golonganKoperasi} />
          </div>
          <datalist id="kelompok-options">
            {kelompok.map((k) => (
              <option key={k} value={k} />
            ))}
          </datalist>
        </fieldset>

        <fieldset>
          <legend>{t('koperasi.sections.legalitas')}</legend>
          <div className="grid-2">
            <TextField name="nomorBadanHukum" hint={t('koperasi.fields.nomorBadanHukumHint')} />
            <TextField name="tanggalBadanHukum" type="date" />
          </div>
          <div className="grid-3">
            <TextField name="nomorIndukKoperasi" inputMode="numeric" hint={t('koperasi.fields.nomorIndukKoperasiHint')} />
            <TextField name="nomorIndukKoperasiTerbit" type="date" />
            <TextField name="nomorIndukKoperasiBerlaku" type="date" />
          </div>
          <div className="grid-2">
            <TextField name="nib" inputMode="numeric" />
            <TextField name="npwp" inputMode="numeric" />
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('koperasi.sections.lokasi')}</legend>
          <TextField name="alamat" />
          <div className="grid-4">
            <TextField name="rt" inputMode="numeric" />
            <TextField name="rw" inputMode="numeric" />
            <TextField name="telepon" type="tel" inputMode="tel" />
            <TextField name="email" type="email" inputMode="email" />
          </div>
          <RegionFields />
        </fieldset>

        <fieldset>
          <legend>{t('koperasi.sections.ukuran')}</legend>
          <div className="grid-3">
            <ChoiceField name="skalaUsaha" options={skalaUsaha} />
            <ChoiceField name="status" options={statusKoperasi} />
          </div>
          <div className="grid-4">
            <NumberField name="anggotaLaki" />
            <NumberField name="anggotaPerempuan" />
            <NumberField name="karyawanLaki" />
            <NumberField name="karyawanPerempuan" />
          </div>
          <div className="grid-2">
            <TextField name="ratTerakhir" type="date" />
            <NumberField name="ratTahunBuku" nullable />
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('koperasi.sections.bpjs')}</legend>
          <div className="grid-2">
            <TextField name="npp" inputMode="numeric" />
            <ChoiceField name="statusBpjs" options={statusBpjsKoperasi} />
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('koperasi.sections.catatan')}</legend>
          <TextAreaField name="catatan" />
        </fieldset>

        <FormActions submitting={formState.isSubmitting} onCancel={onCancel} blocker={blocker} />
      </form>
    </FormProvider>
  );
}
