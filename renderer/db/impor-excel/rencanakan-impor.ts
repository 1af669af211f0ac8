import type { BarisBersih } from '../../../shared/impor-excel/bersihkan-baris';
import type { JenisImpor } from '../../../shared/impor-excel/kolom-impor';
import type { KopLindungDb } from '../database';
import { rencanaHasilBpjs } from './rencana-hasil-bpjs';
import type { JudulField, ProgresRencana, RencanaImpor } from './rencana-impor';
import { rencanaKoperasi } from './rencana-koperasi';
import { rencanaOrang } from './rencana-orang';

/**
 * The preview of cleaned rows against the records here, for any kind: read-only, so the import worker runs it on
 * its own connection to the database and the screen never waits on it. `sekarang` stamps the enrollments a BPJS
 * list moves to terdaftar.
 */
export function rencanakanImpor(
  db: KopLindungDb,
  jenis: JenisImpor,
  baris: readonly BarisBersih[],
  judul: JudulField,
  sekarang: string,
  onProgress?: ProgresRencana,
): Promise<RencanaImpor> {
  if (jenis === 'koperasi') return rencanaKoperasi(db, baris, judul, onProgress);
  if (jenis === 'orang') return rencanaOrang(db, baris, judul, onProgress);
  return rencanaHasilBpjs(db, baris, judul, sekarang, onProgress);
}
