import { useContext, useState } from 'react';
import { useController, useFormContext, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { bacaRupiah, tulisRupiah } from '../../shared/format/baca-rupiah';
import { Field, useErrorText } from './field';
import { LabelNamespace } from './form-fields';

const sama = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));

/**
 * The one money input (wage, declared income, the rupiah figures of the rates). A text box, not a number box: a
 * number box shows spinner arrows and reads "5.599.593" as 5,599593, while an office writes rupiah with thousands
 * dots, sometimes after "Rp". The form holds the amount as a number (NaN when it cannot be read, which the schema
 * explains beside the field); the box keeps what is typed and shows it grouped again on leaving the field.
 */
export function RupiahField<T extends FieldValues>(props: { name: Path<T>; label?: string; hint?: string | undefined; required?: boolean }) {
  const { t } = useTranslation();
  const namespace = useContext(LabelNamespace);
  const errorText = useErrorText();
  const { control } = useFormContext<T>();
  const { field, fieldState } = useController({ control, name: props.name });
  const value = Number(field.value);
  const [entry, setEntry] = useState(() => ({ text: tulisRupiah(value), value }));
  // A value set from outside the box (a reset, a copied period) replaces what the box shows.
  if (!sama(entry.value, value)) setEntry({ text: tulisRupiah(value), value });
  const label = props.label ?? t(`${namespace}.fields.${props.name}` as never);
  return (
    <Field label={label} hint={props.hint} error={errorText(fieldState.error?.message)} required={props.required ?? false}>
      {({ id, describedBy, invalid, required }) => (
        <input
          id={id}
          ref={field.ref}
          name={field.name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          aria-describedby={describedBy}
          aria-invalid={invalid}
          aria-required={required || undefined}
          value={sama(entry.value, value) ? entry.text : tulisRupiah(value)}
          onChange={(e) => {
            const read = bacaRupiah(e.target.value);
            setEntry({ text: e.target.value, value: read });
            field.onChange(read);
          }}
          onBlur={() => {
            if (Number.isFinite(entry.value)) setEntry({ text: tulisRupiah(entry.value), value: entry.value });
            field.onBlur();
          }}
        />
      )}
    </Field>
  );
}
