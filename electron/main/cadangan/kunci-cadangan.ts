import { randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { tulisAtomik } from './tulis-atomik';

/**
 * Seals the backup key at rest. In Electron this is `safeStorage` (DPAPI on Windows, the keyring on Linux), so the
 * key file is useless off this laptop's user account; the harness has no safeStorage and stores the key as plain
 * text (a file key), which is only ever a test profile.
 */
export interface PelindungKunci {
  /** The sealed key's file name in `cadangan/`: `kunci.bin` sealed by safeStorage, `kunci-harness.txt` in plain text. */
  readonly berkas: string;
  lindungi(key: string): Uint8Array;
  buka(sealed: Uint8Array): string;
}

/** The harness's stand-in for safeStorage: the key as plain text. Never used by the desktop app. */
export const pelindungPolos: PelindungKunci = {
  berkas: 'kunci-harness.txt',
  lindungi: (key) => Buffer.from(key, 'utf8'),
  buka: (sealed) => Buffer.from(sealed).toString('utf8'),
};

/**
 * The install's backup key: made once (32 random bytes, base64) and kept sealed in `path`. The renderer uses it as
 * the passphrase of the backup bundles, so a backup is an ordinary bundle that this laptop can open by itself.
 */
export function kunciCadangan(path: string, pelindung: PelindungKunci): () => Promise<string> {
  let cached: Promise<string> | undefined;
  const load = async () => {
    try {
      return pelindung.buka(new Uint8Array(await readFile(path)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const key = randomBytes(32).toString('base64');
      await mkdir(dirname(path), { recursive: true });
      await tulisAtomik(path, pelindung.lindungi(key));
      return key;
    }
  };
  return () => {
    cached ??= load().catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
    return cached;
  };
}
