import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { jabatanSaran, jenisPeran } from '../../../shared/anggota/peran-options';
import { peranSchema, type Peran, type PeranInput } from '../../../shared/anggota/peran-schema';
import { Field, useErrorText } from '../../components/field';
import { ChoiceField, FormActions, FormLabels, TextAreaField, TextField, useSaveBlocker } from '../../components/form-fields';
import { KoperasiPicker } from '../../components/koperasi-picker';
import { periksaSaatSimpan } from '../../components/periksa-saat-simpan';

/** Adds or edits one role of a person in a cooperative; jabatan is required for pengurus (schema rule). */
export function PeranForm({ initial, onSave, onCancel }: { initial: Peran; onSave: (p: Peran) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<PeranInput, unknown, Peran>({ defaultValues: initial, resolver: zodResolver(peranSchema), ...periksaSaatSimpan });
  const { handleSubmit, formState, control } = form;
  const peran = useWatch({ control, name: 'peran' });
  const { blocker, reveal } = useSaveBlocker('.inline-form');
  const submit = handleSubmit(onSave, reveal);
  return (
    <FormProvider {...form}>
      <FormLabels namespace="peran">
        <form className="inline-form form" onSubmit={submit} noValidate aria-label={t('peran.addTitle')}>
          <Controller
            control={control}
            name="koperasiId"
            render={({ field, fieldState }) => (
              <Field label={t('peran.fields.koperasiId')} hint={t('peran.koperasiSearchHint')} error={errorText(fieldState.error?.message)} required>
                {({ id, describedBy, invalid }) => (
                  <KoperasiPicker id={id} value={field.value} describedBy={describedBy} invalid={invalid} onChange={(value) => field.onChange(value)} />
                )}
              </Field>
            )}
          />
          <div className="grid-2">
            <ChoiceField<PeranInput> name="peran" options={jenisPeran} />
            <TextField<PeranInput> name="jabatan" list="jabatan-saran" required={peran === 'pengurus'} />
            <datalist id="jabatan-saran">
              {jabatanSaran[peran ?? 'anggota'].map((j) => (
                <option key={j} value={j} />
              ))}
            </datalist>
          </div>
          <div className="grid-2">
            <TextField<PeranInput> name="mulai" type="date" />
            <TextField<PeranInput> name="selesai" type="date" />
          </div>
          <TextAreaField<PeranInput> name="catatan" rows={2} />
          <FormActions submitting={formState.isSubmitting} onCancel={onCancel} blocker={blocker} />
        </form>
      </FormLabels>
    </FormProvider>
  );
}
