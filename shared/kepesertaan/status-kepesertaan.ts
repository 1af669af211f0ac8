import type { Kepesertaan } from './kepesertaan-schema';
import type { StatusKepesertaan } from './kepesertaan-options';

/**
 * The steps an enrollment may take from each status (docs/domain.md §3, [design]). Going back is allowed where it is
 * real work: a printed form can be corrected (back to draf), a rejected enrollment is revised and submitted again,
 * and a nonaktif participant who pays again is terdaftar again.
 */
export const langkahStatus: Readonly<Record<StatusKepesertaan, readonly StatusKepesertaan[]>> = {
  draf: ['formulir_dicetak', 'diajukan'],
  formulir_dicetak: ['diajukan', 'draf'],
  diajukan: ['terdaftar', 'ditolak'],
  terdaftar: ['nonaktif'],
  ditolak: ['draf'],
  nonaktif: ['terdaftar'],
};

/** Statuses at which an enrollment waits for someone at the office to act: the follow-up list. */
export const statusMenunggu: readonly StatusKepesertaan[] = ['draf', 'formulir_dicetak', 'diajukan', 'ditolak'];

/** Enrollments that count as covered (for progress figures and contribution totals). */
export const statusTerdaftar: readonly StatusKepesertaan[] = ['terdaftar'];

export interface PerubahanStatus {
  readonly status: StatusKepesertaan;
  readonly kpj?: string;
  readonly alasanDitolak?: string;
}

export class StatusStepNotAllowedError extends Error {
  constructor(
    readonly dari: StatusKepesertaan,
    readonly ke: StatusKepesertaan,
  ) {
    super(`status ${dari} → ${ke} is not a step of the life cycle`);
    this.name = 'StatusStepNotAllowedError';
  }
}

/**
 * The fields a status change writes, or an error when the step is not in the life cycle. The schema then checks
 * what the new status requires (consent, KPJ, reason).
 */
export function terapkanStatus(current: Kepesertaan, change: PerubahanStatus, now: string): Partial<Kepesertaan> {
  if (!langkahStatus[current.status].includes(change.status)) throw new StatusStepNotAllowedError(current.status, change.status);
  const patch: Partial<Kepesertaan> = { status: change.status, statusSejak: now };
  if (change.kpj !== undefined) patch.kpj = change.kpj.replace(/[\s.-]/g, '');
  if (change.alasanDitolak !== undefined) patch.alasanDitolak = change.alasanDitolak.trim();
  return patch;
}

/**
 * Steps that end or reverse an enrollment's progress: nonaktif, ditolak, and back to draf. The screen never puts
 * the keyboard on one of them after another step, so a second Enter cannot take one by accident; like every step
 * they are undone with "Urungkan".
 */
export const langkahMundur = (ke: StatusKepesertaan): boolean => ke === 'nonaktif' || ke === 'ditolak' || ke === 'draf';

/** What a status step may change, kept before the step so "Urungkan" can put it back exactly. */
export type StatusSebelum = Pick<Kepesertaan, 'status' | 'statusSejak' | 'kpj' | 'alasanDitolak'>;

export class UndoStatusError extends Error {
  constructor(
    readonly diharapkan: StatusKepesertaan,
    readonly sekarang: StatusKepesertaan,
  ) {
    super(`cannot undo: the enrollment is ${sekarang}, not ${diharapkan}`);
    this.name = 'UndoStatusError';
  }
}

/**
 * The fields that undo a status step: the status, since when, the KPJ and the reason as they were before, even
 * where the way back is not a step of the life cycle (terdaftar back to diajukan). Refused when the enrollment
 * is no longer at the status the step made (changed since, here or by an import), so an undo never overwrites
 * a later change.
 */
export function kembalikanStatus(current: Kepesertaan, sebelum: StatusSebelum, sesudah: StatusKepesertaan): Partial<Kepesertaan> {
  if (current.status !== sesudah) throw new UndoStatusError(sesudah, current.status);
  return { status: sebelum.status, statusSejak: sebelum.statusSejak, kpj: sebelum.kpj, alasanDitolak: sebelum.alasanDitolak };
}
