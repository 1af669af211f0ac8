import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { Controller, FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { jabatanSaran } from '../../../shared/anggota/peran-options';
import { walkInSchema, type WalkIn, type WalkInInput } from '../../../shared/kegiatan/walk-in-schema';
import { Field, useErrorText } from '../../components/field';
import { FormLabels, SaveBlockedNote, TextField, useSaveBlocker } from '../../components/form-fields';
import { KoperasiPicker } from '../../components/koperasi-picker';
import type { AnggotaRecord } from '../../db/synced-records';

/** Jabatan offered while typing: the offices cooperatives send to events, and the two plain roles. */
const saran = [...jabatanSaran.pengurus, ...jabatanSaran.pengawas, 'Anggota', 'Karyawan', ...jabatanSaran.karyawan];

/**
 * The walk-in form at the check-in table: name, cooperative, jabatan, phone, NIK if they have their KTP, and
 * whether they want to enroll. Enter saves and checks in; Escape goes back to the search. A NIK that already belongs
 * to someone shows that person with a button to check them in instead.
 */
export function WalkInForm(props: {
  initial: WalkInInput;
  onSave: (values: WalkIn, inginMendaftar: boolean) => Promise<AnggotaRecord | null>;
  onCheckInExisting: (person: AnggotaRecord) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [ingin, setIngin] = useState(false);
  const [taken, setTaken] = useState<AnggotaRecord | null>(null);
  const form = useForm<WalkInInput, unknown, WalkIn>({ defaultValues: props.initial, resolver: zodResolver(walkInSchema), mode: 'onSubmit' });
  const { handleSubmit, control, formState, setFocus } = form;
  const formRef = useRef<HTMLFormElement>(null);
  // With the name already typed in the search, the next thing to ask is the cooperative. The whole form comes into
  // view as it opens, Simpan included: on a 768-pixel laptop screen the counters above can push it below the fold,
  // and focusing the first field only scrolls that field into view.
  useEffect(() => {
    if (props.initial.nama) formRef.current?.querySelector<HTMLInputElement>('[role="combobox"]')?.focus();
    else setFocus('nama');
    formRef.current?.scrollIntoView({ block: 'nearest' });
  }, [setFocus, props.initial.nama]);
  const { blocker, reveal } = useSaveBlocker('.walk-in-form');
  const submit = handleSubmit(async (values) => setTaken(await props.onSave(values, ingin)), reveal);
  return (
    <FormProvider {...form}>
      <FormLabels namespace="walkIn">
        <form
          ref={formRef}
          className="form walk-in-form card"
          onSubmit={submit}
          noValidate
          aria-labelledby="walk-in-heading"
          onKeyDown={(e) => {
            if (e.key === 'Escape' && !(e.target as HTMLElement).closest('.combobox')) props.onCancel();
          }}
        >
          <h2 id="walk-in-heading">{t('checkIn.walkIn.title')}</h2>
          <p className="muted">{t('checkIn.walkIn.hint')}</p>
          <div className="grid-2">
            <TextField<WalkInInput> name="nama" required />
            <Controller
              control={control}
              name="koperasiId"
              render={({ field, fieldState }) => (
                <Field label={t('walkIn.fields.koperasiId')} hint={t('checkIn.walkIn.koperasiHint')} error={errorText(fieldState.error?.message)}>
                  {({ id, describedBy, invalid }) => (
                    <KoperasiPicker id={id} value={field.value} describedBy={describedBy} invalid={invalid} onChange={(value) => field.onChange(value)} />
                  )}
                </Field>
              )}
            />
            <TextField<WalkInInput> name="jabatan" list="walk-in-jabatan" hint={t('checkIn.walkIn.jabatanHint')} />
            <datalist id="walk-in-jabatan">
              {saran.map((j) => (
                <option key={j} value={j} />
              ))}
            </datalist>
            <TextField<WalkInInput> name="telepon" type="tel" inputMode="tel" />
            <TextField<WalkInInput> name="nik" inputMode="numeric" hint={t('checkIn.walkIn.nikHint')} />
          </div>
          {taken && (
            <div className="notice notice-warning" role="alert">
              <p>{t('checkIn.walkIn.nikTaken', { nama: taken.nama })}</p>
              <button type="button" className="button button-primary" onClick={() => props.onCheckInExisting(taken)}>
                {t('checkIn.walkIn.checkInExisting', { nama: taken.nama })}
              </button>
            </div>
          )}
          <label className="checkbox checkbox-large">
            <input type="checkbox" checked={ingin} onChange={(e) => setIngin(e.target.checked)} />
            {t('checkIn.inginMendaftar')}
          </label>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
              {formState.isSubmitting ? t('common.saving') : t('checkIn.walkIn.save')}
            </button>
            <button type="button" className="button" onClick={props.onCancel}>
              {t('common.cancel')}
            </button>
            <SaveBlockedNote blocker={blocker} />
          </div>
        </form>
      </FormLabels>
    </FormProvider>
  );
}
