import { putuskanPemulihan, type KeputusanPemulihan } from '../../shared/cadangan/putuskan-pemulihan';
import type { StatusBasisData } from '../../shared/cadangan/status-basis-data';
import { DEFAULT_DB_NAME, openKopLindungDb, type KopLindungDb } from '../db/database';
import { bacaKeadaan, type KeadaanBasisData } from '../db/keadaan-basis-data';
import { tandaiMulai } from '../app/tandai-mulai';

export interface BasisDataAwal {
  /** Absent when the database failed to open. */
  readonly db: KopLindungDb | undefined;
  readonly keadaan: KeadaanBasisData | undefined;
  readonly keputusan: KeputusanPemulihan;
}

/**
 * Opens the database at start and judges it against main's record, before anything writes to it. Whether it
 * existed is asked first (`indexedDB.databases()`), since opening creates a missing one; a database Chromium
 * recreated after finding it corrupt (`dataLoss`) exists but has no identity, which the judgement catches alike.
 */
export async function periksaBasisDataAwal(tercatat: StatusBasisData | null, name: string = DEFAULT_DB_NAME): Promise<BasisDataAwal> {
  const sudahAda = (await indexedDB.databases?.())?.some((d) => d.name === name) ?? true;
  tandaiMulai('daftar-basis-data');
  let db: KopLindungDb;
  let keadaan: KeadaanBasisData;
  try {
    db = await openKopLindungDb(name);
    tandaiMulai('buka-basis-data');
    keadaan = await bacaKeadaan(db);
  } catch (error) {
    console.error(error);
    return { db: undefined, keadaan: undefined, keputusan: putuskanPemulihan(tercatat, { dibuka: false }) };
  }
  const keputusan = putuskanPemulihan(tercatat, { dibuka: true, sudahAda, identitas: keadaan.identitas, jumlah: keadaan.jumlah });
  return { db, keadaan, keputusan };
}
