import { Prng } from '../shared/test-support/generator/prng';
import type { SampledPerson } from './people-sample';

export type PeopleQueryCategory = 'nama-awalan' | 'nama-2-kata' | 'nik-lengkap' | 'nik-awalan' | 'telepon-awalan' | 'tanpa-hasil';

export interface PeopleQuery {
  readonly category: PeopleQueryCategory;
  readonly query: string;
}

const lower = (rng: Prng, text: string) => (rng.chance(0.7) ? text.toLowerCase() : text);
const words = (nama: string) =>
  nama
    .replace(/,.*$/, '')
    .split(' ')
    .filter((w) => /^[A-Za-z']{3,}$/.test(w));

/** A name word cut to 3 letters or more, as typed into the search box. */
function namePrefix(rng: Prng, person: SampledPerson): string {
  const w = rng.pick(words(person.nama));
  return lower(rng, w.slice(0, rng.int(3, w.length)));
}

/** Two consecutive words of a name, the second cut short: "siti nurh", "Asep Suher". */
function twoWords(rng: Prng, person: SampledPerson): string {
  const all = words(person.nama);
  const i = rng.int(0, all.length - 2);
  const second = all[i + 1]!;
  return lower(rng, `${all[i]} ${second.slice(0, rng.int(3, second.length))}`);
}

/** A NIK as it is read off a KTP: whole, sometimes in groups of four. */
const fullNik = (rng: Prng, nik: string) => (rng.chance(0.2) ? nik.replace(/(\d{4})(?=\d)/g, '$1 ') : nik);

/** The start of a phone number: local or international form, sometimes with its dashes. */
function phonePrefix(rng: Prng, telepon: string): string {
  const digits = telepon.replace(/\D/g, '');
  const prefix = digits.slice(0, rng.int(6, 10));
  if (rng.chance(0.2)) return `62${prefix.slice(1)}`;
  return rng.chance(0.2) && prefix.length > 4 ? `${prefix.slice(0, 4)}-${prefix.slice(4)}` : prefix;
}

const NO_MATCH = [
  'qwz',
  'xavierus',
  'zzzz',
  'siti qqx',
  'asep zxcv',
  'nur xyzq',
  'ahmad qwer',
  '1111222233334444',
  '0800123',
  '9900',
  'budi zzq',
  'wxyz abc',
  'euis qqq',
  'muhammad xq',
  '3699123456',
  'qqqq',
  'dewi xxl',
  'kopkar',
  '628000',
  'yyy',
] as const;

/**
 * Searches officers type to find a person (≥ 200): name-word prefixes of 3+ letters, two-word names, whole NIKs
 * (some with spaces), NIK prefixes of 6–12 digits, phone prefixes (0812…, 62812…, with dashes) and queries that
 * find nobody — including a common first name with a second word nobody has, the most expensive shape for the
 * repository's two-word intersection. Drawn from a sample of the loaded people so each should find its person.
 */
export function peopleQueries(people: readonly SampledPerson[], seed: number): PeopleQuery[] {
  const rng = Prng.derive(seed, 'bench-people-queries');
  const named = people.filter((p) => words(p.nama).length >= 1);
  const twoNamed = people.filter((p) => words(p.nama).length >= 2);
  const withNik = people.filter((p) => p.nik.length === 16);
  const withPhone = people.filter((p) => p.telepon.replace(/\D/g, '').length >= 10);
  const queries: PeopleQuery[] = [];
  const add = (category: PeopleQueryCategory, count: number, make: () => string) => {
    for (let i = 0; i < count; i++) queries.push({ category, query: make() });
  };
  add('nama-awalan', 60, () => namePrefix(rng, rng.pick(named)));
  add('nama-2-kata', 40, () => twoWords(rng, rng.pick(twoNamed)));
  add('nik-lengkap', 30, () => fullNik(rng, rng.pick(withNik).nik));
  add('nik-awalan', 30, () => rng.pick(withNik).nik.slice(0, rng.int(6, 12)));
  add('telepon-awalan', 25, () => phonePrefix(rng, rng.pick(withPhone).telepon));
  for (const q of NO_MATCH) queries.push({ category: 'tanpa-hasil', query: q });
  return queries;
}
