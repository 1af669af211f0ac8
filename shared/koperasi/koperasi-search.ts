import type { Koperasi } from './koperasi-schema';

/** Lower-case, accents folded, so "Koperasi Sejahtera" is found by "sejah" and "Karyā" by "karya". */
export function foldText(value: string): string {
  return value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const words = (value: string) => foldText(value).split(/[^a-z0-9]+/).filter((w) => w.length > 0);
const compact = (value: string) => foldText(value).replace(/[^a-z0-9]/g, '');

/**
 * The words a cooperative can be found by, kept in a multi-entry index so every search runs on the index: the
 * words of its name, its Nomor Induk Koperasi, and its nomor badan hukum both whole (punctuation dropped, so
 * "AHU-0001248" matches "ahu0001248...") and by its longer parts (so "0001248" alone also finds it).
 */
export function koperasiSearchTokens(k: Pick<Koperasi, 'nama' | 'nomorIndukKoperasi' | 'nomorBadanHukum'>): string[] {
  const tokens = new Set<string>(words(k.nama));
  if (k.nomorIndukKoperasi) tokens.add(compact(k.nomorIndukKoperasi));
  const bh = compact(k.nomorBadanHukum);
  if (bh) tokens.add(bh);
  for (const part of words(k.nomorBadanHukum)) if (part.length >= 4) tokens.add(part);
  return [...tokens];
}

/**
 * Splits what the officer typed into prefixes that must all match some token. A query that looks like a legal
 * number is also tried as one compact token, because people type those with their own punctuation.
 */
export function parseSearchQuery(query: string): { readonly prefixes: readonly string[]; readonly compact: string } {
  return { prefixes: [...new Set(words(query))], compact: compact(query) };
}

/** The key a registry list is sorted by, so the order is the same in every language and on every laptop. */
export function koperasiSortKey(nama: string): string {
  return words(nama).join(' ');
}

/** True when every typed word is the start of some token, or the whole query (compacted) starts a token. */
export function matchesSearch(tokens: readonly string[], query: ReturnType<typeof parseSearchQuery>): boolean {
  if (query.prefixes.length === 0) return true;
  if (query.prefixes.every((p) => tokens.some((t) => t.startsWith(p)))) return true;
  return query.compact.length >= 4 && tokens.some((t) => t.startsWith(query.compact));
}
