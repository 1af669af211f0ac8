import type { Koperasi } from '../../koperasi/koperasi-schema';
import { Prng } from './prng';

/** One officer's seat: a jabatan, and whether it is a former holder (an ended role kept for the history). */
export interface Kursi {
  readonly jabatan: string;
  readonly mantan: boolean;
}

/** The roles one cooperative gets in the generated district, by kind. */
export interface KoperasiRolePlan {
  /** Position of the cooperative in the caller's list. */
  readonly index: number;
  readonly pengurus: readonly Kursi[];
  readonly pengawas: readonly Kursi[];
  readonly karyawan: number;
  /** Member roles recorded: fewer than the members the cooperative reports, in proportion to its size. */
  readonly anggota: number;
}

const reportedMembers = (k: Koperasi) => k.anggotaLaki + k.anggotaPerempuan;
const reportedStaff = (k: Koperasi) => k.karyawanLaki + k.karyawanPerempuan;

function officers(rng: Prng, k: Koperasi): { pengurus: Kursi[]; pengawas: Kursi[] } {
  const seat = (jabatan: string, mantan = false): Kursi => ({ jabatan, mantan });
  const pengurus = [seat('Ketua'), seat('Sekretaris'), seat('Bendahara')];
  if (rng.chance(0.35)) pengurus.splice(1, 0, seat('Wakil Ketua'));
  if (reportedMembers(k) > 1000) for (let i = rng.int(0, 2); i > 0; i--) pengurus.push(seat('Anggota Pengurus'));
  // The previous period's chair or treasurer, still on record with an end date.
  if (rng.chance(k.status === 'aktif' ? 0.15 : 0.4)) pengurus.push(seat(rng.pick(['Ketua', 'Bendahara', 'Sekretaris']), true));
  const pengawas = [seat('Ketua Pengawas')];
  for (
    let i = rng.weighted([
      [0, 40],
      [1, 25],
      [2, 35],
    ] as const);
    i > 0;
    i--
  )
    pengawas.push(seat('Anggota Pengawas'));
  return { pengurus, pengawas };
}

/**
 * Shares `total` out in proportion to `weights` (largest remainder), never more than `caps` allow unless the caps
 * together are too small, then in proportion beyond them: exact totals, no rounding drift.
 */
export function apportion(total: number, weights: readonly number[], caps: readonly number[]): number[] {
  const sumWeights = weights.reduce((a, b) => a + b, 0);
  if (sumWeights <= 0) return weights.map(() => 0);
  const capped = caps.reduce((a, b) => a + b, 0) >= total;
  const out = weights.map((w, i) => Math.min(Math.floor((total * w) / sumWeights), capped ? caps[i]! : Number.POSITIVE_INFINITY));
  let left = total - out.reduce((a, b) => a + b, 0);
  while (left > 0) {
    // Largest shortfall first: those furthest below their proportional share (and below their cap) get one more.
    const order = weights
      .map((w, i) => [i, (total * w) / sumWeights - out[i]!] as const)
      .filter(([i]) => weights[i]! > 0 && (!capped || out[i]! < caps[i]!))
      .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    if (order.length === 0) throw new RangeError('cannot apportion: every share is at its cap');
    for (const [i] of order) {
      if (left === 0) break;
      out[i]! += 1;
      left--;
    }
  }
  return out;
}

/**
 * How many roles of each kind every cooperative gets so that the district holds exactly `roles` roles. Each
 * cooperative with people has its pengurus (Ketua, Sekretaris, Bendahara, sometimes a Wakil Ketua), one to three
 * pengawas and its reported karyawan; the rest are member roles shared out by reported membership. An office never
 * has every member on file, so recorded members stay below reported ones when the counts allow. Inactive
 * cooperatives have people on file half the time; when the officers alone would take more than a third of the
 * roles (a small test district), only the largest cooperatives get people.
 */
export function planRoles(seed: number, koperasi: readonly Koperasi[], roles: number): KoperasiRolePlan[] {
  const drafts = koperasi.map((k, index) => {
    const rng = Prng.derive(seed, 'peran-rencana', index);
    const withPeople = k.status === 'aktif' || rng.chance(0.5);
    return { index, k, withPeople, ...officers(rng, k), karyawan: reportedStaff(k) };
  });
  const structural = (d: (typeof drafts)[number]) => d.pengurus.length + d.pengawas.length + d.karyawan;
  let chosen = drafts.filter((d) => d.withPeople);
  const bySize = [...chosen].sort((a, b) => reportedMembers(b.k) + reportedStaff(b.k) - (reportedMembers(a.k) + reportedStaff(a.k)) || a.index - b.index);
  let fixed = chosen.reduce((n, d) => n + structural(d), 0);
  while (fixed > roles / 3 && bySize.length > 1) fixed -= structural(bySize.pop()!);
  const kept = new Set(bySize);
  chosen = chosen.filter((d) => kept.has(d));
  if (chosen.length === 0 || fixed > roles) throw new RangeError(`${roles} roles are too few for the cooperatives' officers`);
  const members = chosen.map((d) => reportedMembers(d.k));
  if (members.every((m) => m === 0)) throw new RangeError('no cooperative reports members');
  const anggota = apportion(roles - fixed, members, members);
  return chosen.map((d, i) => ({ index: d.index, pengurus: d.pengurus, pengawas: d.pengawas, karyawan: d.karyawan, anggota: anggota[i]! }));
}
