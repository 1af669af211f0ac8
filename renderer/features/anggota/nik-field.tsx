import { useEffect, useRef, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { TOptions } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AnggotaInput } from '../../../shared/anggota/anggota-schema';
import { formatTanggal } from '../../../shared/format/format-date';
import type { NikCheck, NikFinding } from '../../../shared/nik/nik-check';
import { nikAutofill } from '../../../shared/nik/nik-parse';
import { Field, useErrorText } from '../../components/field';
import type { AnggotaRecord } from '../../db/synced-records';

/** The fields a NIK fills in when they are empty; the officer sees which, by their labels. */
const diisiDariNik = ['tanggalLahir', 'jenisKelamin'] as const;
type DiisiDariNik = (typeof diisiDariNik)[number];

/**
 * The NIK input and everything it tells: the hard error (not 16 digits), a person who already holds this NIK
 * (offered instead of a second record), the findings as warnings with one "checked" box that stores the
 * acknowledgement, and birth date and sex filled from the NIK when they were still empty.
 */
export function NikField({
  check,
  holder,
  onRestore,
}: {
  check: NikCheck;
  holder: AnggotaRecord | null | undefined;
  onRestore: (holder: AnggotaRecord) => void;
}) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { register, control, setValue, getValues, formState } = useFormContext<AnggotaInput>();
  const acknowledged = useWatch({ control, name: 'nikPeringatanDiakui' }) ?? [];
  const [autofilled, setAutofilled] = useState<Readonly<Partial<Record<DiisiDariNik, string>>>>({});
  const [tanggalLahir, jenisKelamin] = useWatch({ control, name: ['tanggalLahir', 'jenisKelamin'] });
  const current: Record<DiisiDariNik, string | undefined> = { tanggalLahir, jenisKelamin };
  const stillAutofilled = diisiDariNik.filter((f) => autofilled[f] !== undefined && current[f] === autofilled[f]);
  const filledFor = useRef<string | null>(null);

  const parsedNik = check.parsed?.nik ?? null;
  useEffect(() => {
    if (!check.parsed || filledFor.current === parsedNik) return;
    filledFor.current = parsedNik;
    const fill = nikAutofill(check.parsed);
    const filled: Partial<Record<DiisiDariNik, string>> = {};
    if (!getValues('tanggalLahir') && fill.tanggalLahir) {
      setValue('tanggalLahir', fill.tanggalLahir, { shouldDirty: true });
      filled.tanggalLahir = fill.tanggalLahir;
    }
    if (!getValues('jenisKelamin')) {
      setValue('jenisKelamin', fill.jenisKelamin, { shouldDirty: true });
      filled.jenisKelamin = fill.jenisKelamin;
    }
    setAutofilled(filled);
  }, [check.parsed, parsedNik, getValues, setValue]);

  const warnings = check.findings.filter((f) => f.level === 'peringatan');
  const allAcknowledged = warnings.length > 0 && warnings.every((w) => acknowledged.includes(w.code));
  const formatParam = (value: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? formatTanggal(value, i18n.language)
      : value === 'L' || value === 'P'
        ? t(`anggota.options.jenisKelamin.${value}`)
        : value;
  const message = (f: NikFinding) => {
    const values: TOptions = Object.fromEntries(Object.entries(f.params).map(([k, v]) => [k, formatParam(v)]));
    return t(`nik.finding.${f.code}`, values);
  };
  const error = errorText(formState.errors.nik?.message);
  const acknowledgeNeeded = Boolean(formState.errors.nikPeringatanDiakui) && !allAcknowledged;

  return (
    <div className="nik-field">
      <Field label={t('anggota.fields.nik')} hint={t('anggota.nikHint')} error={error}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={[describedBy, 'nik-findings'].filter(Boolean).join(' ')}
            aria-invalid={invalid || Boolean(holder)}
            data-blocker={
              holder ? (holder.dihapusPribadi !== undefined ? t('anggota.nikDihapusPribadi') : t('anggota.blockerNikTaken', { name: holder.nama })) : undefined
            }
            {...register('nik')}
          />
        )}
      </Field>
      <div id="nik-findings" aria-live="polite">
        {holder && holder.dihapusPribadi !== undefined && (
          <div className="nik-holder" role="alert">
            <p>{t('anggota.nikDihapusPribadi')}</p>
          </div>
        )}
        {holder && holder.dihapusPribadi === undefined && (
          <div className="nik-holder" role="alert">
            <p>{holder.deleted ? t('anggota.nikTakenDeleted', { name: holder.nama }) : t('anggota.nikTaken', { name: holder.nama })}</p>
            {holder.deleted ? (
              <button type="button" className="button" onClick={() => onRestore(holder)}>
                {t('anggota.restoreExisting', { name: holder.nama })}
              </button>
            ) : (
              <Link className="button" to={`/anggota/${holder.id}`}>
                {t('anggota.openExisting', { name: holder.nama })}
              </Link>
            )}
          </div>
        )}
        {check.findings.length > 0 && (
          <ul className="nik-findings">
            {check.findings.map((f) => (
              <li key={f.code} className={`finding finding-${f.level}`}>
                <strong>{f.level === 'peringatan' ? t('nik.warningLabel') : t('nik.infoLabel')}:</strong> {message(f)}
              </li>
            ))}
          </ul>
        )}
        {warnings.length > 0 && (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={allAcknowledged}
              aria-invalid={acknowledgeNeeded || undefined}
              aria-describedby={acknowledgeNeeded ? 'nik-acknowledge-error' : undefined}
              data-blocker={t('anggota.blockerNikAcknowledge')}
              onChange={(e) =>
                setValue('nikPeringatanDiakui', e.target.checked ? warnings.map((w) => w.code) : [], { shouldDirty: true, shouldValidate: false })
              }
            />
            {t('nik.acknowledge')}
          </label>
        )}
        {warnings.length > 0 && acknowledgeNeeded && (
          <p id="nik-acknowledge-error" className="field-error" role="alert">
            {t('anggota.nikAcknowledgeNeeded')}
          </p>
        )}
        {stillAutofilled.length > 0 && (
          <p className="field-hint">
            {t('nik.autofilled')}: {stillAutofilled.map((f) => t(`anggota.fields.${f}`)).join(', ')}
          </p>
        )}
      </div>
    </div>
  );
}
