import { tanggalWib, type DataCapaian, type KoperasiHitung } from '../../shared/program/hitung-capaian';
import type { KopLindungDb } from './database';
import { bacaRingkasan } from './ringkasan-capaian';

/** The date (WIB) an HLC stamp was written, or '' without one: when the registry learned a field's value. */
const tanggalStamp = (stamp: string | undefined) => (stamp ? tanggalWib(stamp.slice(0, 24)) : '');

/**
 * Reads what the counting rules (shared/program/hitung-capaian.ts) need, in one read transaction so every figure on
 * a screen or a report is of one moment: the cooperatives (only the fields the rules read), each one's summary of
 * enrollments, roles and check-ins (ringkasan-capaian.ts: a few flat arrays per cooperative, kept by the write path
 * and the merge, so no enrollment, role or check-in is read here), the participations and the events.
 */
export class CapaianRepository {
  constructor(private readonly db: KopLindungDb) {}

  async data(): Promise<DataCapaian> {
    const { db } = this;
    return db.transaction('r', [db.koperasi, db.meta, db.keikutsertaan, db.kegiatan], async () => {
      const koperasi: KoperasiHitung[] = [];
      await db.koperasi.each((k) => {
        if (k.deleted !== 0) return;
        const bpjs = [k.fieldClocks.statusBpjs, k.fieldClocks.npp].filter((c): c is string => Boolean(c)).sort()[0];
        koperasi.push({ id: k.id, jenis: k.jenis, golongan: k.golongan, kecamatanKode: k.kecamatanKode, statusBpjs: k.statusBpjs, npp: k.npp, bpjsSejak: tanggalStamp(bpjs) });
      });
      const ringkasan = await bacaRingkasan(db);
      const keikutsertaan = (await db.keikutsertaan.toArray()).filter((k) => k.deleted === 0);
      // Only events serving a program can move a program's figures (the `programId` index skips the others).
      const kegiatan = (await db.kegiatan.where('programId').above('').toArray())
        .filter((k) => k.deleted === 0)
        .map((k) => ({ id: k.id, tanggal: k.tanggal, programId: k.programId ?? '', undangan: k.undangan }));
      return { koperasi, ringkasan, keikutsertaan, kegiatan };
    });
  }
}
