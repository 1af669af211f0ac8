import type { Anggota } from '../../anggota/anggota-schema';
import type { Peran } from '../../anggota/peran-schema';
import { jabatanSaran, type JenisPeran } from '../../anggota/peran-options';
import type { Kepesertaan } from '../../kepesertaan/kepesertaan-schema';
import type { Koperasi } from '../../koperasi/koperasi-schema';
import type { KabupatenRegions } from '../../region/region-types';
import { AnggotaGenerator } from './anggota-generator';
import { dayNumber } from './calendar';
import { DEFAULT_GENERATOR_NOW } from './district-generator';
import { generatedIds } from './generated-id';
import { generateKepesertaan, petugasDinas } from './kepesertaan-generator';
import { generatePeran } from './peran-generator';
import { Prng } from './prng';
import { planRoles, type KoperasiRolePlan, type Kursi } from './role-plan';

export interface DistrictPeopleOptions {
  readonly seed: number;
  readonly kabupaten: KabupatenRegions;
  /** The district's cooperatives with their ids (e.g. `koperasiWithIds(seed, generateKoperasi(…))`). */
  readonly koperasi: readonly { readonly id: string; readonly koperasi: Koperasi }[];
  readonly people: number;
  readonly roles: number;
  readonly enrollments: number;
  /** The "today" of the district (ISO date); DEFAULT_GENERATOR_NOW by default. */
  readonly now?: string;
  /** People per chunk (roles and enrollments come with them); 5,000 by default. */
  readonly chunkSize?: number;
}

export interface Generated<T> {
  readonly id: string;
  readonly values: T;
}

export interface DistrictPeopleChunk {
  readonly anggota: Generated<Anggota>[];
  readonly peran: Generated<Peran>[];
  readonly kepesertaan: Generated<Kepesertaan>[];
}

/** Gives generated cooperatives deterministic ids, in the shape `districtPeopleStream` takes. */
export function koperasiWithIds(seed: number, koperasi: Iterable<Koperasi>): { id: string; koperasi: Koperasi }[] {
  const next = generatedIds(seed, 'koperasi');
  return Array.from(koperasi, (k) => ({ id: next(), koperasi: k }));
}

/** A person who may still take a second role: their id and birth day (roles start after adulthood). */
interface Holder {
  readonly id: string;
  readonly birthDay: number;
}

/** Members kept per kecamatan as candidates for a second cooperative: bounded, so memory stays flat. */
const POOL_LIMIT = 4000;

/** How much likelier than a member an officer or employee is to be enrolled (before the exact-count control). */
const ENROLL_WEIGHT: Readonly<Record<JenisPeran, number>> = { karyawan: 1.6, pengurus: 1.45, pengawas: 1.2, anggota: 0.97 };

function validate(o: DistrictPeopleOptions): void {
  const whole = (n: number) => Number.isInteger(n) && n >= 0;
  if (![o.people, o.roles, o.enrollments].every(whole)) throw new RangeError('counts must be whole numbers');
  if (o.people > o.roles) throw new RangeError(`${o.people} people cannot hold only ${o.roles} roles`);
  if (o.enrollments > o.people) throw new RangeError(`${o.enrollments} enrollments for ${o.people} people: at most one each`);
  if (o.roles > 2 * o.people) throw new RangeError('people hold at most two roles each');
}

/**
 * The people of a generated district with their roles and BPJS enrollments, yielded in chunks so a caller can
 * write 250,000 people without holding them all. Exactly `people` people, `roles` roles and `enrollments`
 * enrollments come out, and the same seed gives the same district (ids included) whatever the chunk size.
 *
 * Cooperatives are walked in order; each gets the roles planned for it (role-plan.ts). A person holds one or two
 * roles: `roles − people` member seats go to someone who already has a role — an officer or employee of the same
 * cooperative who is also a member, or a member of another cooperative nearby. Which seats, and who is enrolled
 * (at most once, through the cooperative of their first role), is chosen by selection sampling against what is
 * still needed, so the counts come out exact without a second pass.
 */
