import { bulatkanRupiah } from '../format/bulatkan-rupiah';
import type { KategoriPeserta, KelompokRisiko, ProgramBpjs } from './kepesertaan-options';
import { programDiizinkan, urutkanProgram } from './program-rules';
import type { TarifIuran } from './tarif-iuran';

/** What an estimate needs from an enrollment; the kepesertaan form and the follow-up lists both supply it. */
export interface EstimasiIuranInput {
  readonly kategori: KategoriPeserta;
  readonly program: readonly ProgramBpjs[];
  /** Monthly wage (PU) or declared monthly income (BPU), in rupiah. */
  readonly upah: number;
  /** JKK risk group of the employer; used for PU only. */
  readonly kelompokRisiko: KelompokRisiko;
}

/** Who pays what for one program, in whole rupiah: the split printed forms and the cooperative's payroll need. */
export interface BagianIuran {
  readonly pemberiKerja: number;
  readonly pekerja: number;
}

/** The monthly estimate: per program (only those the category can join) and the totals. */
export interface EstimasiIuran {
  readonly perProgram: Partial<Record<ProgramBpjs, BagianIuran>>;
  readonly pemberiKerja: number;
  readonly pekerja: number;
  readonly total: number;
}

/**
 * The monthly contribution an enrollment will cost, split between employer and worker, so the officer can answer
 * "berapa iurannya?" on the spot. An estimate: BPJS bills from its own records. Each program's parts are rounded to
 * whole rupiah before summing, so the total is the sum of the figures shown. Programs the category cannot join
 * cost nothing and are left out; a negative or non-numeric wage counts as 0, because this runs while the officer
 * is still typing.
 */
export function estimasiIuran(input: EstimasiIuranInput, tarif: TarifIuran): EstimasiIuran {
  const upah = Number.isFinite(input.upah) ? Math.max(0, input.upah) : 0;
  const allowed = programDiizinkan(input.kategori);
  const perProgram: Partial<Record<ProgramBpjs, BagianIuran>> = {};
  for (const program of urutkanProgram(input.program)) {
    if (!allowed.includes(program)) continue;
    const bagian = input.kategori === 'PU' ? iuranPu(program, upah, input.kelompokRisiko, tarif.pu) : iuranBpu(program, upah, tarif.bpu);
    perProgram[program] = { pemberiKerja: bulatkanRupiah(bagian.pemberiKerja), pekerja: bulatkanRupiah(bagian.pekerja) };
  }
  const parts = Object.values(perProgram);
  const pemberiKerja = parts.reduce((sum, p) => sum + p.pemberiKerja, 0);
  const pekerja = parts.reduce((sum, p) => sum + p.pekerja, 0);
  return { perProgram, pemberiKerja, pekerja, total: pemberiKerja + pekerja };
}

/** Totals over many enrollments (a cooperative's staff, an event's sign-ups), with how many were counted. */
export function jumlahkanEstimasi(list: readonly EstimasiIuran[]): { pemberiKerja: number; pekerja: number; total: number; jumlah: number } {
  const pemberiKerja = list.reduce((sum, e) => sum + e.pemberiKerja, 0);
  const pekerja = list.reduce((sum, e) => sum + e.pekerja, 0);
  return { pemberiKerja, pekerja, total: pemberiKerja + pekerja, jumlah: list.length };
}

const persenDari = (nilai: number, persen: number) => (nilai * persen) / 100;

function iuranPu(program: ProgramBpjs, upah: number, risiko: KelompokRisiko, pu: TarifIuran['pu']): BagianIuran {
  switch (program) {
    case 'JKK':
      return { pemberiKerja: persenDari(upah, pu.jkkPersen[risiko - 1] ?? 0), pekerja: 0 };
    case 'JKM':
      return { pemberiKerja: persenDari(upah, pu.jkmPersen), pekerja: 0 };
    case 'JHT':
      return { pemberiKerja: persenDari(upah, pu.jhtPemberiKerjaPersen), pekerja: persenDari(upah, pu.jhtPekerjaPersen) };
    case 'JP': {
      const dasar = Math.min(upah, pu.jpBatasUpah);
      return { pemberiKerja: persenDari(dasar, pu.jpPemberiKerjaPersen), pekerja: persenDari(dasar, pu.jpPekerjaPersen) };
    }
    case 'JKP':
      // PP 6/2025: 0.36 % of the wage, 0.22 % paid by the government and 0.14 % recomposed from the JKK contribution;
      // neither employer nor worker pays anything more.
      return { pemberiKerja: 0, pekerja: 0 };
    default:
      return assertNever(program);
  }
}

/** BPU participants pay everything themselves; only JKK, JKM and JHT reach here (programDiizinkan). */
function iuranBpu(program: ProgramBpjs, penghasilan: number, bpu: TarifIuran['bpu']): BagianIuran {
  switch (program) {
    case 'JKK':
      return { pemberiKerja: 0, pekerja: Math.max(persenDari(penghasilan, bpu.jkkPersen), bpu.jkkMinimum) };
    case 'JKM':
      return { pemberiKerja: 0, pekerja: bpu.jkmTetap };
    case 'JHT':
      return { pemberiKerja: 0, pekerja: persenDari(penghasilan, bpu.jhtPersen) };
    case 'JP':
    case 'JKP':
      return { pemberiKerja: 0, pekerja: 0 };
    default:
      return assertNever(program);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected program: ${String(value)}`);
}
