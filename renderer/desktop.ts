import type { DesktopApi } from '../shared/ipc/contract';
import type { IpcErrorCode, Result } from '../shared/ipc/result';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or bound by the e2e harness; the renderer's only way to the OS. */
    readonly desktop?: DesktopApi;
  }
}

export class DesktopMissingError extends Error {}

/** The typed facade to the main process. */
export function desktop(): DesktopApi {
  if (!window.desktop) throw new DesktopMissingError('window.desktop is missing');
  return window.desktop;
}

/** Unwraps a facade result for code that has nothing better to do with a failure than show it. */
export async function unwrap<T>(result: Promise<Result<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new DesktopCallError(r.error.code, r.error.message);
  return r.value;
}

export class DesktopCallError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    detail: string,
  ) {
    super(detail);
    this.name = 'DesktopCallError';
  }
}
