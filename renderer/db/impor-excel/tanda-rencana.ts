import type { KopLindungDb } from '../database';
import { tabelRencana, type RencanaImpor, type TabelRencana } from './rencana-impor';

/**
 * The newest local change clock of each table a spreadsheet import plans against, read BEFORE the plan reads
 * the records: anything written after it (in these tables) was not seen by the plan. Every synced table keeps a
 * `changedAt` index, so this is one key per table.
 */
export async function bacaTanda(db: KopLindungDb): Promise<Partial<Record<TabelRencana, string>>> {
  const tanda: Partial<Record<TabelRencana, string>> = {};
  for (const t of tabelRencana) {
    const last = (await db.table(t).orderBy('changedAt').last()) as { changedAt: string } | undefined;
    if (last) tanda[t] = last.changedAt;
  }
  return tanda;
}

/** Per table, how many records changed since the plan was made (tables with none left out). */
export async function berubahSejak(db: KopLindungDb, rencana: RencanaImpor): Promise<Partial<Record<TabelRencana, number>>> {
  const berubah: Partial<Record<TabelRencana, number>> = {};
  for (const t of tabelRencana) {
    const sejak = rencana.tanda[t];
    const n = sejak === undefined ? await db.table(t).count() : await db.table(t).where('changedAt').above(sejak).count();
    if (n > 0) berubah[t] = n;
  }
  return berubah;
}
