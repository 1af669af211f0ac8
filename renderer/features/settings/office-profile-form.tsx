import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { officeProfileSchema, type OfficeProfile } from '../../../shared/settings/settings';
import { Field, useErrorText } from '../../components/field';
import { SaveBlockedNote, useSaveBlocker } from '../../components/form-fields';
import { RegionSelect } from '../../components/region-select';
import { useRegionIndex } from '../../regions/use-regions';

type FormValues = Omit<OfficeProfile, 'petugas'> & { petugas: { nama: string }[] };

const blank: FormValues = {
  provinsiKode: '',
  provinsiNama: '',
  kabupatenKode: '',
  kabupatenNama: '',
  namaKantor: '',
  alamat: ['', '', ''],
  telepon: '',
  email: '',
  laman: '',
  petugas: [{ nama: '' }],
};

const toForm = (p: OfficeProfile | null): FormValues =>
  p ? { ...p, alamat: [...p.alamat, '', '', ''].slice(0, 3), petugas: p.petugas.map((nama) => ({ nama })) } : blank;

/**
 * The office profile, for first-run setup and for Pengaturan. Province and kab/kota come from the Kemendagri list
 * (codes with a name snapshot); officers are a list because several share one laptop at an event.
 */
export function OfficeProfileForm({
  initial,
  submitLabel,
  onSave,
}: {
  initial: OfficeProfile | null;
  submitLabel: string;
  onSave: (profile: OfficeProfile) => Promise<void>;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const regions = useRegionIndex();
  const form = useForm<FormValues, unknown, OfficeProfile>({ defaultValues: toForm(initial), resolver: zodResolver(formSchema) });
  const { register, handleSubmit, formState, setValue } = form;
  const petugas = useFieldArray({ control: form.control, name: 'petugas' });
  const [provinsiKode, kabupatenKode] = useWatch({ control: form.control, name: ['provinsiKode', 'kabupatenKode'] });
  const provinces = regions.status === 'ready' ? regions.value.provinsi : [];
  const kabupaten = provinces.find((p) => p.kode === provinsiKode)?.kabupaten ?? [];
  const e = formState.errors;

  const { blocker, reveal } = useSaveBlocker('.office-profile-form');
  const submit = handleSubmit(async (profile) => {
    await onSave(profile);
  }, reveal);

  return (
    <form className="form office-profile-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('setup.region')}</legend>
        {regions.status === 'loading' && <p className="muted">{t('office.regionsLoading')}</p>}
        {regions.status === 'failed' && <p className="error-text">{t('office.regionsFailed')}</p>}
        <div className="grid-2">
          <RegionSelect
            label={t('office.provinsi')}
            required
            error={errorText(e.provinsiKode?.message)}
            value={provinsiKode}
            options={provinces}
            registration={register('provinsiKode')}
            onPick={(p) => {
              setValue('provinsiNama', p?.nama ?? '');
              setValue('kabupatenKode', '');
              setValue('kabupatenNama', '');
            }}
          />
          <RegionSelect
            label={t('office.kabupaten')}
            required
            error={errorText(e.kabupatenKode?.message)}
            value={kabupatenKode}
            options={kabupaten}
            registration={register('kabupatenKode')}
            onPick={(k) => setValue('kabupatenNama', k?.nama ?? '')}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('setup.office')}</legend>
        <Field label={t('office.namaKantor')} hint={t('office.namaKantorHint')} required error={errorText(e.namaKantor?.message)}>
          {({ id, describedBy, invalid, required }) => (
            <input id={id} aria-describedby={describedBy} aria-invalid={invalid} aria-required={required || undefined} {...register('namaKantor')} />
          )}
        </Field>
        {[0, 1, 2].map((i) => (
          <Field
            key={i}
            label={t('office.alamat', { n: i + 1 })}
            required={i === 0}
            error={i === 0 ? errorText(e.alamat?.message ?? e.alamat?.root?.message) : undefined}
          >
            {({ id, describedBy, invalid, required }) => (
              <input
                id={id}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                aria-required={required || undefined}
                {...register(`alamat.${i}` as const)}
              />
            )}
          </Field>
        ))}
        <div className="grid-3">
          <Field label={t('office.telepon')} error={errorText(e.telepon?.message)}>
            {({ id, describedBy, invalid, required }) => (
              <input
                id={id}
                type="tel"
                inputMode="tel"
                aria-describedby={describedBy}
                aria-invalid={invalid}
                aria-required={required || undefined}
                {...register('telepon')}
              />
            )}
          </Field>
          <Field label={t('office.email')} error={errorText(e.email?.message)}>
            {({ id, describedBy, invalid, required }) => (
              <input id={id} type="email" aria-describedby={describedBy} aria-invalid={invalid} aria-required={required || undefined} {...register('email')} />
            )}
          </Field>
          <Field label={t('office.laman')} error={errorText(e.laman?.message)}>
            {({ id, describedBy, invalid, required }) => (
              <input id={id} aria-describedby={describedBy} aria-invalid={invalid} aria-required={required || undefined} {...register('laman')} />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('setup.officers')}</legend>
        {petugas.fields.map((row, i) => (
          <div className="row-with-action" key={row.id}>
            <Field
              label={t('office.petugas', { n: i + 1 })}
              required={i === 0}
              error={i === 0 ? errorText(e.petugas?.message ?? e.petugas?.root?.message) : undefined}
            >
              {({ id, describedBy, invalid, required }) => (
                <input
                  id={id}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  aria-required={required || undefined}
                  {...register(`petugas.${i}.nama` as const)}
                />
              )}
            </Field>
            {i > 0 && (
              <button type="button" className="button button-quiet" onClick={() => petugas.remove(i)}>
                {t('common.remove')}
              </button>
            )}
          </div>
        ))}
        {petugas.fields.length < 20 && (
          <button type="button" className="button button-quiet" onClick={() => petugas.append({ nama: '' })}>
            {t('office.addPetugas')}
          </button>
        )}
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('common.saving') : submitLabel}
        </button>
        <SaveBlockedNote blocker={blocker} />
      </div>
    </form>
  );
}

/** The form keeps officers as objects (what useFieldArray needs) and three address lines; the schema wants trimmed lists. */
function fromForm(values: FormValues) {
  return {
    ...values,
    alamat: trimTrailingEmpty(values.alamat),
    petugas: trimTrailingEmpty(values.petugas.map((p) => p.nama)).filter((n) => n.trim().length > 0),
  };
}

const trimTrailingEmpty = (lines: readonly string[]) => {
  const out = lines.map((l) => l.trim());
  while (out.length > 1 && out.at(-1) === '') out.pop();
  return out;
};

const formSchema = z.custom<FormValues>().transform(fromForm).pipe(officeProfileSchema);
