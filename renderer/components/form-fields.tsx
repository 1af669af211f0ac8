import i18next from 'i18next';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useFormContext, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field, useErrorText } from './field';

/**
 * The i18n namespace a form's fields are labelled from (`<namespace>.fields.<name>`, options from
 * `<namespace>.options.<name>.<code>`), so each field is written once by its name and reads the same in every form.
 */
export const LabelNamespace = createContext('koperasi');

export function FormLabels({ namespace, children }: { namespace: string; children: ReactNode }) {
  return <LabelNamespace.Provider value={namespace}>{children}</LabelNamespace.Provider>;
}

function useFieldState(name: string, labelOverride?: string) {
  const { t } = useTranslation();
  const namespace = useContext(LabelNamespace);
  const errorText = useErrorText();
  const { register, getFieldState, formState } = useFormContext<FieldValues>();
  const error = errorText(getFieldState(name, formState).error?.message);
  return { t, namespace, register, error, label: labelOverride ?? t(`${namespace}.fields.${name}` as never) };
}

interface BaseProps<T extends FieldValues> {
  readonly name: Path<T>;
  readonly label?: string;
  readonly hint?: string | undefined;
  readonly required?: boolean;
}

/** A text-like input bound to one field, labelled from i18n by the field's name. */
export function TextField<T extends FieldValues>(
  props: BaseProps<T> & { type?: string; inputMode?: 'numeric' | 'tel' | 'email'; list?: string; className?: string },
) {
  const { register, error, label } = useFieldState(props.name, props.label);
  return (
    <Field label={label} hint={props.hint} error={error} required={props.required ?? false} className={props.className ?? ''}>
      {({ id, describedBy, invalid, required }) => (
        <input
          id={id}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          list={props.list}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          aria-required={required || undefined}
          autoComplete="off"
          {...register(props.name)}
        />
      )}
    </Field>
  );
}

/** A whole-number input; an empty box is reported as an error rather than silently read as 0. */
export function NumberField<T extends FieldValues>(props: BaseProps<T> & { nullable?: boolean; step?: number }) {
  const { register, error, label } = useFieldState(props.name, props.label);
  return (
    <Field label={label} hint={props.hint} error={error} required={props.required ?? false}>
      {({ id, describedBy, invalid, required }) => (
        <input
          id={id}
          type="number"
          min={0}
          step={props.step ?? 1}
          inputMode="numeric"
          aria-describedby={describedBy}
          aria-invalid={invalid}
          aria-required={required || undefined}
          {...register(props.name, { setValueAs: (v: unknown) => (v === '' || v === null ? (props.nullable ? null : Number.NaN) : Number(v)) })}
        />
      )}
    </Field>
  );
}

/** A select of one closed choice, labelled from `<namespace>.options.<field>.<code>`. */
export function ChoiceField<T extends FieldValues>(props: BaseProps<T> & { options: readonly (string | number)[]; asNumber?: boolean }) {
  const { t, namespace, register, error, label } = useFieldState(props.name, props.label);
  return (
    <Field label={label} hint={props.hint} error={error} required={props.required ?? true}>
      {({ id, describedBy, invalid, required }) => (
        <select
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          aria-required={required || undefined}
          {...register(props.name, props.asNumber ? { setValueAs: (v: unknown) => Number(v) } : {})}
        >
          {props.options.map((o) => (
            <option key={o} value={o}>
              {t(`${namespace}.options.${props.name}.${o}` as never)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A multi-line text field (notes). */
export function TextAreaField<T extends FieldValues>(props: BaseProps<T> & { rows?: number }) {
  const { register, error, label } = useFieldState(props.name, props.label);
  return (
    <Field label={label} hint={props.hint} error={error} required={props.required ?? false}>
      {({ id, describedBy, invalid }) => (
        <textarea id={id} rows={props.rows ?? 3} aria-describedby={describedBy} aria-invalid={invalid} {...register(props.name)} />
      )}
    </Field>
  );
}

/** Save and cancel at the end of a form; "Menyimpan…" while the write is in flight, so a double click saves once. */
export function FormActions({ submitting, onCancel, blocker = null }: { submitting: boolean; onCancel: () => void; blocker?: string | null }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={submitting}>
        {submitting ? t('common.saving') : t('common.save')}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <SaveBlockedNote blocker={blocker} />
    </div>
  );
}

/**
 * Beside Simpan, what kept the last press from saving: the form may be long and the blocker far above, so the
 * officer who pressed Simpan reads here that nothing was saved and why, not only at the top of the form.
 */
export function SaveBlockedNote({ blocker }: { blocker: string | null }) {
  const { t } = useTranslation();
  if (!blocker) return null;
  return (
    <p className="form-blocker" role="alert">
      {t('common.saveBlocked', { what: blocker })}
    </p>
  );
}

/**
 * After a refused submit, scrolls the first thing that blocks saving into view and puts the keyboard on it, inside
 * `within` when given: a field marked `aria-invalid`, or any other control that marks itself so (the NIK warning's
 * tick box, the consent box). It waits for React to draw the refusal first (a few frames at most), because the
 * marks appear only then. Resolves to what blocks, in words for SaveBlockedNote: the control's own
 * `data-blocker` phrase, or "periksa “<its label>”".
 */
export function focusFirstInvalid(within = ''): Promise<string | null> {
  return new Promise((resolve) => {
    let frames = 0;
    const look = () => {
      const target = document.querySelector<HTMLElement>(`${within} [aria-invalid="true"]`.trim());
      if (!target && frames++ < 10) {
        requestAnimationFrame(look);
        return;
      }
      if (!target) return resolve(null);
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
      resolve(describeBlocker(target));
    };
    requestAnimationFrame(look);
  });
}

function describeBlocker(el: HTMLElement): string {
  const own = el.dataset.blocker;
  if (own) return own;
  const labelledBy = el.getAttribute('aria-labelledby');
  const label =
    el.getAttribute('aria-label') ??
    (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
    (el as HTMLInputElement).labels?.[0]?.textContent ??
    el.closest('fieldset')?.querySelector('legend')?.textContent ??
    '';
  return i18next.t('common.blockerField', { label: label.trim() });
}

/**
 * A form's refused-save state: `reveal` (the onInvalid of handleSubmit, or after a blocker that is not a schema
 * error) focuses the first blocker and names it; `blocker` is that name for FormActions or SaveBlockedNote.
 */
export function useSaveBlocker(within = '') {
  const [blocker, setBlocker] = useState<string | null>(null);
  const reveal = useCallback(() => {
    void focusFirstInvalid(within).then(setBlocker);
  }, [within]);
  const clear = useCallback(() => setBlocker(null), []);
  return { blocker, reveal, clear };
}
