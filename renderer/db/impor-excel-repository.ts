import type { BarisBersih } from '../../shared/impor-excel/bersihkan-baris';
import type { JenisImpor } from '../../shared/impor-excel/kolom-impor';
import type { KopLindungDb } from './database';
import type { JudulField, RencanaImpor } from './impor-excel/rencana-impor';
import { rencanakanImpor } from './impor-excel/rencanakan-impor';
import { terapkanImpor, type OpsiTerapkan } from './impor-excel/terapkan-impor';
import type { WritePath } from './write-path';

const kunciPemetaan = (sidik: string) => `pemetaanImpor:${sidik}`;

/**
 * Spreadsheet imports (Impor dari Excel): the preview plan of cleaned rows against the records here, the apply
 * through the write path in one transaction, and the column mappings remembered per file layout. Mappings are
 * this laptop's working memory, kept in `meta` (no schema change, never exported): another laptop learns its own.
 */
export class ImporExcelRepository {
  constructor(
    private readonly db: KopLindungDb,
    private readonly writes: WritePath,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  /** The preview on this thread (tests, the bench); the wizard has the import worker do it (impor-excel-worker-api.ts). */
  plan(jenis: JenisImpor, baris: readonly BarisBersih[], judul: JudulField): Promise<RencanaImpor> {
    return rencanakanImpor(this.db, jenis, baris, judul, this.now());
  }

  /** Applies a previewed plan; with `berkas`, the import is logged for Riwayat in the same transaction. */
  apply(rencana: RencanaImpor, opsi: Omit<OpsiTerapkan, 'now'>): Promise<number> {
    return terapkanImpor(this.db, this.writes, rencana, { ...opsi, now: this.now });
  }

  async getPemetaan(sidik: string): Promise<string[] | undefined> {
    const entry = await this.db.meta.get(kunciPemetaan(sidik));
    return Array.isArray(entry?.value) ? (entry.value as string[]) : undefined;
  }

  async savePemetaan(sidik: string, pemetaan: readonly string[]): Promise<void> {
    await this.db.meta.put({ key: kunciPemetaan(sidik), value: [...pemetaan] });
  }
}
