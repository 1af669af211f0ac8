import { useTranslation } from 'react-i18next';

/**
 * A determinate progress bar for long work in a Web Worker (export, checking and applying an import). A plain
 * element with role="progressbar" and aria-valuenow in percent, so a screen reader hears how far it is, which a
 * native <progress> does not expose the same way in every engine.
 */
export function ProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  const { t } = useTranslation();
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <div className="progress">
      <span className="progress-label">{label}</span>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('pertukaran.progres', { percent })}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
