import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PeranDenganKoperasi } from '../../db/peran-repository';
import { formatWaktu } from '../../../shared/format/format-date';
import { kategoriPeserta, kelompokRisiko, programBpjs, type KategoriPeserta, type KelompokRisiko } from '../../../shared/kepesertaan/kepesertaan-options';
import { kepesertaanSchema, type Kepesertaan, type KepesertaanInput } from '../../../shared/kepesertaan/kepesertaan-schema';
import { pernyataanTerbaru, pernyataanVersi } from '../../../shared/kepesertaan/pernyataan-persetujuan';
import { periksaProgram, programDiizinkan, programSaran } from '../../../shared/kepesertaan/program-rules';
import { useApp } from '../../app/app-context';
import { Field, useErrorText } from '../../components/field';
import { ChoiceField, FormActions, FormLabels, TextAreaField, TextField, useSaveBlocker } from '../../components/form-fields';
import { RupiahField } from '../../components/rupiah-field';
import { EstimasiView } from './estimasi-view';
import { periksaSaatSimpan } from '../../components/periksa-saat-simpan';

/**
 * One enrollment: category, programs (checked against the rules, with the set suggested by the cooperative's
 * scale), wage or declared income, risk group, effective date, the person's consent, and the monthly estimate as
 * the officer types, so "berapa iurannya?" is answered on the spot.
 */
