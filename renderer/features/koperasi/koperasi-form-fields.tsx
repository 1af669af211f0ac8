import { useFormContext, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { KoperasiInput } from '../../../shared/koperasi/koperasi-schema';
import { Field, useErrorText } from '../../components/field';

type Name = FieldPath<KoperasiInput>;

function useFieldState(name: Name) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { register, getFieldState, formState } = useFormContext<KoperasiInput>();
  const error = errorText(getFieldState(name, formState).error?.message);
  return { t, register, error, label: t(`koperasi.fields.${name}` as never) };
}

/** A text-like input bound to one cooperative field, labelled from i18n by the field's name. */
export function TextField(props: { name: Name; type?: string; hint?: string; required?: boolean; inputMode?: 'numeric' | 'tel' | 'email'; list?: string; className?: string }) {
  const { register, error, label } = useFieldState(props.name);
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
export function NumberField({ name, nullable }: { name: Name; nullable?: boolean }) {
  const { register, error, label } = useFieldState(name);
  return (
    <Field label={label} error={error}>
      {({ id, describedBy, invalid, required }) => (
        <input
          id={id}
          type="number"
          min={0}
          step={1}
          inputMode="numeric"
          aria-describedby={describedBy}
          aria-invalid={invalid}
          aria-required={required || undefined}
          {...register(name, { setValueAs: (v: unknown) => (v === '' || v === null ? (nullable ? null : Number.NaN) : Number(v)) })}
        />
      )}
    </Field>
  );
}

/** A select of one closed choice, labelled from `koperasi.options.<field>.<code>`. */
export function ChoiceField({ name, options }: { name: Name; options: readonly string[] }) {
  const { t, register, error, label } = useFieldState(name);
  return (
    <Field label={label} error={error} required>
      {({ id, describedBy, invalid, required }) => (
        <select id={id} aria-describedby={describedBy} aria-invalid={invalid}
          aria-required={required || undefined} {...register(name)}>
          {options.map((o) => (
            <option key={o} value={o}>
              {t(`koperasi.options.${name}.${o}` as never)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
