import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TarifPeriodeError, tambahPeriodeTarif, type TarifIuran } from '../../../shared/kepesertaan/tarif-iuran';
import { Field, useErrorText } from '../../components/field';

/**
 * Asks only for the start day of a new rate period. The figures are copied from the latest period and the latest
 * period is closed the day before (tambahPeriodeTarif), so the officer then edits just what the regulation changed.
 */
export function TambahPeriodeForm({
  rows,
  onReady,
  onCancel,
}: {
  rows: readonly TarifIuran[];
  onReady: (rows: TarifIuran[], baru: TarifIuran) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [start, setStart] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      const next = tambahPeriodeTarif(rows, start);
      onReady(next, next[next.length - 1]!);
    } catch (e) {
      if (!(e instanceof TarifPeriodeError)) throw e;
      setError(e.message);
    }
  };

  return (
    <form className="form row-with-action" onSubmit={submit} noValidate>
      <Field label={t('tarif.newStart')} hint={t('tarif.newStartHint')} required error={errorText(error)}>
        {({ id, describedBy, invalid, required }) => (
          <input
            id={id}
            type="date"
            value={start}
            onChange={(e) => {
              setStart(e.target.value);
              setError(undefined);
            }}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            aria-required={required || undefined}
            autoFocus
          />
        )}
      </Field>
      <button type="submit" className="button button-primary">
        {t('common.next')}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
