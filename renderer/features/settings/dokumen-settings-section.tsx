import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId } from 'react';
import { FormProvider, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { tanggalHariIni } from '../../../shared/format/format-date';
import { KOP_MAX_BARIS, pengaturanDokumenSchema, type PengaturanDokumen } from '../../../shared/settings/pengaturan-dokumen';
import { useApp } from '../../app/app-context';
import { Field, useErrorText } from '../../components/field';
import { FormLabels, SaveBlockedNote, TextField, useSaveBlocker } from '../../components/form-fields';
import { useToast } from '../../components/toast';
import { desktop, unwrap } from '../../desktop';
import { failureReason } from '../../i18n/failure-reason';
import { BlokTandaTangan } from '../cetak/blok-tanda-tangan';
import { KopSuratView } from '../cetak/kop-surat';
import { LogoField } from './logo-field';
import { useContohWilayah } from '../../regions/use-contoh-wilayah';

/** The form keeps letterhead lines as objects (what useFieldArray needs); the schema wants a list of strings. */
type FormValues = Omit<PengaturanDokumen, 'kopSurat'> & { kopSurat: { logo: string; baris: { teks: string }[] } };

const toForm = (d: PengaturanDokumen): FormValues => ({
  ...d,
  kopSurat: { logo: d.kopSurat.logo, baris: (d.kopSurat.baris.length > 0 ? d.kopSurat.baris : ['']).map((teks) => ({ teks })) },
});
const fromForm = (v: FormValues) => ({ ...v, kopSurat: { logo: v.kopSurat.logo, baris: v.kopSurat.baris.map((b) => b.teks) } });
// The form always holds `atasNama` (the schema's default is for settings saved before it existed).
const formSchema = z
  .custom<FormValues>()
  .transform(fromForm)
  .pipe(pengaturanDokumenSchema as z.ZodType<PengaturanDokumen, PengaturanDokumen>);

/**
 * Pengaturan → Kop surat dan penandatangan: the letterhead (emblem and lines) and the signer every printed
 * document uses, with a live preview of both as they will print. Kept in main's settings with the office profile,
 * because they are the office's configuration, not records.
 */
export function DokumenSettingsSection() {
  const { t } = useTranslation();
  const { settings, setSettings } = useApp();
  const toast = useToast();
  const errorText = useErrorText();
  const headingId = useId();
  const previewId = useId();
  const contoh = useContohWilayah();
  const { blocker, reveal } = useSaveBlocker('.dokumen-settings');
  const form = useForm<FormValues, unknown, PengaturanDokumen>({ defaultValues: toForm(settings.dokumen), resolver: zodResolver(formSchema) });
  const { control, register, handleSubmit, formState, setValue } = form;
  const baris = useFieldArray({ control, name: 'kopSurat.baris' });
  const watched = useWatch({ control });
  const e = formState.errors;
  // Until the office edits this form it follows the saved settings, which follow the office profile until saved.
  useEffect(() => {
    if (!form.formState.isDirty) form.reset(toForm(settings.dokumen));
  }, [form, settings.dokumen]);
  const hasErrors = formState.submitCount > 0 && Object.keys(e).length > 0;

  const save = handleSubmit(async (dokumen) => {
    try {
      const saved = await unwrap(desktop().settings.saveDokumen(dokumen));
      setSettings(saved);
      form.reset(toForm(saved.dokumen));
      toast(t('dokumenSettings.saved'));
    } catch (error) {
      toast(t('dokumenSettings.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  }, reveal);

  const preview = {
    logo: watched.kopSurat?.logo ?? '',
    baris: (watched.kopSurat?.baris ?? []).map((b) => b?.teks?.trim() ?? '').filter((l) => l !== ''),
  };
  const p = watched.penandatangan;
  const signer = {
    nama: p?.nama?.trim() ?? '',
    jabatan: p?.jabatan?.trim() ?? '',
    atasNama: p?.atasNama?.trim() ?? '',
    pangkat: p?.pangkat?.trim() ?? '',
    nip: p?.nip?.replace(/\s/g, '') ?? '',
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dokumenSettings.title')}</h2>
      <p className="muted">{t('dokumenSettings.intro')}</p>
      <FormProvider {...form}>
        <FormLabels namespace="dokumenSettings">
          <form className="form dokumen-settings" onSubmit={save} noValidate>
            {hasErrors && (
              <p className="error-banner" role="alert">
                {t('dokumenSettings.formErrors')}
              </p>
            )}
            <fieldset>
              <legend>{t('dokumenSettings.kopSurat')}</legend>
              <LogoField value={watched.kopSurat?.logo ?? ''} onChange={(logo) => setValue('kopSurat.logo', logo, { shouldDirty: true })} />
              <p className="field-hint">{t('dokumenSettings.barisHint')}</p>
              {baris.fields.map((row, i) => (
                <div className="row-with-action" key={row.id}>
                  <Field
                    label={t('dokumenSettings.baris', { n: i + 1 })}
                    error={errorText(
                      e.kopSurat?.baris?.[i]?.message ?? (i === 0 ? (e.kopSurat?.baris?.message ?? e.kopSurat?.baris?.root?.message) : undefined),
                    )}
                  >
                    {({ id, describedBy, invalid }) => (
                      <input
                        id={id}
                        aria-describedby={describedBy}
                        aria-invalid={invalid}
                        autoComplete="off"
                        {...register(`kopSurat.baris.${i}.teks` as const)}
                      />
                    )}
                  </Field>
                  {baris.fields.length > 1 && (
                    <button
                      type="button"
                      className="button button-quiet"
                      aria-label={t('dokumenSettings.removeBaris', { n: i + 1 })}
                      onClick={() => baris.remove(i)}
                    >
                      {t('common.remove')}
                    </button>
                  )}
                </div>
              ))}
              {baris.fields.length < KOP_MAX_BARIS && (
                <button type="button" className="button button-quiet" onClick={() => baris.append({ teks: '' })}>
                  {t('dokumenSettings.addBaris')}
                </button>
              )}
            </fieldset>

            <fieldset>
              <legend>{t('dokumenSettings.penandatangan')}</legend>
              <div className="grid-2">
                <TextField<FormValues> name="penandatangan.nama" hint={t('dokumenSettings.hints.nama')} />
                <TextField<FormValues> name="penandatangan.jabatan" hint={t('dokumenSettings.hints.jabatan', contoh)} />
                <TextField<FormValues> name="penandatangan.atasNama" hint={t('dokumenSettings.hints.atasNama', contoh)} />
                <TextField<FormValues> name="penandatangan.pangkat" hint={t('dokumenSettings.hints.pangkat')} />
                <TextField<FormValues> name="penandatangan.nip" inputMode="numeric" hint={t('dokumenSettings.hints.nip')} />
                <TextField<FormValues> name="tempatTandaTangan" hint={t('dokumenSettings.hints.tempatTandaTangan', contoh)} />
              </div>
            </fieldset>

            <figure className="kop-pratinjau" aria-labelledby={previewId}>
              <figcaption id={previewId}>{t('dokumenSettings.preview')}</figcaption>
              <div className="dokumen">
                <KopSuratView kopSurat={preview} />
                <BlokTandaTangan tempat={watched.tempatTandaTangan?.trim() ?? ''} tanggal={tanggalHariIni()} penandatangan={signer} mengetahui />
              </div>
            </figure>

            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
                {formState.isSubmitting ? t('common.saving') : t('common.save')}
              </button>
              <SaveBlockedNote blocker={blocker} />
            </div>
          </form>
        </FormLabels>
      </FormProvider>
    </section>
  );
}
