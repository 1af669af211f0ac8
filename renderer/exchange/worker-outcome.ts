import { transfer } from 'comlink';
import { RantaiCadanganError, type MasalahRantai } from '../../shared/cadangan/rantai-cadangan';
import { BundleError, type BundleErrorCode, type BundleErrorDetail } from './bundle-error';

/**
 * A worker call's result as data: a refused bundle crosses the Worker boundary with its code and detail intact, a
 * broken backup chain with its problem and the file at fault.
 */
export type WorkerOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: BundleErrorCode; readonly detail?: BundleErrorDetail }
  | { readonly ok: false; readonly rantai: { readonly masalah: MasalahRantai; readonly berkas: string } };

type AsyncMethods = Record<string, (...args: never[]) => unknown>;
export type Outcomes<A extends AsyncMethods> = { [K in keyof A]: (...args: Parameters<A[K]>) => Promise<WorkerOutcome<Awaited<ReturnType<A[K]>>>> };

/**
 * The buffer a result carries, if any: a bundle or backup (`Uint8Array`, or a result with `bytes`), moved to the
 * UI rather than copied — up to 512 MB that the worker never reads again once the call has returned.
 */
function bytesOf(value: unknown): ArrayBuffer | undefined {
  const bytes = value instanceof Uint8Array ? value : (value as { bytes?: unknown } | null)?.bytes;
  return bytes instanceof Uint8Array && bytes.buffer instanceof ArrayBuffer ? bytes.buffer : undefined;
}

/**
 * Wraps every method so a BundleError comes back as `{ ok: false, code, detail }`: structured cloning (what a
 * Worker's messages use) keeps an Error's message but drops its own fields, and the UI needs the code to word it.
 * A result's bytes are transferred: comlink keys a transfer mark by object, so the mark goes on the outcome, the
 * object actually posted.
 */
export function withOutcomes<A extends AsyncMethods>(api: A): Outcomes<A> {
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(api)) {
    wrapped[name] = async (...args: never[]) => {
      try {
        const value = await method(...args);
        const outcome = { ok: true, value };
        const buffer = bytesOf(value);
        return buffer ? transfer(outcome, [buffer]) : outcome;
      } catch (error) {
        if (error instanceof BundleError) return { ok: false, code: error.code, detail: error.detail };
        if (error instanceof RantaiCadanganError) return { ok: false, rantai: { masalah: error.masalah, berkas: error.berkas } };
        throw error;
      }
    };
  }
  return wrapped as Outcomes<A>;
}

/** The other side: the value, or the BundleError rebuilt. */
export function fromOutcome<T>(outcome: WorkerOutcome<T>): T {
  if (outcome.ok) return outcome.value;
  if ('rantai' in outcome) throw new RantaiCadanganError(outcome.rantai.masalah, outcome.rantai.berkas);
  throw new BundleError(outcome.code, outcome.detail);
}
