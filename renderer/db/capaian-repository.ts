import { tanggalWib, type DataCapaian, type KoperasiHitung } from '../../shared/program/hitung-capaian';
import type { KopLindungDb } from './database';

/** The date (WIB) an HLC stamp was written, or '' without one: when the registry learned a field's value. */
const tanggalStamp = (stamp: string | undefined) => (stamp ? tanggalWib(stamp.slice(0, 24)) : '');

/**
 * Reads what the counting rules (shared/program/hitung-capaian.ts) need, in one read transaction so every figure on
 * a screen or a report is of one moment. Only live records and only the fields the rules read are kept, so the
 * arrays stay small beside the stored records. Enrollments that were refused never count and are not read.
 */
export class CapaianRepository {
  constructor(private readonly db: KopLindungDb) {}

  async data(): Promise<DataCapaian> {
    const { db } = this;
    return db.transaction('r', [db.koperasi, db.kepesertaan, db.peran, db.keikutsertaan, db.kegiatan, db.kehadiran], async () => {
      const koperasi: KoperasiHitung[] = [];
      await db.koperasi.each((k) => {
        if (k.deleted !== 0) return;
        const bpjs = [k.fieldClocks.statusBpjs, k.fieldClocks.npp].filter((c): c is string => Boolean(c)).sort()[0];
        koperasi.push({ id: k.id, jenis: k.jenis, golongan: k.golongan, kecamatanKode: k.kecamatanKode, statusBpjs: k.statusBpjs, npp: k.npp, bpjsSejak: tanggalStamp(bpjs) });
      });
      const kepesertaan = (await db.kepesertaan.where('antrian').above(['', '']).toArray())
        .filter((e) => e.status !== 'ditolak')
        .map((e) => ({ anggotaId: e.anggotaId, koperasiId: e.koperasiId, status: e.status, statusSejak: e.statusSejak }));
      const peran = (await db.peran.toArray()).filter((p) => p.deleted === 0).map((p) => ({ anggotaId: p.anggotaId, koperasiId: p.koperasiId, peran: p.peran }));
      const keikutsertaan = (await db.keikutsertaan.toArray()).filter((k) => k.deleted === 0);
      const kegiatan = (await db.kegiatan.toArray()).filter((k) => k.deleted === 0).map((k) => ({ id: k.id, tanggal: k.tanggal, undangan: k.undangan }));
      const kehadiran = (await db.kehadiran.toArray())
        .filter((h) => h.deleted === 0)
        .map((h) => ({ kegiatanId: h.kegiatanId, anggotaId: h.anggotaId, koperasiId: h.koperasiId, inginMendaftar: h.inginMendaftar }));
      return { koperasi, kepesertaan, peran, keikutsertaan, kegiatan, kehadiran };
    });
  }
}
