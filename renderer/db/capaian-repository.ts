import {
  tanggalWib,
  type CapaianTarget,
  type DataCapaian,
  type KegiatanHitung,
  type KeikutsertaanHitung,
  type KoperasiHitung,
  type ProgramHitung,
  type TargetHitung,
} from '../../shared/program/hitung-capaian';
import { PenghitungCapaian, samaKoperasi } from '../../shared/program/penghitung-capaian';
import type { RingkasanKoperasi } from '../../shared/program/ringkasan-koperasi';
import type { KopLindungDb } from './database';
import type { KoperasiRecord } from './synced-records';
import { bacaPerubahan, bacaRingkasan, bacaRingkasanUntuk, berubahSejak, type PerubahanRingkasan } from './ringkasan-capaian';

/** The date (WIB) an HLC stamp was written, or '' without one: when the registry learned a field's value. */
const tanggalStamp = (stamp: string | undefined) => (stamp ? tanggalWib(stamp.slice(0, 24)) : '');

/** The fields of a cooperative the rules read. */
function koperasiHitung(k: KoperasiRecord): KoperasiHitung {
  const bpjs = [k.fieldClocks.statusBpjs, k.fieldClocks.npp].filter((c): c is string => Boolean(c)).sort()[0];
  return {
    id: k.id,
    jenis: k.jenis,
    golongan: k.golongan,
    kecamatanKode: k.kecamatanKode,
    statusBpjs: k.statusBpjs,
    npp: k.npp,
    bpjsSejak: tanggalStamp(bpjs),
  };
}

/** What the last read saw: its data, and where the change entries of the summaries and the cooperatives stood. */
interface BacaanTerakhir {
  readonly epoch: string;
  readonly urutan: number;
  readonly epochKoperasi: string;
  readonly urutanKoperasi: number;
  readonly data: DataCapaian;
  readonly kegiatanJson: string;
  readonly keikutsertaanJson: string;
}

/**
 * Reads what the counting rules (shared/program/hitung-capaian.ts) need, in one read transaction so every figure on
 * a screen or a report is of one moment: the cooperatives (only the fields the rules read), each one's summary of
 * enrollments, roles and check-ins (ringkasan-capaian.ts: a few flat arrays per cooperative, kept by the write path
 * and the merge, so no enrollment, role or check-in is read here), the participations and the events.
 *
 * Incrementally, because the Beranda recomputes after every change: the repository keeps its last data and re-reads
 * only the summaries that changed since (the change entry written with them, `PerubahanRingkasan`; all of them when
 * it no longer reaches back, after a restore, or from another epoch). Unchanged rows, cooperatives, events and
 * participations keep their object identity, so `hitung` (PenghitungCapaian) recomputes only the cooperatives that
 * changed and returns unchanged targets as they were. The cooperatives are read the same way (their own change
 * entry, written by the write path and the merge): reading all 2,000 cost more than the counting after one change.
 * Events serving a program and participations are few and read whole each time (compared, kept when equal).
 *
 * One instance per database (repositories.ts), so every screen shares what it learned.
 */
export class CapaianRepository {
  private terakhir: BacaanTerakhir | undefined;
  private readonly penghitung = new PenghitungCapaian();

  constructor(private readonly db: KopLindungDb) {}

