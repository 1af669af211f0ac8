import { z } from 'zod';
import { text } from '../validation/schema-parts';

/**
 * One check-in: a person present at an event, as the officer at the table recorded it. Every check-in is its own
 * record with its own id and the device that made it (pretixSCAN's lesson): two laptops checking in the
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

/**
 * The three groups every attendee falls in exactly one of, by what invited them: named on an invitation
 * (`undangan`), sent by an invited cooperative without being named (`perwakilanLain`), or neither (`tanpaUndangan`:
 * walk-ins and people of cooperatives that were not invited). A walk-in who says they came for an invited
 * cooperative is that cooperative's representative; being registered at the table is counted apart (`walkIn`).
 */
export type KelompokHadir = 'undangan' | 'perwakilanLain' | 'tanpaUndangan';

/** The printed and exported names of the groups; the screen says the same through i18n. */
export const labelKelompokHadir: Readonly<Record<KelompokHadir, string>> = {
  undangan: 'Undangan hadir',
  perwakilanLain: 'Perwakilan lain dari koperasi undangan',
  tanpaUndangan: 'Peserta tanpa undangan',
};

type UndanganRingkas = { readonly koperasiId: string; readonly perwakilan: readonly string[] };

/** An event's invitations, read once for classifying many attendees. */
export interface PetaUndangan {
  readonly orang: ReadonlySet<string>;
  readonly koperasi: ReadonlySet<string>;
}

export function petaUndangan(undangan: readonly UndanganRingkas[]): PetaUndangan {
  return { orang: new Set(undangan.flatMap((u) => u.perwakilan)), koperasi: new Set(undangan.map((u) => u.koperasiId)) };
}

/**
 * The group of one attendee, from every cooperative their check-ins named (two laptops may have named two): a
 * named invitation wins, then any invited cooperative, else without invitation.
 */
export function kelompokHadir(peta: PetaUndangan, anggotaId: string, koperasiIds: Iterable<string>): KelompokHadir {
  if (peta.orang.has(anggotaId)) return 'undangan';
  for (const k of koperasiIds) if (k && peta.koperasi.has(k)) return 'perwakilanLain';
  return 'tanpaUndangan';
}

/** The live counters of the check-in screen, the event page, the berita acara and the workbook. */
export interface RekapKehadiran {
  readonly hadir: number;
  /** Named invitees present, out of `undanganBernama` (distinct people named on the invitations). */
  readonly undanganHadir: number;
  readonly undanganBernama: number;
  readonly perwakilanLain: number;
  readonly tanpaUndangan: number;
  readonly koperasiHadir: number;
  readonly walkIn: number;
  readonly inginMendaftar: number;
}

/**
 * Counts distinct people and cooperatives, never records: after a merge the same person may hold a check-in from
 * each laptop, and is still one attendee (walk-in or wanting to enroll if any of their check-ins says so), in
 * exactly one of the three groups of kelompokHadir, so the groups always add up to `hadir`.
 */
export function rekapKehadiran(
  rows: readonly Pick<Kehadiran, 'anggotaId' | 'koperasiId' | 'walkIn' | 'inginMendaftar'>[],
  undangan: readonly UndanganRingkas[],
): RekapKehadiran {
  const people = new Map<string, Set<string>>();
  const koperasi = new Set<string>();
  const walkIn = new Set<string>();
  const ingin = new Set<string>();
  for (const r of rows) {
    let named = people.get(r.anggotaId);
    if (!named) people.set(r.anggotaId, (named = new Set()));
    if (r.koperasiId) {
      named.add(r.koperasiId);
      koperasi.add(r.koperasiId);
    }
    if (r.walkIn) walkIn.add(r.anggotaId);
    if (r.inginMendaftar) ingin.add(r.anggotaId);
  }
  const peta = petaUndangan(undangan);
  const groups: Record<KelompokHadir, number> = { undangan: 0, perwakilanLain: 0, tanpaUndangan: 0 };
  for (const [anggotaId, named] of people) groups[kelompokHadir(peta, anggotaId, named)]++;
  return {
    hadir: people.size,
    undanganHadir: groups.undangan,
    undanganBernama: peta.orang.size,
    perwakilanLain: groups.perwakilanLain,
    tanpaUndangan: groups.tanpaUndangan,
    koperasiHadir: koperasi.size,
    walkIn: walkIn.size,
    inginMendaftar: ingin.size,
  };
}
