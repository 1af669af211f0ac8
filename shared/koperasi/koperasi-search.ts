import { compactText, searchWords, sortKey } from '../search/search-text';
import type { Koperasi } from './koperasi-schema';

/**
 * The words a cooperative can be found by, kept in a multi-entry index so every search runs on the index: the
 * words of its name, its Nomor Induk Koperasi, and its nomor badan hukum both whole (punctuation dropped, so
 * "AHU-0001248" matches "ahu0001248...") and by its longer parts (so "0001248" alone also finds it).
 */
export function koperasiSearchTokens(k: Pick<Koperasi, 'nama' | 'nomorIndukKoperasi' | 'nomorBadanHukum'>): string[] {
  const tokens = new Set<string>(searchWords(k.nama));
  if (k.nomorIndukKoperasi) tokens.add(compactText(k.nomorIndukKoperasi));
  const bh = compactText(k.nomorBadanHukum);
  if (bh) tokens.add(bh);
  for (const part of searchWords(k.nomorBadanHukum)) if (part.length >= 4) tokens.add(part);
  return [...tokens];
}

/** The key the registry is sorted by. */
export const koperasiSortKey = sortKey;
