import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './field';

interface Region {
  readonly kode: string;
  readonly nama: string;
}

/**
 * A labelled select of Kemendagri regions (provinsi, kab/kota, kecamatan, kelurahan/desa). The form stores the code
 * and, through `onPick`, a snapshot of the name, so records and letterheads keep the name they were made with.
 * The stored code is passed as `value` and the select is controlled by it: the region list arrives after the form
 * has set the select's value, when only "Pilih…" existed, and an uncontrolled select would go on showing "Pilih…"
 * over an intact stored value. It is a native select on purpose: typing the first letters of a name finds it, with
 * the keyboard and screen-reader behaviour every officer already knows, which a list of 20–40 names needs no more.
 */
export function RegionSelect(props: {
  label: string;
  /** The code the form holds now. */
  value: string;
  error: string | undefined;
  required?: boolean;
  options: readonly Region[];
  registration: UseFormRegisterReturn;
  onPick: (region: Region | undefined) => void;
}) {
  const { t } = useTranslation();
  const { onChange, ...registration } = props.registration;
  return (
    <Field label={props.label} required={props.required ?? false} error={props.error}>
      {({ id, describedBy, invalid, required }) => (
        <select
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          aria-required={required || undefined}
          disabled={props.options.length === 0}
          {...registration}
          value={props.value}
          onChange={async (event) => {
            await onChange(event);
            props.onPick(props.options.find((r) => r.kode === event.target.value));
          }}
        >
          <option value="">{t('office.choose')}</option>
          {props.options.map((r) => (
            <option key={r.kode} value={r.kode}>
              {r.nama}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
