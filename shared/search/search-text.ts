/**
 * Text search on multi-entry token indexes, shared by every searchable table: the same folding and the same
 * prefix rules for cooperatives and people, so "sejah" or "siti" behave alike everywhere.
 */

/** Lower-case, accents folded, so "Koperasi Sejahtera" is found by "sejah" and "Karyā" by "karya". */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The words of a text, folded: what a name is indexed and typed by. */
export const searchWords = (value: string) =>
  foldText(value)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);

/** A text with its punctuation and spaces dropped ("518.08/96" → "5180896"). */
export const compactText = (value: string) => foldText(value).replace(/[^a-z0-9]/g, '');

export interface ParsedSearch {
  readonly prefixes: readonly string[];
  readonly compact: string;
}

/**
 * Splits what the officer typed into prefixes that must all match some token. A query that looks like a number
 * is also tried as one compact token, because people type those with their own punctuation.
 */
export function parseSearchQuery(query: string): ParsedSearch {
  return { prefixes: [...new Set(searchWords(query))], compact: compactText(query) };
}

/** The key a list is sorted by, so the order is the same in every language and on every laptop. */
export function sortKey(nama: string): string {
  return searchWords(nama).join(' ');
}

/** True when every typed word is the start of some token, or the whole query (compacted) starts a token. */
export function matchesSearch(tokens: readonly string[], query: ParsedSearch): boolean {
  if (query.prefixes.length === 0) return true;
  if (query.prefixes.every((p) => tokens.some((t) => t.startsWith(p)))) return true;
  return query.compact.length >= 4 && tokens.some((t) => t.startsWith(query.compact));
}
