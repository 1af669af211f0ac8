import { jumlahDiundang, type Undangan } from '../kegiatan/kegiatan-schema';
import { rekapKehadiran, type Kehadiran } from '../kegiatan/kehadiran-schema';

type KehadiranRingkas = Pick<Kehadiran, 'anggotaId' | 'koperasiId' | 'walkIn' | 'inginMendaftar' | 'kepesertaanId'>;

/** The figures a berita acara reports, each counting distinct people or cooperatives (never check-in records). */
export interface RekapBeritaAcara {
  readonly koperasiDiundang: number;
  /** Representatives the invitations expect in all. */
  readonly orangDiundang: number;
  readonly koperasiHadir: number;
  readonly hadir: number;
  /** The three groups of rekapKehadiran, which add up to `hadir`; named invitees out of `undanganBernama`. */
  readonly undanganHadir: number;
  readonly undanganBernama: number;
  readonly perwakilanLain: number;
  readonly tanpaUndangan: number;
  readonly inginMendaftar: number;
  /** Enrollments the check-in table drafted at this event (not ones the person already had). */
  readonly drafDibuat: number;
}

/**
 * The enrollments an event produced, in check-in order without repeats: the drafts of everyone who said at the
 * table that they want to enroll. The formulir pendaftaran of an event prints these.
 */
export function kepesertaanDariKehadiran(kehadiran: readonly KehadiranRingkas[]): string[] {
  return [...new Set(kehadiran.filter((h) => h.inginMendaftar && h.kepesertaanId).map((h) => h.kepesertaanId))];
}

/**
 * The counts of an event report. `kepesertaan` are the enrollments the check-ins point to; only those made at
 * this event (their `kegiatanId`) count as drafted here, so a person who was already enrolled is not counted twice.
 */
export function rekapBeritaAcara(
  kegiatan: { readonly id: string; readonly undangan: readonly Undangan[] },
  kehadiran: readonly KehadiranRingkas[],
  kepesertaan: readonly { readonly id: string; readonly kegiatanId: string }[],
): RekapBeritaAcara {
  const rekap = rekapKehadiran(kehadiran, kegiatan.undangan);
  const linked = new Set(kepesertaanDariKehadiran(kehadiran));
  return {
    koperasiDiundang: kegiatan.undangan.length,
    orangDiundang: kegiatan.undangan.reduce((sum, u) => sum + jumlahDiundang(u), 0),
    koperasiHadir: rekap.koperasiHadir,
    hadir: rekap.hadir,
    undanganHadir: rekap.undanganHadir,
    undanganBernama: rekap.undanganBernama,
    perwakilanLain: rekap.perwakilanLain,
    tanpaUndangan: rekap.tanpaUndangan,
    inginMendaftar: rekap.inginMendaftar,
    drafDibuat: new Set(kepesertaan.filter((k) => linked.has(k.id) && k.kegiatanId === kegiatan.id).map((k) => k.id)).size,
  };
}
