import type { KopLindungDb } from './database';
import type { JournalEntry } from './journal-entry';
import type { Perangkat } from './konflik-repository';

/**
 * Who a change history line names: the officer the entry recorded, or for older entries (written before the
 * officer was recorded) the device, with the officer its files were last sent by when an import told us.
 */
export type Pengubah = { readonly petugas: string } | { readonly perangkat: string; readonly petugasPerangkat?: string };

export type EntriRiwayat = JournalEntry & { readonly pengubah: Pengubah };

/** A device id shortened as the settings page and the import preview start it. */
const pendek = (deviceId: string) => deviceId.slice(0, 8);

/**
 * Adds who made each change, reading each unknown device's last known officer once (the `perangkat:` entries the
 * imports keep). Call inside a transaction over journal and meta, or on its own.
 */
export async function lengkapiPengubah(db: KopLindungDb, entries: readonly JournalEntry[]): Promise<EntriRiwayat[]> {
  const tanpaNama = [...new Set(entries.filter((e) => !e.petugas).map((e) => e.deviceId))];
  const dikenal = new Map<string, string>();
  const meta = await db.meta.bulkGet(tanpaNama.map((d) => `perangkat:${d}`));
  meta.forEach((m, i) => {
    const petugas = (m?.value as Perangkat | undefined)?.petugas;
    if (petugas) dikenal.set(tanpaNama[i]!, petugas);
  });
  return entries.map((e) => {
    if (e.petugas) return { ...e, pengubah: { petugas: e.petugas } };
    const petugasPerangkat = dikenal.get(e.deviceId);
    return { ...e, pengubah: petugasPerangkat ? { perangkat: pendek(e.deviceId), petugasPerangkat } : { perangkat: pendek(e.deviceId) } };
  });
}
