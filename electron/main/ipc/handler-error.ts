import type { IpcErrorCode } from '../../../shared/ipc/result';

/**
 * A failure a handler means to report, with the code the renderer translates. The dispatcher turns it into
 * `{ ok: false, error }`; any other thrown value becomes 'io-failed' (file system errors) or 'internal'.
 */
export class IpcHandlerError extends Error {
  readonly code: IpcErrorCode;

  constructor(code: IpcErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'IpcHandlerError';
    this.code = code;
  }
}

/** Node file-system errors carry a string `code` (ENOENT, EACCES, ENOSPC, ...) and the failing `syscall`. */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}
