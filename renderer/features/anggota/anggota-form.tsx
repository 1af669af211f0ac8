import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { anggotaSchema, type Anggota, type AnggotaInput } from '../../../shared/anggota/anggota-schema';
import { warningsNeedingAcknowledgement } from '../../../shared/nik/nik-check';
import { useErrorText } from '../../components/field';
import { FormActions, FormLabels, TextAreaField, TextField, useSaveBlocker } from '../../components/form-fields';
import { RegionFields } from '../../components/region-fields';
import type { AnggotaRecord } from '../../db/synced-records';
import { NikField } from './nik-field';
import { useNikCheck, useNikHolder } from './use-nik-check';
import { periksaSaatSimpan } from '../../components/periksa-saat-simpan';

/**
 * Create and edit share this form, validated by the shared schema. Saving is refused while the NIK belongs to
 * someone else (that person is offered instead) or while a NIK warning is not yet marked as checked; the
 * acknowledgement saved is exactly the warnings on screen, so a later NIK change asks again.
 */
export function AnggotaForm(props: {
  initial: Anggota;
  selfId?: string;
  onSave: (a: Anggota) => Promise<void>;
  onCancel: () => void;
  onRestore: (holder: AnggotaRecord) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<AnggotaInput, unknown, Anggota>({ defaultValues: props.initial, resolver: zodResolver(anggotaSchema), ...periksaSaatSimpan });
  const { handleSubmit, formState, control, setError, clearErrors } = form;
  const [nik = '', tanggalLahir = '', jenisKelamin = ''] = useWatch({ control, name: ['nik', 'tanggalLahir', 'jenisKelamin'] });
  const check = useNikCheck(nik, { tanggalLahir, jenisKelamin });
  const holder = useNikHolder(nik, props.selfId);

  const { blocker, reveal, clear } = useSaveBlocker('.anggota-form');

  // The NIK's holder and its unchecked warnings block saving without being schema errors; they are revealed the
  // same way, so Simpan at the bottom never seems to do nothing while the reason sits at the top.
  const submit = handleSubmit(async (values) => {
    clear();
    if (holder) return reveal();
    const pending = warningsNeedingAcknowledgement(check, values.nikPeringatanDiakui);
    if (pending.length > 0) {
      setError('nikPeringatanDiakui', { message: 'anggota.nikAcknowledgeNeeded' });
      return reveal();
    }
    clearErrors('nikPeringatanDiakui');
    const warningCodes = new Set<string>(check.findings.filter((f) => f.level === 'peringatan').map((f) => f.code));
    await props.onSave({ ...values, nikPeringatanDiakui: values.nikPeringatanDiakui.filter((c) => warningCodes.has(c)) });
  }, reveal);

  return (
    <FormProvider {...form}>
      <FormLabels namespace="anggota">
        <form className="form anggota-form" onSubmit={submit} noValidate>
          {formState.submitCount > 0 && Object.keys(formState.errors).length > 0 && (
            <p className="error-banner" role="alert">
              {t('anggota.formErrors')}
            </p>
          )}
          <fieldset>
            <legend>{t('anggota.sections.identitas')}</legend>
            <NikField check={check} holder={holder} onRestore={props.onRestore} />
            <TextField<AnggotaInput> name="nama" required />
            <div className="grid-3">
              <TextField<AnggotaInput> name="tempatLahir" />
              <TextField<AnggotaInput> name="tanggalLahir" type="date" />
              <JenisKelaminField />
            </div>
            <TextField<AnggotaInput> name="namaIbuKandung" />
          </fieldset>
          <fieldset>
            <legend>{t('anggota.sections.alamat')}</legend>
            <TextField<AnggotaInput> name="alamat" />
            <div className="grid-3">
              <TextField<AnggotaInput> name="rt" inputMode="numeric" />
              <TextField<AnggotaInput> name="rw" inputMode="numeric" />
              <TextField<AnggotaInput> name="telepon" type="tel" inputMode="tel" />
            </div>
            <RegionFields />
          </fieldset>
          <fieldset>
            <legend>{t('anggota.sections.lainnya')}</legend>
            <TextField<AnggotaInput> name="pekerjaan" />
            <TextAreaField name="catatan" />
          </fieldset>
          <FormActions submitting={formState.isSubmitting} onCancel={props.onCancel} blocker={blocker} />
        </form>
      </FormLabels>
    </FormProvider>
  );
}

/** Sex as a radio group: two choices read faster than a select, and "not entered" stays possible for walk-ins. */
function JenisKelaminField() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { register, formState } = useFormContext<AnggotaInput>();
  const error = errorText(formState.errors.jenisKelamin?.message);
  return (
    <fieldset className="field radio-group" aria-describedby={error ? 'jk-error' : undefined}>
      <legend>{t('anggota.fields.jenisKelamin')}</legend>
      {(['L', 'P'] as const).map((v) => (
        <label key={v} className="radio">
          <input type="radio" value={v} aria-invalid={Boolean(error) || undefined} {...register('jenisKelamin')} /> {t(`anggota.options.jenisKelamin.${v}`)}
        </label>
      ))}
      {error && (
        <p id="jk-error" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
