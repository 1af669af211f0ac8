import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { aturanCapaian, peranDihitung } from '../../../shared/program/program-options';
import { programSchema, type Program } from '../../../shared/program/program-schema';
import { nomorPerjanjian } from '../../../shared/program/perjanjian-schema';
import { useApp } from '../../app/app-context';
import { ChoiceField, FormActions, FormLabels, NumberField, TextAreaField, TextField, useSaveBlocker } from '../../components/form-fields';
import { periksaSaatSimpan } from '../../components/periksa-saat-simpan';

/**
 * A program: its name, the agreements it rests on, and the rule that says what counts as achieved. The rule's
 * settings (N people terdaftar, roles counted) show only for the rules that use them.
 */
export function ProgramForm({ initial, onSave, onCancel }: { initial: Program; onSave: (p: Program) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const { perjanjian } = useApp();
  const agreements = useLiveQuery(() => perjanjian.list(), [perjanjian]);
  const form = useForm<Program, unknown, Program>({ defaultValues: initial, resolver: zodResolver(programSchema), ...periksaSaatSimpan });
  const { handleSubmit, formState, register, control } = form;
  const aturan = useWatch({ control, name: 'aturan' });
  const { blocker, reveal } = useSaveBlocker('.program-form');
  return (
    <FormProvider {...form}>
      <FormLabels namespace="program">
        <form className="form program-form" onSubmit={handleSubmit(onSave, reveal)} noValidate aria-label={t('program.programFormLabel')}>
          <TextField<Program> name="nama" required />
          <fieldset className="field radio-group">
            <legend>{t('program.pilihPerjanjian')}</legend>
            {agreements?.length === 0 && <p className="muted">{t('program.perjanjianKosong')}</p>}
            {agreements?.map((p) => (
              <label key={p.id} className="checkbox">
                <input type="checkbox" value={p.id} {...register('perjanjianIds')} />
                {p.judul} <span className="muted">({nomorPerjanjian(p).join('; ')})</span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('program.sections.aturan')}</legend>
            <ChoiceField<Program> name="aturan" options={aturanCapaian} />
            {aturan === 'koperasi_bpjs' && <NumberField<Program> name="minimumTerdaftar" hint={t('program.hints.minimumTerdaftar')} />}
            {aturan !== 'keikutsertaan' && (
              <fieldset className="field radio-group">
                <legend>{t('program.fields.peranDihitung')}</legend>
                {peranDihitung.map((p) => (
                  <label key={p} className="checkbox">
                    <input type="checkbox" value={p} {...register('peranDihitung')} />
                    {t(`program.options.peranDihitung.${p}`)}
                  </label>
                ))}
                <p className="field-hint">{t('program.hints.peranDihitung')}</p>
              </fieldset>
            )}
          </fieldset>
          <label className="checkbox">
            <input type="checkbox" {...register('aktif')} />
            {t('program.fields.aktif')}
          </label>
          <TextAreaField<Program> name="catatan" rows={3} />
          <FormActions submitting={formState.isSubmitting} onCancel={onCancel} blocker={blocker} />
        </form>
      </FormLabels>
    </FormProvider>
  );
}
