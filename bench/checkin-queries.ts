import { Prng } from '../shared/test-support/generator/prng';
import { searchWords } from '../shared/search/search-text';
import type { CheckInQueryCategory } from './bench-types';

/** Someone arriving at the check-in table: who they are, and whether they were invited (and for which cooperative). */
export interface Arrival {
  readonly anggotaId: string;
  readonly nama: string;
  readonly nik: string;
  readonly telepon: string;
  /** The cooperative they are checked in for: their invitation's, else their first role's, else ''. */
  readonly koperasiId: string;
  readonly diundang: boolean;
}

/** What the officer types, keystroke stage by keystroke stage, to find one arrival. */
export interface QuerySequence {
  readonly category: CheckInQueryCategory;
  readonly stages: readonly string[];
}

/** Name words as typed: letters only, 3 or more, titles and initials left out ("H.", "S.Pd"). */
const nameWords = (nama: string) =>
  nama
    .replace(/,.*$/, '')
    .split(' ')
    .filter((w) => /^[A-Za-z']{3,}$/.test(w));
const unique = (items: readonly string[]) => [...new Set(items)];

/**
 * The first name typed letter by letter from the third (3 to 6 letters, or the whole name if shorter), then the
 * second name begun and finished: "sit", "siti", "siti r", "siti rah", "siti rahayu". Every stage is a query the
 * screen runs. (An officer who still does not see the person then asks for the NIK: checkin-bench.ts.)
 */
export function nameStages(rng: Prng, nama: string): string[] {
  const [first, second] = nameWords(nama);
  if (!first) return [];
  const cased = rng.chance(0.7) ? (s: string) => s.toLowerCase() : (s: string) => s;
  const stages: string[] = [];
  for (let n = 3; n <= Math.min(6, first.length); n++) stages.push(cased(first.slice(0, n)));
  if (first.length > 6) stages.push(cased(first));
  if (second) for (const n of [1, 3, second.length]) stages.push(cased(`${first} ${second.slice(0, Math.min(n, second.length))}`));
  return unique(stages);
}

/** A phone number in its local 08… form, typed: the first 8 digits (the list is still long), then all of it. */
export function phoneStages(telepon: string): string[] {
  const d = telepon.replace(/\D/g, '');
  const local = d.startsWith('62') ? `0${d.slice(2)}` : d;
  return local.length >= 10 ? unique([local.slice(0, 8), local]) : [];
}

/**
 * For each cooperative, its name word that the fewest cooperatives of the district share (4 letters or more):
 * what an officer types to find "the people from Kopwan Melati" — "mela", "melati".
 */
export function distinctiveWords(invited: readonly { id: string; nama: string }[], allNames: readonly string[]): Map<string, string> {
  const frequency = new Map<string, number>();
  for (const nama of allNames) for (const w of new Set(searchWords(nama))) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const k of invited) {
    const words = searchWords(k.nama).filter((w) => w.length >= 4 && /^[a-z]+$/.test(w));
    const rarest = [...words].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || b.length - a.length)[0];
    if (rarest) out.set(k.id, rarest);
  }
  return out;
}

/** A cooperative word typed: 3 letters, 5, then whole. */
export const koperasiStages = (word: string) => unique([word.slice(0, 3), word.slice(0, 5), word]);

/** How many arrivals get each kind of search (the rest are picked from the invited list without typing). */
export const SEARCHED: Readonly<Record<CheckInQueryCategory, number>> = {
  'nama-diundang': 18,
  'nama-tidak-diundang': 10,
  nik: 25,
  telepon: 12,
  'nama-koperasi': 10,
};

/**
 * Which arrivals the officer searches for, and how: invited and uninvited people by name, people by NIK and by
 * phone, and invited representatives by their cooperative's distinctive word. Returns a search for an arrival's
 * index; about 220 keystroke-stage queries in all.
 */
export function checkInSearches(seed: number, arrivals: readonly Arrival[], koperasiWord: ReadonlyMap<string, string>): Map<number, QuerySequence> {
  const rng = Prng.derive(seed, 'bench-checkin-queries');
  const out = new Map<number, QuerySequence>();
  const free = (test: (a: Arrival) => boolean) => arrivals.map((a, i) => [a, i] as const).filter(([a, i]) => !out.has(i) && test(a));
  const assign = (category: CheckInQueryCategory, count: number, test: (a: Arrival) => boolean, stages: (a: Arrival) => string[]) => {
    const candidates = free(test);
    for (let n = 0; n < count && candidates.length > 0; n++) {
      const [a, i] = candidates.splice(rng.int(0, candidates.length - 1), 1)[0]!;
      out.set(i, { category, stages: stages(a) });
    }
  };
  const named = (a: Arrival) => nameWords(a.nama).length > 0;
  const hasNik = (a: Arrival) => a.nik.length === 16;
  // NIKs of both kinds of arrival: three in five invited.
  const invitedNik = Math.round((SEARCHED.nik * 3) / 5);
  assign(
    'nama-koperasi',
    SEARCHED['nama-koperasi'],
    (a) => a.diundang && koperasiWord.has(a.koperasiId),
    (a) => koperasiStages(koperasiWord.get(a.koperasiId)!),
  );
  assign(
    'nama-diundang',
    SEARCHED['nama-diundang'],
    (a) => a.diundang && named(a),
    (a) => nameStages(rng, a.nama),
  );
  assign(
    'nama-tidak-diundang',
    SEARCHED['nama-tidak-diundang'],
    (a) => !a.diundang && named(a),
    (a) => nameStages(rng, a.nama),
  );
  assign(
    'telepon',
    SEARCHED.telepon,
    (a) => phoneStages(a.telepon).length > 0,
    (a) => phoneStages(a.telepon),
  );
  assign(
    'nik',
    invitedNik,
    (a) => a.diundang && hasNik(a),
    (a) => [a.nik],
  );
  assign(
    'nik',
    SEARCHED.nik - invitedNik,
    (a) => !a.diundang && hasNik(a),
    (a) => [a.nik],
  );
  return out;
}
