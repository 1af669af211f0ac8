import { searchWords, sortKey } from '../search/search-text';
import type { Anggota } from './anggota-schema';

/** How many words of a name make pair tokens (names longer than this are rare; their later words pair less). */
const PAIR_WORDS = 5;

/**
 * The tokens a person is found by in the multi-entry index: the words of the name, every ordered pair of its words
 * ("siti rahmawati", "siti nur" and "nur rahmawati" for Siti Nur Rahmawati), the NIK whole, and the phone number in
 * both the local and the international form (0812… and 62812…), because officers type whichever is on the paper in
 * front of them. The pairs let "siti rahma" be one index range: intersecting "siti" with "rahma" would read tens of
 * thousands of keys at 250,000 people.
 */
export function anggotaSearchTokens(a: Pick<Anggota, 'nama' | 'nik' | 'telepon'>): string[] {
  const words = searchWords(a.nama);
  const tokens = new Set<string>(words);
  const first = words.slice(0, PAIR_WORDS);
  for (let i = 0; i < first.length; i++) for (let j = i + 1; j < first.length; j++) if (first[i] !== first[j]) tokens.add(`${first[i]} ${first[j]}`);
  if (a.nik) tokens.add(a.nik);
  for (const form of phoneForms(a.telepon)) tokens.add(form);
  return [...tokens];
}

/** A phone number's digits in its local (0…) and international (62…) forms. */
export function phoneForms(telepon: string): string[] {
  const d = telepon.replace(/\D/g, '');
  if (d.length < 6) return d ? [d] : [];
  if (d.startsWith('62')) return [d, `0${d.slice(2)}`];
  if (d.startsWith('0')) return [d, `62${d.slice(1)}`];
  return [d];
}

/** The key the people list is sorted by. */
export const anggotaSortKey = sortKey;
