import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/field';
import { bacaLogo } from './baca-logo';

/**
 * The letterhead's emblem: pick a PNG or JPEG (read here, in the page, into a data URL), see it, or remove it.
 * A file that is too big or not an image is refused beside the field and the current logo is kept.
 */
export function LogoField({ value, onChange }: { value: string; onChange: (logo: string) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);

  const pick = async (file: File | undefined) => {
    if (file === undefined) return;
    const result = await bacaLogo(file);
    if (input.current) input.current.value = '';
    if (!result.ok) {
      setError(t(result.error));
      return;
    }
    setError(undefined);
    onChange(result.dataUrl);
  };

  return (
    <Field label={t('dokumenSettings.logo')} hint={t('dokumenSettings.logoHint')} error={error}>
      {({ id, describedBy, invalid }) => (
        <div className="logo-field">
          <div className="logo-field-preview">
            {value === '' ? <span className="muted">{t('dokumenSettings.logoNone')}</span> : <img src={value} alt={t('dokumenSettings.logoAlt')} />}
          </div>
          <input
            ref={input}
            id={id}
            type="file"
            accept="image/png,image/jpeg"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => void pick(e.target.files?.[0])}
          />
          {value !== '' && (
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                setError(undefined);
                onChange('');
              }}
            >
              {t('dokumenSettings.logoRemove')}
            </button>
          )}
        </div>
      )}
    </Field>
  );
}
