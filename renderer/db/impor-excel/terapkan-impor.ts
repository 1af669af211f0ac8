import type { SyncedTable } from '../../../shared/records/synced-tables';
import type { KopLindungDb } from '../database';
import type { InputOf } from '../table-definitions';
import type { WritePath } from '../write-path';
import type { RencanaImpor } from './rencana-impor';

export class ImporMasihGalatError extends Error {
  constructor(readonly galat: number) {
    super(`${galat} rows hold errors; the officer chose all or nothing`);
    this.name = 'ImporMasihGalatError';
  }
}

/**
 * Writes a previewed import through the one write path (stamped, journaled, so it syncs), in ONE transaction: a
 * failure anywhere leaves the database as it was. Rows in error are left out, or, when the officer chose "all or
 * nothing", nothing is written while any row is in error. New records go in bulk; updates one by one, each only
 * with the fields that changed. Returns how many records were written.
 */
export async function terapkanImpor(db: KopLindungDb, writes: WritePath, rencana: RencanaImpor, semuaAtauTidak: boolean, onProgress?: (done: number, total: number) => void): Promise<number> {
  if (semuaAtauTidak && rencana.jumlah.galat > 0) throw new ImporMasihGalatError(rencana.jumlah.galat);
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
  await db.transaction('rw', [db.koperasi, db.anggota, db.peran, db.kepesertaan, db.journal, db.meta], async () => {
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
  });
  onProgress?.(total, total);
  return total;
}
