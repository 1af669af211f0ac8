import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useMemo } from 'react';
import { FormProvider, useForm, useFormContext, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TarifIuran } from '../../../shared/kepesertaan/tarif-iuran';
import { Field, useErrorText } from '../../components/field';
import { SaveBlockedNote, useSaveBlocker } from '../../components/form-fields';
import { RupiahField } from '../../components/rupiah-field';
import { tarifIuranFormSchema, toFormValues, type TarifIuranFormValues } from './tarif-iuran-form-values';
import { periksaSaatSimpan } from '../../components/periksa-saat-simpan';

const romawi = ['I', 'II', 'III', 'IV', 'V'] as const;

/**
 * Edits one rate period. Numbers are typed as text so a decimal comma ("0,24") and grouped rupiah ("10.547.400",
 * through the app's one money field) are accepted as officers write them; the shared schema then checks each figure and says what is wrong beside it.
 */
export function TarifIuranForm({
  row,
  others,
  title,
  onSave,
  onCancel,
}: {
  row: TarifIuran;
  /** The other periods of the table, so an overlapping date is refused beside the date field. */
  others: readonly TarifIuran[];
  title: string;
  onSave: (row: TarifIuran) => Promise<void>;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const schema = useMemo(() => tarifIuranFormSchema(row.id, others), [row.id, others]);
  const form = useForm<TarifIuranFormValues, unknown, TarifIuran>({
    defaultValues: toFormValues(row, i18n.language),
    resolver: zodResolver(schema),
    ...periksaSaatSimpan,
  });
  const { handleSubmit, formState, register, setFocus } = form;
  useEffect(() => setFocus('berlakuMulai'), [setFocus]);
  const errorText = useErrorText();
  const { blocker, reveal } = useSaveBlocker('.tarif-form');
  const submit = handleSubmit(onSave, reveal);
  const hasErrors = formState.submitCount > 0 && Object.keys(formState.errors).length > 0;
  const headingId = useId();

  return (
    <FormProvider {...form}>
      <form className="form tarif-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
        <h3 id={headingId}>{title}</h3>
        {hasErrors && (
          <p className="error-banner" role="alert">
            {t('tarif.formErrors')}
          </p>
        )}
        <fieldset>
          <legend>{t('tarif.masaBerlaku')}</legend>
          <div className="grid-2">
            <TarifInput name="berlakuMulai" label={t('tarif.fields.berlakuMulai')} type="date" required />
            <TarifInput name="berlakuSampai" label={t('tarif.fields.berlakuSampai')} type="date" hint={t('tarif.fields.berlakuSampaiHint')} />
          </div>
          <Field label={t('tarif.fields.sumber')} hint={t('tarif.fields.sumberHint')} required error={errorText(formState.errors.sumber?.message)}>
            {({ id, describedBy, invalid, required }) => (
              <textarea id={id} rows={3} aria-describedby={describedBy} aria-invalid={invalid} aria-required={required || undefined} {...register('sumber')} />
            )}
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('tarif.pu')}</legend>
          <p className="field-hint">{t('tarif.persenHint')}</p>
          <div className="grid-5">
            {romawi.map((n, i) => (
              <TarifInput key={n} name={`pu.jkkPersen.${i}` as FieldPath<TarifIuranFormValues>} label={t('tarif.fields.jkkPersen', { n })} decimal />
            ))}
          </div>
          <div className="grid-3">
            <TarifInput name="pu.jkmPersen" label={t('tarif.fields.jkmPersen')} decimal />
            <TarifInput name="pu.jhtPemberiKerjaPersen" label={t('tarif.fields.jhtPemberiKerjaPersen')} decimal />
            <TarifInput name="pu.jhtPekerjaPersen" label={t('tarif.fields.jhtPekerjaPersen')} decimal />
            <TarifInput name="pu.jpPemberiKerjaPersen" label={t('tarif.fields.jpPemberiKerjaPersen')} decimal />
            <TarifInput name="pu.jpPekerjaPersen" label={t('tarif.fields.jpPekerjaPersen')} decimal />
            <RupiahField<TarifIuranFormValues> name="pu.jpBatasUpah" label={t('tarif.fields.jpBatasUpah')} hint={t('tarif.fields.jpBatasUpahHint')} />
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('tarif.bpu')}</legend>
          <div className="grid-4">
            <TarifInput name="bpu.jkkPersen" label={t('tarif.fields.bpuJkkPersen')} decimal />
            <RupiahField<TarifIuranFormValues> name="bpu.jkkMinimum" label={t('tarif.fields.bpuJkkMinimum')} />
            <RupiahField<TarifIuranFormValues> name="bpu.jkmTetap" label={t('tarif.fields.bpuJkmTetap')} />
            <TarifInput name="bpu.jhtPersen" label={t('tarif.fields.bpuJhtPersen')} decimal />
          </div>
        </fieldset>

        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('common.saving') : t('common.save')}
          </button>
          <button type="button" className="button" onClick={onCancel} disabled={formState.isSubmitting}>
            {t('common.cancel')}
          </button>
          <SaveBlockedNote blocker={blocker} />
        </div>
      </form>
    </FormProvider>
  );
}

/** One field of the rate form, with its error (an i18n key from the shared schema) shown beside it. */
function TarifInput(props: { name: FieldPath<TarifIuranFormValues>; label: string; hint?: string; type?: 'date'; decimal?: boolean; required?: boolean }) {
  const errorText = useErrorText();
  const { register, getFieldState, formState } = useFormContext<TarifIuranFormValues>();
  const error = errorText(getFieldState(props.name, formState).error?.message);
  return (
    <Field label={props.label} hint={props.hint} error={error} required={props.required ?? false}>
      {({ id, describedBy, invalid, required }) => (
        <input
          id={id}
          type={props.type ?? 'text'}
          inputMode={props.type ? undefined : props.decimal ? 'decimal' : 'numeric'}
          autoComplete="off"
          aria-describedby={describedBy}
          aria-invalid={invalid}
          aria-required={required || undefined}
          {...register(props.name)}
        />
      )}
    </Field>
  );
}
