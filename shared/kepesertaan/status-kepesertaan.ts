import type { Kepesertaan } from './kepesertaan-schema';
import type { StatusKepesertaan } from './kepesertaan-options';

/**
 * The steps an enrollment may take from each status (domain.md §3, [design]). Going back is allowed where it is
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

export class StatusTidakBolehError extends Error {
  constructor(
    readonly dari: StatusKepesertaan,
    readonly ke: StatusKepesertaan,
  ) {
    super(`status ${dari} → ${ke} is not a step of the life cycle`);
    this.name = 'StatusTidakBolehError';
  }
}

/**
 * The fields a status change writes, or an error when the step is not in the life cycle. The schema then checks
 * what the new status requires (consent, KPJ, reason).
 */
export function terapkanStatus(current: Kepesertaan, change: PerubahanStatus, now: string): Partial<Kepesertaan> {
  if (!langkahStatus[current.status].includes(change.status)) throw new StatusTidakBolehError(current.status, change.status);
  const patch: Partial<Kepesertaan> = { status: change.status, statusSejak: now };
  if (change.kpj !== undefined) patch.kpj = change.kpj.replace(/[\s.-]/g, '');
  if (change.alasanDitolak !== undefined) patch.alasanDitolak = change.alasanDitolak.trim();
  return patch;
}
