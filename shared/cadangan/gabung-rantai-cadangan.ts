import type { BundleContents } from '../exchange/bundle-contents';
import { bundleSections } from '../exchange/bundle-manifest';
import { syncedTables } from '../records/synced-tables';
import { RantaiCadanganError } from './rantai-cadangan';

/**
 * A chain of backups (a full snapshot, then changes-only ones, oldest first) replayed into the one full snapshot of
 * the moment its last link was taken. Each link must start where the previous one ended (its `sejak` is the
 * previous `sampai`) and come from the same laptop, else RantaiCadanganError ('tidak-bersambung', naming the
 * link). A changes-only link holds every record changed after `sejak` whole, as stored then, so its version of a
 * record replaces the earlier one; the aliases travel whole in every bundle, so the last link's are the chain's.
 * The result is what a full snapshot at that moment would hold, restored in one transaction like one.
 */
export function gabungRantaiCadangan(rantai: readonly { readonly berkas: string; readonly contents: BundleContents }[]): BundleContents {
  const [first, ...rest] = rantai;
  if (!first) throw new Error('Empty backup chain');
  if (first.contents.manifest.jenis !== 'semua') throw new RantaiCadanganError('dasar-hilang', first.berkas);
  let previous = first.contents.manifest;
  for (const link of rest) {
    const m = link.contents.manifest;
    if (m.jenis !== 'perubahan' || m.sejak !== previous.sampai || m.deviceId !== previous.deviceId) {
      throw new RantaiCadanganError('tidak-bersambung', link.berkas);
    }
    previous = m;
  }
  if (rest.length === 0) return first.contents;
  const tables: Record<string, unknown[]> = {};
  for (const table of syncedTables) {
    const byId = new Map<string, unknown>();
    for (const link of rantai) for (const record of link.contents.tables[table]) byId.set(record.id, record);
    tables[table] = [...byId.values()];
  }
  const last = rantai.at(-1)!.contents;
  const isi = Object.fromEntries(
    bundleSections.map((s) => [s, { jumlah: s === 'alias' ? last.alias.length : tables[s]!.length, sha256: last.manifest.isi[s].sha256 }]),
  );
  return {
    manifest: { ...last.manifest, jenis: 'semua', sejak: '', isi: isi as BundleContents['manifest']['isi'] },
    tables: tables as unknown as BundleContents['tables'],
    alias: last.alias,
  };
}
