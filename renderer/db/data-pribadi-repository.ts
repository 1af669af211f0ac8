import type { KopLindungDb } from './database';
import type { EksporLog } from './ekspor-log';
import type { AnggotaRecord, CetakanRecord, KehadiranRecord, KepesertaanRecord, PeranRecord } from './synced-records';

/** One of the person's roles, with the cooperative's name as recorded (empty when the cooperative is gone). */
export interface PeranDiData {
  readonly peran: PeranRecord;
  readonly koperasi: string;
}

export interface KepesertaanDiData {
  readonly kepesertaan: KepesertaanRecord;
  readonly koperasi: string;
}

export interface KehadiranDiData {
  readonly kehadiran: KehadiranRecord;
  readonly kegiatan: string;
  readonly tanggal: string;
}

/** Everything the office holds about one person, for *Ekspor data pribadi* (UU 27/2022, the right of access). */
export interface DataPribadi {
  readonly anggota: AnggotaRecord;
  readonly peran: readonly PeranDiData[];
  readonly kepesertaan: readonly KepesertaanDiData[];
  readonly kehadiran: readonly KehadiranDiData[];
  /** Printed documents that named them, oldest first (earlier access exports included). */
  readonly cetakan: readonly CetakanRecord[];
  /** Files that left this laptop with their data in them (bundles, the central workbook), oldest first. */
  readonly ekspor: readonly EksporLog[];
}

/** Documents that list no one by name (a program's achievement counts) never named the person. */
const TANPA_NAMA: ReadonlySet<CetakanRecord['jenis']> = new Set(['laporan_capaian']);

/**
 * Collects a person's data for the access export: their record, their live roles, enrollments and check-ins, and
 * from the logs the prints and files that carried them. A print names a person when it was printed from their own
 * record or enrollment (a formulir, an earlier access export), from an event they came to or were invited to
 * represent a cooperative at (daftar hadir, berita acara, the event's formulir and kolektif), or from a cooperative
 * they are enrolled through (its daftar kolektif). A bundle carried them when it was a whole database taken after
 * their first change, or a changes-only file whose range holds one of their changes (the journal of their record,
 * roles, enrollments and check-ins); the central workbook when it was made after their first change.
 */
export class DataPribadiRepository {
  constructor(private readonly db: KopLindungDb) {}

  async collect(anggotaId: string): Promise<DataPribadi | undefined> {
    const db = this.db;
    return db.transaction('r', [db.anggota, db.peran, db.kepesertaan, db.kehadiran, db.koperasi, db.kegiatan, db.cetakan, db.ekspor, db.journal], async () => {
      const anggota = await db.anggota.get(anggotaId);
      if (!anggota || anggota.deleted !== 0) return undefined;
      const [peranSemua, kepesertaanSemua, kehadiranSemua] = await Promise.all([
        db.peran.where('anggotaId').equals(anggotaId).toArray(),
        db.kepesertaan.where('anggotaId').equals(anggotaId).toArray(),
        db.kehadiran.where('anggotaId').equals(anggotaId).toArray(),
      ]);
      const hidup = <T extends { deleted: number }>(rows: readonly T[]) => rows.filter((r) => r.deleted === 0);
      const koperasiIds = [...new Set([...peranSemua.map((p) => p.koperasiId), ...kepesertaanSemua.map((k) => k.koperasiId)])];
      const kegiatanHadir = [...new Set(kehadiranSemua.map((h) => h.kegiatanId))];
      const [koperasi, kegiatan] = await Promise.all([db.koperasi.bulkGet(koperasiIds), db.kegiatan.bulkGet(kegiatanHadir)]);
      const namaKoperasi = new Map(koperasi.flatMap((k) => (k ? [[k.id, k.nama] as const] : [])));
      const kegiatanById = new Map(kegiatan.flatMap((k) => (k ? [[k.id, k] as const] : [])));
      // Events that invited them by name as a cooperative's representative: their names are on its daftar hadir.
      const diundang = await db.kegiatan.filter((k) => k.undangan.some((u) => u.perwakilan.includes(anggotaId))).primaryKeys();

      const refs = [anggotaId, ...kepesertaanSemua.map((k) => k.id), ...kegiatanHadir, ...diundang, ...new Set(kepesertaanSemua.map((k) => k.koperasiId))];
      const cetakan = (await db.cetakan.where('refId').anyOf(refs).toArray())
        .filter((c) => c.deleted === 0 && !TANPA_NAMA.has(c.jenis))
        .sort((a, b) => compare(a.waktu, b.waktu));

      const kunci: [string, string][] = [
        ['anggota', anggotaId],
        ...peranSemua.map((p): [string, string] => ['peran', p.id]),
        ...kepesertaanSemua.map((k): [string, string] => ['kepesertaan', k.id]),
        ...kehadiranSemua.map((h): [string, string] => ['kehadiran', h.id]),
      ];
      const jejak = (await db.journal.where('[table+recordId]').anyOf(kunci).toArray()).map((j) => j.hlc).sort(compare);
      const pertama = jejak[0] ?? anggota.changedAt;
      const ekspor = (await db.ekspor.toArray())
        .filter((e) => {
          if (e.berkas === 'xlsx') return pertama.slice(0, 24) <= e.waktu;
          if (e.jenis === 'semua') return pertama <= e.sampai;
          return jejak.some((hlc) => hlc > e.sejak && hlc <= e.sampai);
        })
        .sort((a, b) => compare(a.waktu, b.waktu));

      return {
        anggota,
        peran: hidup(peranSemua)
          .map((peran) => ({ peran, koperasi: namaKoperasi.get(peran.koperasiId) ?? '' }))
          .sort((a, b) => compare(a.peran.mulai, b.peran.mulai) || compare(a.koperasi, b.koperasi)),
        kepesertaan: hidup(kepesertaanSemua)
          .map((k) => ({ kepesertaan: k, koperasi: namaKoperasi.get(k.koperasiId) ?? '' }))
          .sort((a, b) => compare(a.kepesertaan.tanggalEfektif, b.kepesertaan.tanggalEfektif)),
        kehadiran: hidup(kehadiranSemua)
          .map((h) => ({ kehadiran: h, kegiatan: kegiatanById.get(h.kegiatanId)?.judul ?? '', tanggal: kegiatanById.get(h.kegiatanId)?.tanggal ?? '' }))
          .sort((a, b) => compare(a.kehadiran.waktu, b.kehadiran.waktu)),
        cetakan,
        ekspor,
      };
    });
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
