import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ToastAction {
  readonly label: string;
  readonly run: () => void | Promise<void>;
}
interface Toast {
  readonly id: number;
  readonly message: string;
  readonly tone: 'info' | 'error';
  readonly action?: ToastAction;
}
type Show = (message: string, options?: { tone?: 'info' | 'error'; action?: ToastAction }) => void;

const ToastContext = createContext<Show>(() => undefined);

/**
 * Short confirmations in a live region (screen readers hear them), with an optional action such as "Urungkan".
 * A toast with an action stays longer, so an officer has time to undo a delete, and Ctrl+Z runs the newest action:
 * the toast sits at the end of the page, too far to Tab to in time, so the keyboard gets a direct way to it.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((x) => x.id !== id)), []);
  const show = useCallback<Show>(
    (message, options = {}) => {
      const id = next.current++;
      setToasts((all) => [...all.slice(-2), { id, message, tone: options.tone ?? 'info', ...(options.action ? { action: options.action } : {}) }]);
      window.setTimeout(() => dismiss(id), options.action ? 10_000 : options.tone === 'error' ? 8000 : 4000);
    },
    [dismiss],
  );
  const value = useMemo(() => show, [show]);
  const runAction = useCallback(
    async (toast: Toast) => {
      dismiss(toast.id);
      await toast.action!.run();
    },
    [dismiss],
  );
  useEffect(() => {
    const newest = toasts.findLast((x) => x.action);
    if (!newest) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || event.shiftKey) return;
      // Inside a text box Ctrl+Z undoes typing; leave it to the box.
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      void runAction(newest);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toasts, runAction]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.tone}`}>
            <span>{toast.message}</span>
            {toast.action && (
              <button type="button" className="button button-small" aria-keyshortcuts="Control+Z" onClick={() => void runAction(toast)}>
                {toast.action.label}
                <kbd aria-hidden="true">{t('common.undoShortcut')}</kbd>
              </button>
            )}
            <button type="button" className="toast-close" aria-label={t('common.close')} onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export const useToast = () => useContext(ToastContext);
