import type { SyncedTable } from '../../../shared/records/synced-tables';
import type { KopLindungDb } from '../database';
import type { ImporExcelLog } from '../impor-log';
import type { InputOf } from '../table-definitions';
import type { WritePath } from '../write-path';
import type { RencanaImpor, TabelRencana } from './rencana-impor';
import { berubahSejak } from './tanda-rencana';

export class ImporHasInvalidRowsError extends Error {
  constructor(readonly galat: number) {
    super(`${galat} rows hold errors; the officer chose all or nothing`);
    this.name = 'ImporHasInvalidRowsError';
  }
}

/**
 * Records the plan read changed between the preview and Terapkan (a bundle imported, an edit in another window):
 * nothing was written, and the wizard checks the file again against the records as they are now.
 */
export class ImporStaleError extends Error {
  constructor(readonly berubah: Readonly<Partial<Record<TabelRencana, number>>>) {
    super(`records changed since the preview: ${JSON.stringify(berubah)}`);
    this.name = 'ImporStaleError';
  }
}

export interface OpsiTerapkan {
  /** "All or nothing": nothing is written while any row is in error. */
  readonly semuaAtauTidak: boolean;
  /** The file the plan came from, for the import log (Riwayat); without it nothing is logged (tests, the bench). */
  readonly berkas?: { readonly namaBerkas: string; readonly lembar: readonly string[] };
  readonly onProgress?: (done: number, total: number) => void;
  readonly now?: () => string;
}

/**
 * Writes a previewed import through the one write path (stamped, journaled, so it syncs), in ONE transaction: a
 * failure anywhere leaves the database as it was. Rows in error are left out, or, when the officer chose "all or
 * nothing", nothing is written while any row is in error. Inside the transaction it first checks that nothing the
 * plan read has changed since the preview (ImporStaleError otherwise, nothing written): a plan made against
 * other records could update a field someone just changed, or create a second person for a NIK a bundle just
 * brought. New records go in bulk; updates one by one, each only with the fields that changed. The import log
 * entry (Riwayat) is written in the same transaction. Returns how many records were written.
 */
export async function terapkanImpor(db: KopLindungDb, writes: WritePath, rencana: RencanaImpor, opsi: OpsiTerapkan): Promise<number> {
  const { semuaAtauTidak, onProgress } = opsi;
  if (semuaAtauTidak && rencana.jumlah.galat > 0) throw new ImporHasInvalidRowsError(rencana.jumlah.galat);
  const operasi = rencana.baris.filter((b) => b.status !== 'galat').flatMap((b) => b.operasi);
  const buat = new Map<SyncedTable, { ids: string[]; values: Record<string, unknown>[] }>();
  const ubah = operasi.filter((o) => o.op === 'ubah');
  for (const o of operasi) {
    if (o.op !== 'buat') continue;
    const t = buat.get(o.table) ?? { ids: [], values: [] };
    t.ids.push(o.id);
    t.values.push(o.values);
    buat.set(o.table, t);
  }
  const total = operasi.length;
  let done = 0;
  await db.transaction('rw', [db.koperasi, db.anggota, db.peran, db.kepesertaan, db.journal, db.meta, db.impor], async () => {
    const berubah = await berubahSejak(db, rencana);
    if (Object.keys(berubah).length > 0) throw new ImporStaleError(berubah);
    for (const [table, t] of buat) {
      for (let i = 0; i < t.ids.length; i += 5_000) {
        await writes.bulkCreate(table, t.values.slice(i, i + 5_000) as InputOf<typeof table>[], t.ids.slice(i, i + 5_000));
        done += Math.min(5_000, t.ids.length - i);
        onProgress?.(done, total);
      }
    }
    for (const o of ubah) {
      await writes.update(o.table, o.id, o.patch as Partial<InputOf<typeof o.table>>);
      if (++done % 500 === 0) onProgress?.(done, total);
    }
    if (opsi.berkas) {
      const log: ImporExcelLog = {
        id: crypto.randomUUID(),
        waktu: (opsi.now ?? (() => new Date().toISOString()))(),
        berkas: 'xlsx',
        namaBerkas: opsi.berkas.namaBerkas,
        lembar: [...opsi.berkas.lembar],
        jenisImpor: rencana.jenis,
        jumlahBaris: rencana.jumlah,
        ditulis: total,
        semuaAtauTidak,
        petugas: writes.penulis.petugas ?? '',
      };
      await db.impor.add(log);
    }
  });
  onProgress?.(total, total);
  return total;
}