  async getData(): Promise<DataCapaian> {
    const { db } = this;
    return db.transaction('r', [db.koperasi, db.meta, db.keikutsertaan, db.kegiatan], async () => {
      // A pair (data, urutan) read together: concurrent reads each start from one and leave a consistent one.
      const dasar = this.terakhir;
      const perubahan = await bacaPerubahan(db.meta);
      const koperasi = await this.bacaKoperasi(dasar, perubahan.koperasi);

      let ringkasan: ReadonlyMap<string, RingkasanKoperasi>;
      const sejak = dasar ? berubahSejak(perubahan.ringkasan, dasar.epoch, dasar.urutan) : ({ semua: true } as const);
      if (sejak.semua) ringkasan = await bacaRingkasan(db);
      else if (sejak.ids.length === 0) ringkasan = dasar!.data.ringkasan;
      else {
        const rows = await bacaRingkasanUntuk(db.meta, sejak.ids);
        const next = new Map(dasar!.data.ringkasan);
        for (const id of sejak.ids) {
          const row = rows.get(id);
          if (row) next.set(id, row);
          else next.delete(id);
        }
        ringkasan = next;
      }

      const keikutsertaanBaru: KeikutsertaanHitung[] = (await db.keikutsertaan.toArray()).filter((k) => k.deleted === 0);
      const keikutsertaanJson = JSON.stringify(keikutsertaanBaru.map((k) => [k.programId, k.koperasiId, k.tanggalBergabung, k.status, k.tanggalKeluar]));
      const keikutsertaan = dasar && dasar.keikutsertaanJson === keikutsertaanJson ? dasar.data.keikutsertaan : keikutsertaanBaru;
      // Only events serving a program can move a program's figures (the `programId` index skips the others).
      const kegiatanBaru: KegiatanHitung[] = (await db.kegiatan.where('programId').above('').toArray())
        .filter((k) => k.deleted === 0)
        .map((k) => ({ id: k.id, tanggal: k.tanggal, programId: k.programId ?? '', undangan: k.undangan }));
      const kegiatanJson = JSON.stringify(kegiatanBaru);
      const kegiatan = dasar && dasar.kegiatanJson === kegiatanJson ? dasar.data.kegiatan : kegiatanBaru;

      const sama =
        dasar !== undefined &&
        koperasi === dasar.data.koperasi &&
        ringkasan === dasar.data.ringkasan &&
        kegiatan === dasar.data.kegiatan &&
        keikutsertaan === dasar.data.keikutsertaan;
      const data: DataCapaian = sama ? dasar.data : { koperasi, ringkasan, keikutsertaan, kegiatan };
      this.terakhir = {
        epoch: perubahan.ringkasan?.epoch ?? '',
        urutan: perubahan.ringkasan?.urutan ?? 0,
        epochKoperasi: perubahan.koperasi?.epoch ?? '',
        urutanKoperasi: perubahan.koperasi?.urutan ?? 0,
        data,
        kegiatanJson,
        keikutsertaanJson,
      };
      return data;
    });
  }

  /**
   * The live cooperatives: only those written since the last read (their change entry), or all of them; each
   * unchanged one, and the whole list when nothing changed, as it was.
   */
  private async bacaKoperasi(dasar: BacaanTerakhir | undefined, perubahan: PerubahanRingkasan | undefined): Promise<readonly KoperasiHitung[]> {
    const sejak = dasar ? berubahSejak(perubahan, dasar.epochKoperasi, dasar.urutanKoperasi) : ({ semua: true } as const);
    if (!sejak.semua && sejak.ids.length === 0) return dasar!.data.koperasi;
    const lama = new Map((dasar?.data.koperasi ?? []).map((k) => [k.id, k]));
    // All of them by one getAll (a cursor would be a round trip to the storage process per cooperative), from an
    // empty list; or the few written since, over the last list.
    const records = sejak.semua ? await this.db.koperasi.toArray() : await this.db.koperasi.bulkGet([...sejak.ids]);
    const ids = sejak.semua ? records.map((k) => k!.id) : sejak.ids;
    const byId = sejak.semua ? new Map<string, KoperasiHitung>() : new Map(lama);
    let berubah = false;
    records.forEach((k, i) => {
      const id = ids[i]!;
      if (!k || k.deleted !== 0) {
        if (byId.delete(id) || lama.has(id)) berubah = true;
        return;
      }
      const baru = koperasiHitung(k);
      const before = lama.get(id);
      if (before && samaKoperasi(before, baru)) byId.set(id, before);
      else {
        byId.set(id, baru);
        berubah = true;
      }
    });
    if (!berubah && dasar && byId.size === lama.size) return dasar.data.koperasi;
    return [...byId.values()];
  }

  /**
   * One target's achievement from data this repository read: `hitungCapaian`'s result, computed incrementally
   * (PenghitungCapaian), so a recompute after one change costs what changed, not every enrollment again.
   */
  compute(program: ProgramHitung, target: TargetHitung, data: DataCapaian): CapaianTarget {
    return this.penghitung.hitung(program, target, data);
  }
}
