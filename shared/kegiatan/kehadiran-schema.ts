import { z } from 'zod';
import { text } from '../validation/schema-parts';

/**
 * One check-in: a person present at an event, as the officer at the table recorded it. Every check-in is its own
 * record with its own id and the device that made it (pretixSCAN's lesson, peers.md): two laptops checking in the
 * same person make two records that a merge keeps, and counts are of distinct people, so nobody counts twice.
 * `koperasiId` is the cooperative the person attended for ('' for someone who came on their own account).
 */
export const kehadiranSchema = z.object({
  kegiatanId: z.string().min(1),
  anggotaId: z.string().min(1),
  koperasiId: z.string().max(60),
  waktu: z.iso.datetime({ offset: true }),
  petugas: text(120),
  /** Registered at the table (not in the database before the event). */
  walkIn: z.boolean(),
  /** The person said they want to enroll in BPJS Ketenagakerjaan; `kepesertaanId` is the draft this made. */
  inginMendaftar: z.boolean(),
  kepesertaanId: z.string().max(60),
});
export type Kehadiran = z.output<typeof kehadiranSchema>;

/** The live counters of the check-in screen and the berita acara. */
export interface RekapKehadiran {
  readonly hadir: number;
  readonly koperasiHadir: number;
  readonly walkIn: number;
  readonly inginMendaftar: number;
}

/**
 * Counts distinct people and cooperatives, never records: after a merge the same person may hold a check-in from
 * each laptop, and is still one attendee (walk-in or wanting to enroll if any of their check-ins says so).
 */
export function rekapKehadiran(rows: readonly Pick<Kehadiran, 'anggotaId' | 'koperasiId' | 'walkIn' | 'inginMendaftar'>[]): RekapKehadiran {
  const people = new Set<string>();
  const koperasi = new Set<string>();
  const walkIn = new Set<string>();
  const ingin = new Set<string>();
  for (const r of rows) {
    people.add(r.anggotaId);
    if (r.koperasiId) koperasi.add(r.koperasiId);
    if (r.walkIn) walkIn.add(r.anggotaId);
    if (r.inginMendaftar) ingin.add(r.anggotaId);
  }
  return { hadir: people.size, koperasiHadir: koperasi.size, walkIn: walkIn.size, inginMendaftar: ingin.size };
}
