import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusKepesertaan } from '../../../shared/kepesertaan/kepesertaan-options';
import { kpjPerluDiperiksa } from '../../../shared/kepesertaan/kepesertaan-schema';
import { langkahMundur, langkahStatus, type StatusSebelum } from '../../../shared/kepesertaan/status-kepesertaan';
import { useApp } from '../../app/app-context';
import { Field } from '../../components/field';
import { useToast } from '../../components/toast';
import type { KepesertaanRecord } from '../../db/synced-records';
import { failureReason } from '../../i18n/failure-reason';

/**
 * The next steps an enrollment can take from its status, as buttons. "Terdaftar" asks for the KPJ number (a length
 * other than 11 digits is a warning, not a block; a participant made active again keeps the KPJ they had) and
 * "ditolak" for BPJS's reason, in a small form in place. Every step is undone like a delete: "Urungkan" in the
 * toast (or Ctrl+Z) puts back the status, its date, the KPJ and the reason.
 */
export function StatusActions({ k }: { k: KepesertaanRecord }) {
  const { t } = useTranslation();
  const { kepesertaan } = useApp();
  const toast = useToast();
  const [asking, setAsking] = useState<'terdaftar' | 'ditolak' | null>(null);
  const [text, setText] = useState('');
  const box = useRef<HTMLSpanElement>(null);
  // The button pressed disappears with the step it took: once the enrollment shows the status it moved to (or the
  // small form is closed), the keyboard goes to this enrollment's next forward step instead of the top of the page.
  // Never to a step that ends or reverses (nonaktif after terdaftar): a second Enter must not take it. With no
  // forward step, the keyboard rests on the steps' group, where Enter does nothing.
  const focusWhen = useRef<StatusKepesertaan | null>(null);
  useEffect(() => {
    if (asking || focusWhen.current !== k.status) return;
    focusWhen.current = null;
    const forward = box.current?.querySelector<HTMLElement>('button[data-maju="true"]');
    (forward ?? box.current)?.focus();
  }, [asking, k.status]);

  const label = (status: StatusKepesertaan) => t(`kepesertaan.options.status.${status}`);
  const undo = async (sebelum: StatusSebelum, sesudah: StatusKepesertaan) => {
    focusWhen.current = sebelum.status;
    try {
      await kepesertaan.undoStatus(k.id, sebelum, sesudah);
      toast(t('kepesertaan.statusRestored', { status: label(sebelum.status) }));
    } catch (error) {
      focusWhen.current = null;
      toast(t('kepesertaan.statusFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };

  const go = async (status: StatusKepesertaan, extra: { kpj?: string; alasanDitolak?: string } = {}) => {
    focusWhen.current = status;
    const sebelum: StatusSebelum = { status: k.status, statusSejak: k.statusSejak, kpj: k.kpj, alasanDitolak: k.alasanDitolak };
    try {
      await kepesertaan.changeStatus(k.id, { status, ...extra });
      toast(t('kepesertaan.statusChanged', { status: label(status) }), { action: { label: t('common.undo'), run: () => undo(sebelum, status) } });
      setAsking(null);
      setText('');
    } catch (error) {
      focusWhen.current = null;
      toast(t('kepesertaan.statusFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };

  if (asking) {
    const kpj = text.replace(/[\s.-]/g, '');
    const warn = asking === 'terdaftar' && kpjPerluDiperiksa(kpj) && /^\d+$/.test(kpj);
    return (
      <form
        className="inline-form"
        aria-label={t(`kepesertaan.dialog.${asking}Title`)}
        onSubmit={(e) => {
          e.preventDefault();
          void go(asking, asking === 'terdaftar' ? { kpj: text } : { alasanDitolak: text });
        }}
      >
        <p>
          <strong>{t(`kepesertaan.dialog.${asking}Title`)}</strong>
        </p>
        <Field
          label={asking === 'terdaftar' ? t('kepesertaan.fields.kpj') : t('kepesertaan.fields.alasanDitolak')}
          hint={warn ? t('kepesertaan.kpjWarning', { count: kpj.length }) : undefined}
          required
        >
          {({ id, describedBy }) =>
            asking === 'terdaftar' ? (
              <input
                id={id}
                inputMode="numeric"
                autoComplete="off"
                aria-describedby={describedBy}
                aria-required
                value={text}
                onChange={(e) => setText(e.target.value)}
                autoFocus
              />
            ) : (
              <textarea id={id} rows={2} aria-describedby={describedBy} aria-required value={text} onChange={(e) => setText(e.target.value)} autoFocus />
            )
          }
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('kepesertaan.dialog.confirm')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              focusWhen.current = k.status;
              setAsking(null);
            }}
          >
            {t('common.cancel')}
          </button>
        </div>
      </form>
    );
  }
  return (
    <span ref={box} className="status-actions" role="group" aria-label={t('kepesertaan.statusSteps', { status: label(k.status) })} tabIndex={-1}>
      {langkahStatus[k.status].map((next) => (
        <button
          key={next}
          type="button"
          data-maju={!langkahMundur(next)}
          className={langkahMundur(next) ? 'button button-quiet' : 'button'}
          onClick={() => {
            if (next === 'terdaftar' || next === 'ditolak') {
              setText(next === 'terdaftar' ? k.kpj : '');
              setAsking(next);
            } else void go(next);
          }}
        >
          {t(`kepesertaan.actions.${next}`)}
        </button>
      ))}
    </span>
  );
}