export function* districtPeopleStream(options: DistrictPeopleOptions): Generator<DistrictPeopleChunk> {
  validate(options);
  const { seed } = options;
  const chunkSize = Math.max(1, options.chunkSize ?? 5000);
  const now = dayNumber(options.now ?? DEFAULT_GENERATOR_NOW);
  const plans =
    options.people === 0
      ? []
      : planRoles(
          seed,
          options.koperasi.map((k) => k.koperasi),
          options.roles,
        );
  const people = new AnggotaGenerator(options.kabupaten, now);
  const petugas = petugasDinas(seed);
  const ids = { anggota: generatedIds(seed, 'anggota'), peran: generatedIds(seed, 'peran'), kepesertaan: generatedIds(seed, 'kepesertaan') };
  const decide = Prng.derive(seed, 'keputusan');
  const pools = new Map<string, Holder[]>();

  let made = 0;
  let rolesMade = 0;
  let reused = 0;
  let enrolled = 0;
  let seatsLeft = plans.reduce((n, p) => n + p.anggota, 0);
  const reuseTarget = options.roles - options.people;
  if (reuseTarget > seatsLeft) throw new RangeError(`${reuseTarget} second roles do not fit in ${seatsLeft} member seats`);
  let chunk: DistrictPeopleChunk = { anggota: [], peran: [], kepesertaan: [] };

  const addRole = (plan: KoperasiRolePlan, holder: Holder, peran: JenisPeran, kursi: Kursi) => {
    const { id: koperasiId, koperasi } = options.koperasi[plan.index]!;
    const rng = Prng.derive(seed, 'peran', rolesMade++);
    const values = generatePeran(rng, {
      anggotaId: holder.id,
      koperasiId,
      koperasi,
      peran,
      jabatan: kursi.jabatan,
      mantan: kursi.mantan,
      birthDay: holder.birthDay,
      now,
    });
    chunk.peran.push({ id: ids.peran(), values });
  };

  /** A new person whose first role is `peran` in the plan's cooperative; enrolled there when chosen. */
  const newPerson = (plan: KoperasiRolePlan, peran: JenisPeran, kursi: Kursi): Holder => {
    if (made >= options.people) throw new Error('generated more people than asked: too few second roles could be placed');
    const { id: koperasiId, koperasi } = options.koperasi[plan.index]!;
    const rng = Prng.derive(seed, 'anggota', made);
    const person = people.generate(rng, { koperasi, peran });
    const holder: Holder = { id: ids.anggota(), birthDay: person.birthDay };
    chunk.anggota.push({ id: holder.id, values: person.values });
    addRole(plan, holder, peran, kursi);
    const need = options.enrollments - enrolled;
    const remaining = options.people - made;
    if (need > 0 && (need >= remaining || decide.next() < (ENROLL_WEIGHT[peran] * need) / remaining)) {
      const values = generateKepesertaan(rng, { anggotaId: holder.id, koperasiId, koperasi, peran: kursi.mantan ? 'anggota' : peran, now, petugas });
      chunk.kepesertaan.push({ id: ids.kepesertaan(), values });
      enrolled++;
    }
    made++;
    return holder;
  };

  /** Someone from another cooperative nearby (same kecamatan when possible) who holds only one role so far. */
  const fromPool = (kecamatanKode: string): Holder | undefined => {
    let pool = pools.get(kecamatanKode);
    if (!pool || pool.length === 0) pool = [...pools.values()].find((p) => p.length > 0);
    if (!pool) return undefined;
    const i = Math.floor(decide.next() * pool.length);
    const holder = pool[i]!;
    pool[i] = pool[pool.length - 1]!;
    pool.pop();
    return holder;
  };
  const toPool = (kecamatanKode: string, holders: readonly Holder[]) => {
    let pool = pools.get(kecamatanKode);
    if (!pool) pools.set(kecamatanKode, (pool = []));
    for (const h of holders) {
      if (pool.length < POOL_LIMIT) pool.push(h);
      else pool[Math.floor(decide.next() * POOL_LIMIT)] = h;
    }
  };

  for (const plan of plans) {
    const koperasi = options.koperasi[plan.index]!.koperasi;
    const rng = Prng.derive(seed, 'koperasi-orang', plan.index);
    // Officers and employees of this cooperative: candidates for also being its members.
    const staff: Holder[] = [];
    for (const kursi of plan.pengurus) staff.push(newPerson(plan, 'pengurus', kursi));
    for (const kursi of plan.pengawas) staff.push(newPerson(plan, 'pengawas', kursi));
    const karyawanJabatan = jabatanSaran.karyawan;
    for (let i = 0; i < plan.karyawan; i++) {
      const jabatan = i === 0 && plan.karyawan >= 3 ? 'Manajer' : rng.pick(karyawanJabatan.slice(1));
      staff.push(newPerson(plan, 'karyawan', { jabatan, mantan: false }));
    }
    const members: Holder[] = [];
    for (let i = 0; i < plan.anggota; i++) {
      const need = reuseTarget - reused;
      const take = need > 0 && (need >= seatsLeft || decide.next() < need / seatsLeft);
      seatsLeft--;
      const ownStaff = () => (staff.length > 0 ? staff.splice(Math.floor(decide.next() * staff.length), 1)[0] : undefined);
      const holder = !take ? undefined : staff.length > 0 && decide.chance(0.75) ? ownStaff() : (fromPool(koperasi.kecamatanKode) ?? ownStaff());
      if (holder) {
        addRole(plan, holder, 'anggota', { jabatan: '', mantan: false });
        reused++;
      } else {
        members.push(newPerson(plan, 'anggota', { jabatan: '', mantan: false }));
      }
      if (chunk.anggota.length >= chunkSize) {
        yield chunk;
        chunk = { anggota: [], peran: [], kepesertaan: [] };
      }
    }
    toPool(koperasi.kecamatanKode, [...staff, ...members]);
    if (chunk.anggota.length >= chunkSize) {
      yield chunk;
      chunk = { anggota: [], peran: [], kepesertaan: [] };
    }
  }
  if (chunk.anggota.length > 0 || chunk.peran.length > 0) yield chunk;
  if (made !== options.people || reused !== reuseTarget || enrolled !== options.enrollments) {
    throw new Error(`district came out as ${made} people, ${made + reused} roles, ${enrolled} enrollments`);
  }
}
