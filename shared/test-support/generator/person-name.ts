import { gelarBelakang, namaBelakangLaki, namaBelakangPerempuan, namaDepanLaki, namaDepanPerempuan } from './indonesian-names';
import type { Prng } from './prng';

export type JenisKelamin = 'L' | 'P';

export interface PersonNameOptions {
  /** Adds the hajj title (H. / Hj.) now and then, as older pengurus often carry it. */
  readonly allowHaji?: boolean;
  /** Adds an academic degree now and then (teachers' and civil servants' cooperatives). */
  readonly degreeChance?: number;
}

/**
 * A plausible Indonesian name: one name alone (common in Java), two given names, or a given name and a second
 * name; never a Western "first last" by default, because forms and attendance sheets must cope with both.
 */
export function personName(rng: Prng, sex: JenisKelamin, options: PersonNameOptions = {}): string {
  const depan = sex === 'L' ? namaDepanLaki : namaDepanPerempuan;
  const belakang = sex === 'L' ? namaBelakangLaki : namaBelakangPerempuan;
  const shape = rng.weighted([
    ['single', 18],
    ['two-given', 22],
    ['given-second', 60],
  ] as const);
  let name: string = rng.pick(depan);
  if (shape === 'two-given') {
    const second = rng.pick(depan);
    if (second !== name) name = `${name} ${second}`;
  } else if (shape === 'given-second') {
    name = `${name} ${rng.pick(belakang)}`;
  }
  if (options.allowHaji && rng.chance(0.12)) name = `${sex === 'L' ? 'H.' : 'Hj.'} ${name}`;
  if (options.degreeChance && rng.chance(options.degreeChance)) name = `${name}, ${rng.pick(gelarBelakang)}`;
  return name;
}
