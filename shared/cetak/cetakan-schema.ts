import { z } from 'zod';
import { text } from '../validation/schema-parts';

/** The printed documents (docs/domain.md §5). */
export const jenisDokumen = [
  'daftar_hadir',
  'formulir_pendaftaran',
  'daftar_kolektif',
  'berita_acara',
  'laporan_capaian',
  'data_pribadi',
  'surat_undangan',
] as const;
export type JenisDokumen = (typeof jenisDokumen)[number];

/** Sent to a printer through the system dialog, or saved as a PDF file. */
export const caraCetak = ['printer', 'pdf'] as const;
export type CaraCetak = (typeof caraCetak)[number];

/**
 * One entry of the print log: what was printed (document kind, title, the record it was printed from), when, by
 * which officer, and how. Personal data on paper leaves the laptop's protection, so the office can always say who
 * printed which list (UU 27/2022, docs/domain.md §6).
 */
export const cetakanSchema = z.object({
  jenis: z.enum(jenisDokumen),
  judul: text(300),
  /** The event, enrollment, cooperative or person (data_pribadi, the access export) the document was printed from. */
  refId: z.string().max(60),
  cara: z.enum(caraCetak),
  /** The PDF's file name, for saves. */
  berkas: text(500),
  jumlahHalaman: z.number().int().min(0).max(10_000),
  petugas: text(120),
  waktu: z.iso.datetime({ offset: true }),
});
export type Cetakan = z.output<typeof cetakanSchema>;
