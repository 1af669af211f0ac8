/** How many backups the rotation keeps: the last 8 of today, one a day for 14 days, one a month for 12 months. */
export const ROTASI_CADANGAN = { hariIni: 8, harian: 14, bulanan: 12 } as const;

const DAY_MS = 24 * 60 * 60 * 1000;

interface Entri {
  readonly berkas: string;
  readonly waktu: string;
  /** For a changes-only backup: the one it continues, kept as long as this one is. */
  readonly dasar?: string;
}

/**
 * The backups to keep, by file name, from a list with their times (ISO). Days and months are the laptop's own
 * (`offsetMinutes` east of UTC, 420 for WIB), since "today" is the office's today. The newest backup of each day
 * and of each month is the one kept for it; the newest backup overall is always kept. A changes-only backup kept
 * keeps every earlier link of its chain down to its full snapshot: a restore replays them all.
 */
export function pilihCadanganDisimpan(daftar: readonly Entri[], now: Date, offsetMinutes: number): Set<string> {
  const local = (ms: number) => new Date(ms + offsetMinutes * 60_000).toISOString();
  const today = local(now.getTime()).slice(0, 10);
  const oldestDay = local(now.getTime() - ROTASI_CADANGAN.harian * DAY_MS).slice(0, 10);
  const months: string[] = [];
  const [year, month] = today.split('-').map(Number) as [number, number];
  for (let i = 0; i < ROTASI_CADANGAN.bulanan; i++) {
    const d = new Date(Date.UTC(year, month - 1 - i, 1));
    months.push(d.toISOString().slice(0, 7));
  }
  const newestFirst = [...daftar].sort((a, b) => (a.waktu < b.waktu ? 1 : a.waktu > b.waktu ? -1 : 0));
  const keep = new Set<string>();
  if (newestFirst[0]) keep.add(newestFirst[0].berkas);
  let todayKept = 0;
  const daysSeen = new Set<string>();
  const monthsSeen = new Set<string>();
  for (const c of newestFirst) {
    const day = local(Date.parse(c.waktu)).slice(0, 10);
    if (day === today && todayKept < ROTASI_CADANGAN.hariIni) {
      keep.add(c.berkas);
      todayKept++;
    }
    if (day < today && day >= oldestDay && !daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(c.berkas);
    }
    const m = day.slice(0, 7);
    if (months.includes(m) && !monthsSeen.has(m)) {
      monthsSeen.add(m);
      keep.add(c.berkas);
    }
  }
  const byName = new Map(daftar.map((c) => [c.berkas, c]));
  for (const berkas of [...keep]) {
    let dasar = byName.get(berkas)?.dasar;
    while (dasar !== undefined && !keep.has(dasar)) {
      keep.add(dasar);
      dasar = byName.get(dasar)?.dasar;
    }
  }
  return keep;
}
