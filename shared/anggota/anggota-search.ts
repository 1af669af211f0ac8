import { searchWords, sortKey } from '../search/search-text';
import type { Anggota } from './anggota-schema';

/**
 * The tokens a person is found by in the multi-entry index: the words of the name, the NIK whole, and the phone
 * number in both the local and the international form (0812… and 62812…), because officers type whichever is on
 * the paper in front of them.
 */
export function anggotaSearchTokens(a: Pick<Anggota, 'nama' | 'nik' | 'telepon'>): string[] {
  const tokens = new Set<string>(searchWords(a.nama));
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
