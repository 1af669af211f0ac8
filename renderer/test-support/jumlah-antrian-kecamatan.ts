import type { KopLindungDb } from '../db/database';
import { counterKey } from '../db/record-counters';

const AWALAN = counterKey('antrianKecamatan:');

/**
 * The follow-up counters per kecamatan and status (antrian-kecamatan.ts) as `meta` holds them, beside what their
 * `antrianKecamatan` index ranges count, both keyed `kecamatan:status` with zeros left out: equal whenever every path
 * that files an enrollment kept its counter in step.
 */
export async function jumlahAntrianKecamatan(db: KopLindungDb): Promise<{ tersimpan: Record<string, number>; dihitung: Record<string, number> }> {
  const tersimpan: Record<string, number> = {};
  for (const row of await db.meta.where('key').startsWith(AWALAN).toArray()) {
    if (Number(row.value) !== 0) tersimpan[row.key.slice(AWALAN.length)] = Number(row.value);
  }
  const pasangan = new Set(Object.keys(tersimpan));
  for (const key of (await db.kepesertaan.orderBy('antrianKecamatan').keys()) as unknown as [string, string][]) pasangan.add(`${key[0]}:${key[1]}`);
  const dihitung: Record<string, number> = {};
  for (const p of pasangan) {
    const [kode, status] = [p.slice(0, p.lastIndexOf(':')), p.slice(p.lastIndexOf(':') + 1)];
    const n = await db.kepesertaan.where('antrianKecamatan').between([kode, status, '', ''], [kode, status, '\uffff', '\uffff'], true, true).count();
    if (n !== 0) dihitung[p] = n;
  }
  return { tersimpan, dihitung };
}
