import type { Anggota } from '../shared/anggota/anggota-schema';
import { Prng } from '../shared/test-support/generator/prng';

/** What the read benchmarks need to know about a loaded person: enough to search for them and open them. */
export interface SampledPerson {
  readonly id: string;
  readonly nama: string;
  readonly nik: string;
  readonly telepon: string;
}

/**
 * A uniform sample of the people streamed past (reservoir sampling), plus role and enrollment counts per
 * cooperative, so the read benchmarks can pick realistic queries and the largest and median rosters without
 * reading the database or keeping 250,000 people in memory.
 */
export class PeopleSample {
  readonly people: SampledPerson[] = [];
  readonly rolesPerKoperasi = new Map<string, number>();
  readonly enrollmentsPerKoperasi = new Map<string, number>();
  private seen = 0;
  private readonly rng: Prng;

  constructor(
    seed: number,
    private readonly size = 4000,
  ) {
    this.rng = Prng.derive(seed, 'bench-sample');
  }

  addPerson(id: string, a: Anggota): void {
    const person = { id, nama: a.nama, nik: a.nik, telepon: a.telepon };
    this.seen++;
    if (this.people.length < this.size) this.people.push(person);
    else {
      const j = Math.floor(this.rng.next() * this.seen);
      if (j < this.size) this.people[j] = person;
    }
  }

  addRole(koperasiId: string): void {
    this.rolesPerKoperasi.set(koperasiId, (this.rolesPerKoperasi.get(koperasiId) ?? 0) + 1);
  }

  addEnrollment(koperasiId: string): void {
    this.enrollmentsPerKoperasi.set(koperasiId, (this.enrollmentsPerKoperasi.get(koperasiId) ?? 0) + 1);
  }
}
