import type { RosterEntry } from '../anggota/roster-summary';
import { peranAktif } from '../anggota/peran-schema';
import type { JenisPeran } from '../anggota/peran-options';
import { jumlahkanEstimasi, type EstimasiIuran } from './estimasi-iuran';
import { estimasiKepesertaan } from './estimasi-kepesertaan';
import { statusKepesertaan, type StatusKepesertaan } from './kepesertaan-options';
import type { Kepesertaan } from './kepesertaan-schema';
import { statusTerdaftar } from './status-kepesertaan';
import type { TarifIuran } from './tarif-iuran';

/** Statuses still on their way to BPJS: their contributions are what the cooperative will pay once registered. */
export const statusDalamProses: readonly StatusKepesertaan[] = ['draf', 'formulir_dicetak', 'diajukan'];

/** The roles whose coverage the office tracks (the MoU's targets are employees first, then pengurus and members). */
export const peranDipantau = ['karyawan', 'pengurus', 'anggota'] as const satisfies readonly JenisPeran[];
export type PeranDipantau = (typeof peranDipantau)[number];

export type EnrollmentEntry = Pick<Kepesertaan, 'anggotaId' | 'status' | 'kategori' | 'program' | 'upah' | 'kelompokRisiko' | 'tanggalEfektif'>;

export interface Progres {
  /** People with a current role of this kind who hold a registered enrollment through this cooperative. */
  readonly terdaftar: number;
  /** People with a current role of this kind. */
  readonly total: number;
}

export interface TotalIuran {
  readonly pemberiKerja: number;
  readonly pekerja: number;
  readonly total: number;
  /** Enrollments summed. */
  readonly jumlah: number;
  /** Enrollments left out because no rate period covers their date. */
  readonly tanpaTarif: number;
}

export interface KepesertaanSummary {
  readonly progres: Readonly<Record<PeranDipantau, Progres>>;
  readonly perStatus: Readonly<Record<StatusKepesertaan, number>>;
  readonly iuranTerdaftar: TotalIuran;
  readonly iuranProses: TotalIuran;
}

/**
 * One cooperative's enrollment figures: coverage per role, how many enrollments sit at each status, and the monthly
 * contributions of the registered ones and of those still in process. `enrollments` are this cooperative's (a
 * person enrolled through another cooperative does not count here). Each enrollment is priced with the rates in
 * force on its effective date when that is still ahead, otherwise today's, so a period that has ended is not used.
 */
export function kepesertaanSummary(
  roster: readonly RosterEntry[],
  enrollments: readonly EnrollmentEntry[],
  tarif: readonly TarifIuran[],
  today: string,
): KepesertaanSummary {
  const registered = new Set(enrollments.filter((e) => statusTerdaftar.includes(e.status)).map((e) => e.anggotaId));
  const progres = Object.fromEntries(
    peranDipantau.map((jenis) => {
      const people = new Set(roster.filter((r) => r.peran.peran === jenis && peranAktif(r.peran, today)).map((r) => r.anggota.id));
      const terdaftar = [...people].filter((id) => registered.has(id)).length;
      return [jenis, { terdaftar, total: people.size }];
    }),
  ) as Record<PeranDipantau, Progres>;

  const perStatus = Object.fromEntries(statusKepesertaan.map((s) => [s, 0])) as Record<StatusKepesertaan, number>;
  for (const e of enrollments) perStatus[e.status]++;

  return {
    progres,
    perStatus,
    iuranTerdaftar: totalIuran(
      enrollments.filter((e) => statusTerdaftar.includes(e.status)),
      tarif,
      today,
    ),
    iuranProses: totalIuran(
      enrollments.filter((e) => statusDalamProses.includes(e.status)),
      tarif,
      today,
    ),
  };
}

function totalIuran(enrollments: readonly EnrollmentEntry[], tarif: readonly TarifIuran[], today: string): TotalIuran {
  const estimates: EstimasiIuran[] = [];
  let tanpaTarif = 0;
  for (const e of enrollments) {
    const priced = estimasiKepesertaan(e, tarif, today);
    if (priced) estimates.push(priced.estimasi);
    else tanpaTarif++;
  }
  return { ...jumlahkanEstimasi(estimates), tanpaTarif };
}
