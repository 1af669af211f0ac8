import { laporGalat } from './lapor-galat';

type Pendengar = () => void;
const pendengar = new Set<Pendengar>();
let terjadi = false;

/**
 * Chromium's harmless notice when a ResizeObserver callback changes layout again; it fires `error` on window
 * but breaks nothing, so it is neither logged nor shown.
 */
const abaikan = (message: string) => message.startsWith('ResizeObserver loop');

/**
 * Window-level handlers for what no component caught. An uncaught error is logged and shows the error page (the
 * screen may no longer match the data, so the calm way on is a reload); an unhandled promise rejection is only
 * logged, since the code that started it has usually shown its own message already. Installed once, at start.
 */
export function pasangPenjagaGalat(): void {
  window.addEventListener('error', (event) => {
    if (abaikan(event.message ?? '')) return;
    laporGalat('window', event.error ?? event.message);
    terjadi = true;
    for (const dengar of pendengar) dengar();
  });
  window.addEventListener('unhandledrejection', (event) => laporGalat('promise', event.reason));
}

/** Calls `dengar` on an uncaught error (at once if one already happened); returns the unsubscribe. */
export function dengarGalatFatal(dengar: Pendengar): () => void {
  pendengar.add(dengar);
  if (terjadi) dengar();
  return () => pendengar.delete(dengar);
}
