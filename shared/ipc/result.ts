/**
 * Errors cross the IPC boundary as data: Electron passes only `message` from a thrown error, so a handler's
 * failure is returned as a typed value the renderer can translate (the code is an i18n key).
 */
export type IpcErrorCode = 'invalid-argument' | 'forbidden-origin' | 'not-allowed' | 'io-failed' | 'too-large' | 'internal';

export interface IpcError {
  readonly code: IpcErrorCode;
  /** Developer-facing detail; the UI shows the translated `code`, never this text. */
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: IpcErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
