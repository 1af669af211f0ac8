import { z } from 'zod';
import { isoDate, rupiah, text } from '../validation/schema-parts';
import { kategoriPeserta, programBpjs, statusKepesertaan, type KelompokRisiko, type StatusKepesertaan } from './kepesertaan-options';
import { periksaProgram } from './program-rules';

/** Statuses past the draft: the person's data has left (or is about to leave) the office, so consent is required. */
export const statusSetelahDraf: readonly StatusKepesertaan[] = ['formulir_dicetak', 'diajukan', 'terdaftar', 'ditolak', 'nonaktif'];

/**
 * One person's BPJS Ketenagakerjaan enrollment through one cooperative (docs/domain.md §3). `upah` is the monthly wage
 * for PU and the declared income for BPU. The status moves through the life cycle in status-kepesertaan.ts; the
 * journal keeps every change, `statusSejak` says since when it waits at its status.
 */
export const kepesertaanSchema = z
  .object({
    anggotaId: z.string().min(1, { message: 'validation.required' }),
    koperasiId: z.string().min(1, { message: 'validation.required' }),
    kategori: z.enum(kategoriPeserta),
    program: z.array(z.enum(programBpjs)).max(programBpjs.length),
    upah: rupiah,
    kelompokRisiko: z
      .number()
      .int()
      .min(1)
      .max(5)
      .transform((v) => v as KelompokRisiko),
    tanggalEfektif: isoDate,
    status: z.enum(statusKepesertaan),
    statusSejak: z.string().max(40),
    kpj: z
      .string()
      .transform((v) => v.replace(/[\s.-]/g, ''))
      .pipe(z.string().regex(/^\d{0,20}$/, { message: 'validation.kpj' })),
    alasanDitolak: text(500),
    persetujuanVersi: text(20),
    persetujuanOleh: text(120),
    persetujuanWaktu: z.union([z.literal(''), z.iso.datetime({ offset: true, message: 'validation.date' })]),
    catatan: text(1000),
    /** The event where the person said they wanted to enroll ('' when entered at the office). */
    kegiatanId: z.string().max(60).default(''),
  })
  .superRefine((k, ctx) => {
    const program = periksaProgram(k.kategori, k.program, null);
    for (const issue of program.errors) ctx.addIssue({ code: 'custom', path: ['program'], message: `validation.${issue.code}` });
    // A wish to enroll noted at an event's check-in table is a draft before anyone has asked about wages.
    if (k.upah <= 0 && !(k.status === 'draf' && k.kegiatanId))
      ctx.addIssue({ code: 'custom', path: ['upah'], message: k.kategori === 'PU' ? 'validation.upahRequired' : 'validation.penghasilanRequired' });
    if (statusSetelahDraf.includes(k.status) && !(k.persetujuanVersi && k.persetujuanOleh && k.persetujuanWaktu)) {
      ctx.addIssue({ code: 'custom', path: ['persetujuanOleh'], message: 'validation.persetujuanRequired' });
    }
    if ((k.status === 'terdaftar' || k.status === 'nonaktif') && !k.kpj) ctx.addIssue({ code: 'custom', path: ['kpj'], message: 'validation.kpjRequired' });
    if (k.status === 'ditolak' && !k.alasanDitolak) ctx.addIssue({ code: 'custom', path: ['alasanDitolak'], message: 'validation.alasanDitolakRequired' });
  });

export type Kepesertaan = z.output<typeof kepesertaanSchema>;
export type KepesertaanInput = z.input<typeof kepesertaanSchema>;

export const kepesertaanFieldNames = Object.keys(kepesertaanSchema.shape) as readonly (keyof Kepesertaan)[];

export function emptyKepesertaan(anggotaId = '', koperasiId = ''): Kepesertaan {
  return {
    anggotaId,
    koperasiId,
    kategori: 'PU',
    program: ['JKK', 'JKM'],
    upah: 0,
    kelompokRisiko: 1,
    tanggalEfektif: '',
    status: 'draf',
    statusSejak: '',
    kpj: '',
    alasanDitolak: '',
    persetujuanVersi: '',
    persetujuanOleh: '',
    persetujuanWaktu: '',
    catatan: '',
    kegiatanId: '',
  };
}

/** KPJ (participant card) numbers have 11 digits (docs/domain.md §3); any other length is a warning, not a block. */
export const kpjPerluDiperiksa = (kpj: string) => kpj !== '' && !/^\d{11}$/.test(kpj);
