import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidationKey } from '../i18n/message-keys';

/** Turns a schema message (an i18n key from shared/) into the sentence shown beside the field. */
export function useErrorText() {
  const { t } = useTranslation();
  return (message: string | undefined) => (message === undefined ? undefined : t(isValidationKey(message) ? message : 'validation.invalid'));
}

interface FieldProps {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly required?: boolean;
  readonly className?: string;
  /** Renders the control with the ids that tie it to its label, hint and error. */
  readonly children: (ids: { id: string; describedBy: string | undefined; invalid: boolean; required: boolean }) => ReactNode;
}

/**
 * A labelled form control with its hint and its error message right beside it: the error is announced and tied
 * to the control with aria-describedby, so it is read where it happened. "Required" is shown to the eye and given
 * to assistive technology as aria-required, so the field's name stays its label alone.
 */
export function Field({ label, hint, error, required, className, children }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {required && (
          <span className="field-required" aria-hidden="true">
            ({t('common.required')})
          </span>
        )}
      </div>
      {children({ id, describedBy, invalid: Boolean(error), required: Boolean(required) })}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
