import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useFieldArray, useForm, type UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { jenisPerjanjian, tingkatPerjanjian } from '../../../shared/program/program-options';
import { perjanjianSchema, type Perjanjian } from '../../../shared/program/perjanjian-schema';
import { ChoiceField, FormActions, FormLabels, TextAreaField, TextField, useSaveBlocker } from '../../components/form-fields';
import { periksaSaatSimpan } from '../../components/periksa-saat-simpan';

type PerjanjianInput = Perjanjian;

/**
 * An agreement's data: kind and level, title, the parties each with the number it gave the agreement and who
 * signed, the dates, scope and notes. `onSave` may refuse a number another agreement has; it marks that party's
 * number through `setError`, beside the field.
 */
export function PerjanjianForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: Perjanjian;
  onSave: (p: Perjanjian, setError: UseFormSetError<PerjanjianInput>) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<PerjanjianInput, unknown, Perjanjian>({ defaultValues: initial, resolver: zodResolver(perjanjianSchema), ...periksaSaatSimpan });
  const { handleSubmit, formState, control, setError } = form;
  const pihak = useFieldArray({ control, name: 'pihak' });
  const { blocker, reveal } = useSaveBlocker('.perjanjian-form');
  const submit = handleSubmit(async (values) => {
    await onSave(values, setError);
    if (Object.keys(form.formState.errors).length > 0) reveal();
  }, reveal);
  return (
    <FormProvider {...form}>
      <FormLabels namespace="program">
        <form className="form perjanjian-form" onSubmit={submit} noValidate aria-label={t('program.formLabel')}>
          <fieldset>
            <legend>{t('program.sections.identitas')}</legend>
            <div className="grid-2">
              <ChoiceField<PerjanjianInput> name="jenis" options={jenisPerjanjian} />
              <ChoiceField<PerjanjianInput> name="tingkat" options={tingkatPerjanjian} />
            </div>
            <TextField<PerjanjianInput> name="judul" required />
            <TextField<PerjanjianInput> name="tanggal" type="date" />
          </fieldset>
          <fieldset>
            <legend>{t('program.sections.pihak')}</legend>
            <p className="muted">{t('program.hints.nomor')}</p>
            {pihak.fields.length === 0 && <p className="muted">{t('program.tanpaPihak')}</p>}
            {pihak.fields.map((field, i) => (
              <div className="card pihak-card" key={field.id}>
                <h3 className="subheading">{t('program.pihakKe', { n: i + 1 })}</h3>
                <div className="grid-2">
                  <TextField<PerjanjianInput> name={`pihak.${i}.nama`} label={`${t('program.fields.nama')} (${t('program.pihakKe', { n: i + 1 })})`} required />
                  <TextField<PerjanjianInput> name={`pihak.${i}.nomor`} label={`${t('program.fields.nomor')} (${t('program.pihakKe', { n: i + 1 })})`} />
                  <TextField<PerjanjianInput>
                    name={`pihak.${i}.penandatangan`}
                    label={`${t('program.fields.penandatangan')} (${t('program.pihakKe', { n: i + 1 })})`}
                  />
                  <TextField<PerjanjianInput> name={`pihak.${i}.jabatan`} label={`${t('program.fields.jabatan')} (${t('program.pihakKe', { n: i + 1 })})`} />
                </div>
                <button type="button" className="button button-quiet" onClick={() => pihak.remove(i)}>
                  {t('program.hapusPihak', { n: i + 1 })}
                </button>
              </div>
            ))}
            {pihak.fields.length < 10 && (
              <button type="button" className="button" onClick={() => pihak.append({ nama: '', nomor: '', penandatangan: '', jabatan: '' })}>
                {t('program.tambahPihak')}
              </button>
            )}
          </fieldset>
          <fieldset>
            <legend>{t('program.sections.masa')}</legend>
            <div className="grid-2">
              <TextField<PerjanjianInput> name="berlakuMulai" type="date" />
              <TextField<PerjanjianInput> name="berlakuSampai" type="date" />
            </div>
            <TextAreaField<PerjanjianInput> name="ruangLingkup" rows={3} />
          </fieldset>
          <TextAreaField<PerjanjianInput> name="catatan" rows={3} />
          <FormActions submitting={formState.isSubmitting} onCancel={onCancel} blocker={blocker} />
        </form>
      </FormLabels>
    </FormProvider>
  );
}
