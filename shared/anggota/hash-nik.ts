import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

const KEY = utf8ToBytes('koplindung/hapus-data-pribadi/v2');

/**
 * The trace an erased person's record keeps of each NIK they were known by: HMAC-SHA256 (hex) under one fixed key, so
 * every laptop and office hashes a NIK alike and the merge can still tell that a record elsewhere is the same person
 * (merge-bundle.ts) without the NIK itself being kept. It hides the NIK from someone reading the database or a file;
 * it is not a secret against someone who tries every NIK of a region (16 digits with a known region code and birth
 * date have too few possibilities for any hash to resist that). Synchronous, so the merge can hash inside its
 * IndexedDB transaction. Empty NIK: no hash.
 */
export function hashNik(nik: string): string | undefined {
  if (!nik) return undefined;
  return bytesToHex(hmac(sha256, KEY, utf8ToBytes(nik)));
}

/** Prefix of an erased person's hashes in the `nikSemua` index, so they never meet a plain NIK there. */
export const AWALAN_HASH = 'h:';

/** The hashes an erased copy carries (`nikHashSemua`; a file from before it had one `nikHash`). */
export function nikHashSemua(record: { readonly nikHashSemua?: unknown; readonly nikHash?: unknown; readonly [key: string]: unknown }): string[] {
  const all = new Set<string>();
  if (Array.isArray(record.nikHashSemua)) for (const h of record.nikHashSemua as string[]) all.add(h);
  if (typeof record.nikHash === 'string') all.add(record.nikHash);
  return [...all].sort();
}
