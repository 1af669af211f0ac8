/**
 * Sends a renderer error to main's support log (`log.write`), where it is masked and written to
 * `<userData>/logs/renderer.log`. Fire and forget: logging must never become a second failure, so a missing
 * facade or a refused call is ignored.
 */
export function laporGalat(scope: string, error: unknown, tambahan?: string): void {
  const desktop = window.desktop;
  if (!desktop) return;
  const message = error instanceof Error ? `${error.name}: ${error.message}` : teksDari(error);
  const stack = [error instanceof Error ? error.stack : undefined, tambahan].filter(Boolean).join('\n');
  void desktop.log.write({ level: 'error', scope, message: message.slice(0, 2000), ...(stack ? { stack: stack.slice(0, 8000) } : {}) }).catch(() => undefined);
}

function teksDari(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