export function KepesertaanForm(props: {
  initial: Kepesertaan;
  roles: readonly PeranDenganKoperasi[];
  onSave: (k: Kepesertaan) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<KepesertaanInput, unknown, Kepesertaan>({
    defaultValues: props.initial,
    resolver: zodResolver(kepesertaanSchema),
    ...periksaSaatSimpan,
  });
  const { handleSubmit, formState, control, register, setValue, getValues } = form;
  const [koperasiId, kategori, program = [], upah, risiko, tanggalEfektif] = useWatch({
    control,
    name: ['koperasiId', 'kategori', 'program', 'upah', 'kelompokRisiko', 'tanggalEfektif'],
  });
  const koperasiOptions = [...new Map(props.roles.filter((r) => r.koperasi).map((r) => [r.koperasi!.id, r.koperasi!])).values()];
  const skala = koperasiOptions.find((k) => k.id === koperasiId)?.skalaUsaha ?? null;
  const saran = skala ? programSaran(kategori, skala) : null;
  const warnings = periksaProgram(kategori, program, skala).warnings;
  const allowed = programDiizinkan(kategori);
  const { blocker, reveal } = useSaveBlocker('.kepesertaan-form');
  const submit = handleSubmit(props.onSave, reveal);

  const changeKategori = (next: KategoriPeserta) => {
    const keep = programDiizinkan(next);
    setValue(
      'program',
      (getValues('program') ?? []).filter((p) => keep.includes(p)),
      { shouldDirty: true },
    );
  };

  return (
    <FormProvider {...form}>
      <FormLabels namespace="kepesertaan">
        <form className="form kepesertaan-form" onSubmit={submit} noValidate>
          {formState.submitCount > 0 && Object.keys(formState.errors).length > 0 && (
            <p className="error-banner" role="alert">
              {t('anggota.formErrors')}
            </p>
          )}
          <fieldset>
            <legend>{t('kepesertaan.title')}</legend>
            <Field label={t('kepesertaan.fields.koperasiId')} error={errorText(formState.errors.koperasiId?.message)} required>
              {({ id, describedBy, invalid }) => (
                <select id={id} aria-describedby={describedBy} aria-invalid={invalid} aria-required {...register('koperasiId')}>
                  <option value="">{t('peran.koperasiChoose')}</option>
                  {koperasiOptions.map((k) => (
                    <option key={k.id} value={k.id}>
                      {k.nama}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <fieldset className="field radio-group">
              <legend>{t('kepesertaan.fields.kategori')}</legend>
              {kategoriPeserta.map((k) => (
                <label key={k} className="radio">
                  <input
                    type="radio"
                    value={k}
                    {...register('kategori', { onChange: (e: { target: { value: KategoriPeserta } }) => changeKategori(e.target.value) })}
                  />
                  {t(`kepesertaan.options.kategori.${k}`)}
                </label>
              ))}
            </fieldset>
            <fieldset className="field radio-group" aria-describedby="program-error">
              <legend>{t('kepesertaan.fields.program')}</legend>
              {programBpjs.map((p) => (
                <label key={p} className="checkbox program-option">
                  <input
                    type="checkbox"
                    value={p}
                    disabled={!allowed.includes(p)}
                    aria-invalid={Boolean(formState.errors.program) || undefined}
                    {...register('program')}
                  />
                  {t(`kepesertaan.options.program.${p}`)}
                </label>
              ))}
              {formState.errors.program && (
                <p id="program-error" className="field-error" role="alert">
                  {errorText(formState.errors.program.message ?? formState.errors.program.root?.message)}
                </p>
              )}
              {saran && skala && (
                <p className="field-hint">
                  {t('kepesertaan.suggested', { skala: t(`koperasi.options.skalaUsaha.${skala}`), programs: saran.join(', ') })}{' '}
                  <button type="button" className="button button-quiet" onClick={() => setValue('program', saran, { shouldDirty: true, shouldValidate: true })}>
                    {t('kepesertaan.useSuggested')}
                  </button>
                </p>
              )}
              {warnings.map((w) => (
                <p key={w.code} className="finding-peringatan">
                  {t(`validation.${w.code}`)} ({w.programs.join(', ')})
                </p>
              ))}
            </fieldset>
            <div className="grid-3">
              <RupiahField<KepesertaanInput>
                name="upah"
                label={kategori === 'PU' ? t('kepesertaan.fields.upah') : t('kepesertaan.fields.penghasilan')}
                required
              />
              {kategori === 'PU' && <ChoiceField<KepesertaanInput> name="kelompokRisiko" options={kelompokRisiko} asNumber />}
              <TextField<KepesertaanInput> name="tanggalEfektif" type="date" />
            </div>
            <section aria-label={t('kepesertaan.estimate')}>
              <h3>{t('kepesertaan.estimate')}</h3>
              <EstimasiView
                input={{
                  kategori,
                  program,
                  upah: Number(upah) || 0,
                  kelompokRisiko: (Number(risiko) || 1) as KelompokRisiko,
                  tanggalEfektif: tanggalEfektif ?? '',
                }}
              />
            </section>
          </fieldset>
          <ConsentFields />
          <fieldset>
            <legend>{t('kepesertaan.fields.catatan')}</legend>
            <TextAreaField<KepesertaanInput> name="catatan" rows={2} label={t('kepesertaan.fields.catatan')} />
          </fieldset>
          <FormActions submitting={formState.isSubmitting} onCancel={props.onCancel} blocker={blocker} />
        </form>
      </FormLabels>
    </FormProvider>
  );
}

/**
 * The consent (UU 27/2022): the statement shown in full with its version, a box the officer ticks once the person
 * has agreed, and who recorded it. Ticking stamps the version and the time; an already recorded consent is shown
 * as it was given and is not re-stamped by later edits.
 */
function ConsentFields() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { settings } = useApp();
  const { control, setValue, formState } = useFormContext<KepesertaanInput>();
  const [versi = '', oleh = '', waktu = ''] = useWatch({ control, name: ['persetujuanVersi', 'persetujuanOleh', 'persetujuanWaktu'] });
  const petugas = (settings.officeProfile?.petugas ?? []).filter(Boolean);
  const statement = pernyataanVersi(versi) ?? pernyataanTerbaru;
  const given = Boolean(versi && waktu);
  const error = errorText(formState.errors.persetujuanOleh?.message);
  const setConsent = (checked: boolean, by = oleh || petugas[0] || '') => {
    setValue('persetujuanVersi', checked ? pernyataanTerbaru.versi : '', { shouldDirty: true });
    setValue('persetujuanWaktu', checked ? new Date().toISOString() : '', { shouldDirty: true });
    setValue('persetujuanOleh', checked ? by : '', { shouldDirty: true, shouldValidate: formState.submitCount > 0 });
  };
  return (
    <fieldset>
      <legend>{t('kepesertaan.consentTitle')}</legend>
      <p className="muted">{t('kepesertaan.consentStatement', { versi: statement.versi })}</p>
      <p className="consent-text">{statement.teks}</p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={given}
          onChange={(e) => setConsent(e.target.checked)}
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={error ? 'consent-error' : undefined}
        />
        {t('kepesertaan.consentGiven')}
      </label>
      {given && (
        <div className="grid-2">
          <Field label={t('kepesertaan.consentBy')}>
            {({ id }) => (
              <select id={id} value={oleh} onChange={(e) => setValue('persetujuanOleh', e.target.value, { shouldDirty: true })}>
                {[...new Set([oleh, ...petugas])].filter(Boolean).map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <p className="muted">{formatWaktu(waktu, i18n.language)}</p>
        </div>
      )}
      {error && (
        <p id="consent-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
