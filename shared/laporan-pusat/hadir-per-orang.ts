import type { KehadiranLaporan } from './data-laporan';

/** One person at one event, however many check-in records say so. */
export interface HadirOrang {
  readonly kegiatanId: string;
  readonly anggotaId: string;
  /** The cooperative of the first check-in that named one ('' when none did). */
  readonly koperasiId: string;
  /** Every cooperative the person's check-ins named: kelompokHadir looks at all of them. */
  readonly koperasiIds: readonly string[];
  /** The earliest check-in. */
  readonly waktu: string;
  readonly walkIn: boolean;
  readonly inginMendaftar: boolean;
}

/**
 * Folds check-in records into one entry per person per event, the way rekapKehadiran counts: two laptops may both
 * have checked the same person in, and after a merge both records are kept. The first check-in is the earliest
 * moment (compared as moments, since laptops may write different UTC offsets); walk-in and "ingin mendaftar" hold
 * if any of the person's check-ins says so. Entries come out in the order their first record was met.
 */
export function hadirPerOrang(rows: readonly KehadiranLaporan[]): HadirOrang[] {
  const byKey = new Map<string, { -readonly [K in keyof HadirOrang]: HadirOrang[K] } & { t: number }>();
  for (const r of rows) {
    const key = `${r.kegiatanId}\u0000${r.anggotaId}`;
    const t = Date.parse(r.waktu);
    const e = byKey.get(key);
    if (!e) {
      byKey.set(key, {
        kegiatanId: r.kegiatanId,
        anggotaId: r.anggotaId,
        koperasiId: r.koperasiId,
        koperasiIds: r.koperasiId ? [r.koperasiId] : [],
        waktu: r.waktu,
        walkIn: r.walkIn,
        inginMendaftar: r.inginMendaftar,
        t,
      });
      continue;
    }
    if (r.koperasiId && !e.koperasiIds.includes(r.koperasiId)) e.koperasiIds = [...e.koperasiIds, r.koperasiId];
    if (t < e.t) {
      e.t = t;
      e.waktu = r.waktu;
      e.koperasiId = r.koperasiId || e.koperasiId;
    } else if (!e.koperasiId) {
      e.koperasiId = r.koperasiId;
    }
    e.walkIn ||= r.walkIn;
    e.inginMendaftar ||= r.inginMendaftar;
  }
  return [...byKey.values()].map(({ t: _t, ...entry }) => entry);
}
