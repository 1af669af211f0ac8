import type { AlasanCadangan, CadanganInfo } from './cadangan-info';

/** A changes-only chain this long gets a full snapshot next, so a restore never replays more links than this. */
export const MAKS_PANJANG_RANTAI = 48;
/** A chain whose full snapshot is older than this many days gets a new full one, whatever the reason. */
export const MAKS_UMUR_PENUH_HARI = 7;

/** Reasons taken on the user's path (before an import, a restore, a schema upgrade, at quit): changes-only if it can. */
const diJalurPengguna: ReadonlySet<AlasanCadangan> = new Set(['sebelum-impor', 'sebelum-pulihkan', 'saat-tutup', 'sebelum-pembaruan']);

/** Why a backup cannot be restored as it stands. */
export type MasalahRantai =
  /** A changes-only backup whose earlier link is no longer in `cadangan/` (deleted by hand, or its write failed). */
  | 'dasar-hilang'
  /** The links do not follow each other: one starts at a clock the previous one did not end at, or another laptop. */
  | 'tidak-bersambung';

export class RantaiCadanganError extends Error {
  constructor(
    readonly masalah: MasalahRantai,
    readonly berkas: string,
  ) {
    super(`Backup chain broken at ${berkas}: ${masalah}`);
    this.name = 'RantaiCadanganError';
  }
}

type Mata = Pick<CadanganInfo, 'berkas' | 'waktu' | 'jenis' | 'dasar'>;

/**
 * The backups a restore of `berkas` replays, oldest first: the full snapshot the chain starts from, then every
 * changes-only backup up to `berkas`. Throws RantaiCadanganError when a link is missing from `daftar`.
 */
export function rantaiCadangan<T extends Mata>(daftar: readonly T[], berkas: string): T[] {
  const byName = new Map(daftar.map((c) => [c.berkas, c]));
  const rantai: T[] = [];
  let current: T | undefined = byName.get(berkas);
  if (!current) throw new RantaiCadanganError('dasar-hilang', berkas);
  for (;;) {
    rantai.unshift(current);
    if (current.jenis === 'semua') return rantai;
    const dasar: T | undefined = current.dasar === undefined ? undefined : byName.get(current.dasar);
    if (!dasar || rantai.includes(dasar) || dasar.waktu >= current.waktu) throw new RantaiCadanganError('dasar-hilang', current.berkas);
    current = dasar;
  }
}

/** Every backup that `berkas` needs for a restore (itself included), or none when its chain is already broken. */
export function kebutuhanRantai<T extends Mata>(daftar: readonly T[], berkas: string): string[] {
  try {
    return rantaiCadangan(daftar, berkas).map((c) => c.berkas);
  } catch {
    return [berkas];
  }
}

/**
 * The backup the next one may continue as changes-only, or undefined when the next must be a full snapshot: there
 * is none yet, the newest one's chain is broken or long, or its full snapshot is from an earlier day and this
 * backup is taken off the user's path (after a spell of work, or by hand), where the minutes a district's full
 * snapshot costs hurt no one. On the user's path (before an import or a restore, at quit, before a schema
 * upgrade) a chain up to a week old is continued, so the wait stays short. The worker still takes a full snapshot
 * when the database is not the one the chain was taken from (another identity, or restored since).
 */
export function pilihDasarCadangan(daftar: readonly CadanganInfo[], alasan: AlasanCadangan, now: Date, offsetMinutes: number): CadanganInfo | undefined {
  const newest = [...daftar].sort((a, b) => (a.waktu < b.waktu ? 1 : a.waktu > b.waktu ? -1 : 0))[0];
  if (!newest || newest.sampai === undefined || newest.identitas === undefined) return undefined;
  let rantai: CadanganInfo[];
  try {
    rantai = rantaiCadangan(daftar, newest.berkas);
  } catch {
    return undefined;
  }
  if (rantai.length >= MAKS_PANJANG_RANTAI) return undefined;
  const penuh = Date.parse(rantai[0]!.waktu);
  if (now.getTime() - penuh > MAKS_UMUR_PENUH_HARI * 86_400_000) return undefined;
  const hari = (ms: number) => new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 10);
  if (!diJalurPengguna.has(alasan) && hari(penuh) < hari(now.getTime())) return undefined;
  return newest;
}
