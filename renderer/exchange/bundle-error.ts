/**
 * Why a bundle was refused, one stable code per cause the officer can act on differently: ask the sender for a new
 * file, type the passphrase again, update the app, or call IT. Labels live in i18n (`bundleError.<code>`).
 */
export const bundleErrorCodes = [
  'not-a-bundle',
  'newer-format',
  'newer-schema',
  'passphrase-required',
  /** An unencrypted bundle, refused while Pengaturan does not allow them. */
  'unencrypted-refused',
  'wrong-passphrase',
  'corrupt',
  'too-large',
  'invalid-manifest',
  'count-mismatch',
  'hash-mismatch',
  'invalid-record',
  'forbidden-key',
  'duplicate-id',
  'future-clock',
  'clock-overflow',
  /** Not the file's fault: the officer pressed Batal while it was being applied, and nothing was changed. */
  'cancelled',
] as const;
export type BundleErrorCode = (typeof bundleErrorCodes)[number];

/** Where in the bundle the problem is, so the message can name the table, the row and the field. */
export interface BundleErrorDetail {
  /** A bundle section (`koperasi` … `alias`), or `manifest`. */
  readonly section?: string;
  /** 0-based record number within the section. */
  readonly index?: number;
  /** Field path inside the record or manifest, joined with '.' (`undangan.0.koperasiId`). */
  readonly path?: string;
  /** The zod message (often an i18n key such as `validation.nik`) or a short code of our own checks. */
  readonly issue?: string;
}

/**
 * The only error the codec throws for a bad file. A plain class with a code (not a message to show) because the
 * same error crosses a Worker boundary as data and is worded by the UI in the officer's language.
 */
export class BundleError extends Error {
  override readonly name = 'BundleError';

  constructor(
    readonly code: BundleErrorCode,
    readonly detail?: BundleErrorDetail,
  ) {
    super(detail ? `bundle: ${code} ${JSON.stringify(detail)}` : `bundle: ${code}`);
  }
}

/** For rebuilding a BundleError from a message posted by a Worker (structured clone drops custom fields). */
export function isBundleErrorCode(value: unknown): value is BundleErrorCode {
  return typeof value === 'string' && (bundleErrorCodes as readonly string[]).includes(value);
}
