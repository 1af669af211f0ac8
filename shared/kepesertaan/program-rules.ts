import type { SkalaUsaha } from '../koperasi/koperasi-options';
import { programBpjs, type KategoriPeserta, type ProgramBpjs } from './kepesertaan-options';

/** A problem with a chosen program set; `programs` names the programs concerned (empty for program-kosong). */
export interface ProgramIssue {
  readonly code: 'program-kosong' | 'program-tidak-diizinkan' | 'program-wajib-bpu' | 'program-wajib-skala' | 'program-syarat-jkp';
  readonly programs: ProgramBpjs[];
}

/** The programs in the order BPJS forms list them, each once, so stored sets compare and print the same way. */
export function urutkanProgram(program: readonly ProgramBpjs[]): ProgramBpjs[] {
  return programBpjs.filter((p) => program.includes(p));
}

/**
 * What the law makes compulsory (docs/domain.md §3): for BPU JKK + JKM; for PU it grows with the employer's scale —
 * micro JKK + JKM, small + JHT, medium and large + JP.
 */
export function programWajib(kategori: KategoriPeserta, skala: SkalaUsaha): ProgramBpjs[] {
  if (kategori === 'BPU') return ['JKK', 'JKM'];
  switch (skala) {
    case 'mikro':
      return ['JKK', 'JKM'];
    case 'kecil':
      return ['JKK', 'JKM', 'JHT'];
    case 'menengah':
    case 'besar':
      return ['JKK', 'JKM', 'JHT', 'JP'];
    default:
      return assertNever(skala);
  }
}

/** The set the enrollment form starts with: what is compulsory, so the officer adds extras knowingly. */
export function programSaran(kategori: KategoriPeserta, skala: SkalaUsaha): ProgramBpjs[] {
  return kategori === 'BPU' ? ['JKK', 'JKM'] : programWajib('PU', skala);
}

/** BPU workers can join JKK, JKM and (optionally) JHT only; JP and JKP exist for wage earners alone. */
export function programDiizinkan(kategori: KategoriPeserta): ProgramBpjs[] {
  return kategori === 'BPU' ? ['JKK', 'JKM', 'JHT'] : [...programBpjs];
}

/** JKP comes only on top of these (PP 37/2021 as amended by PP 6/2025; docs/domain.md §3). */
export const SYARAT_JKP: readonly ProgramBpjs[] = ['JKK', 'JKM', 'JHT'];

/**
 * Checks a chosen program set. Errors are what BPJS would refuse (nothing chosen, JP/JKP for BPU, BPU without
 * JKK + JKM, JKP without JKK + JKM + JHT). A PU set missing what the cooperative's scale makes compulsory is only a
 * warning: the recorded scale may be out of date, and the officer knows the employer better than the registry
 * does. So is JKP without JP at a medium or large cooperative, for the same reason.
 */
export function periksaProgram(
  kategori: KategoriPeserta,
  program: readonly ProgramBpjs[],
  skala: SkalaUsaha | null,
): { errors: ProgramIssue[]; warnings: ProgramIssue[] } {
  const chosen = urutkanProgram(program);
  const errors: ProgramIssue[] = [];
  const warnings: ProgramIssue[] = [];
  if (chosen.length === 0) errors.push({ code: 'program-kosong', programs: [] });

  const allowed = programDiizinkan(kategori);
  const notAllowed = chosen.filter((p) => !allowed.includes(p));
  if (notAllowed.length > 0) errors.push({ code: 'program-tidak-diizinkan', programs: notAllowed });

  if (kategori === 'PU' && chosen.includes('JKP')) {
    const missing = SYARAT_JKP.filter((p) => !chosen.includes(p));
    if (missing.length > 0) errors.push({ code: 'program-syarat-jkp', programs: missing });
    else if ((skala === 'menengah' || skala === 'besar') && !chosen.includes('JP')) warnings.push({ code: 'program-syarat-jkp', programs: ['JP'] });
  }

  if (kategori === 'BPU') {
    const missing = programWajib('BPU', 'mikro').filter((p) => !chosen.includes(p));
    if (missing.length > 0) errors.push({ code: 'program-wajib-bpu', programs: missing });
  } else if (skala !== null) {
    const missing = programWajib('PU', skala).filter((p) => !chosen.includes(p));
    if (missing.length > 0) warnings.push({ code: 'program-wajib-skala', programs: missing });
  }
  return { errors, warnings };
}

function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
