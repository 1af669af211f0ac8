import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFolderCadangan } from './folder-cadangan';
import { kunciCadangan, pelindungPolos } from './kunci-cadangan';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'koplindung-cadangan-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (n: number) => new Uint8Array(n).fill(7);
const chain = { jenis: 'semua' as const, sampai: '', identitas: 'db-1', rantai: 'r-1' };

describe('createFolderCadangan', () => {
  it('writes a backup with its description, lists it and reads it back', async () => {
    const folder = createFolderCadangan(dir, { now: () => new Date('2026-12-06T03:00:00Z'), offsetMinutes: () => 420 });
    const info = await folder.save({ bytes: bytes(100), waktu: '2026-12-06T03:00:00.000Z', alasan: 'manual', jumlah: { koperasi: 3 }, ...chain });
    expect(info).toMatchObject({ berkas: 'cadangan-2026-12-06T03-00-00-000Z-manual.kopl', ukuran: 100, diperiksa: true });
    expect(await folder.list()).toEqual([info]);
    expect(await folder.read(info.berkas)).toEqual(bytes(100));
    expect(readdirSync(dir).sort()).toEqual([info.berkas, `${info.berkas}.json`]);
  });

  it('removes a bundle whose write never finished (no description) and stray temporary files', async () => {
    writeFileSync(join(dir, 'cadangan-2026-12-06T03-00-00-000Z-berkala.kopl'), 'half');
    writeFileSync(join(dir, 'cadangan-2026-12-06T04-00-00-000Z-berkala.kopl.tmp'), 'half');
    expect(await createFolderCadangan(dir).list()).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('prunes by the rotation only after the new backup is in place', async () => {
    let clock = Date.parse('2026-12-06T01:00:00Z');
    const folder = createFolderCadangan(dir, { now: () => new Date(clock), offsetMinutes: () => 420 });
    for (let i = 0; i < 10; i++) {
      clock += 60_000;
      await folder.save({ bytes: bytes(10), waktu: new Date(clock).toISOString(), alasan: 'berkala', jumlah: {}, ...chain });
    }
    const list = await folder.list();
    expect(list).toHaveLength(8);
    expect(list[0]!.waktu).toBe(new Date(clock).toISOString());
    expect(readdirSync(dir)).toHaveLength(16);
  });

  it('keeps the whole chain of a kept changes-only backup, and refuses one whose base is not there', async () => {
    let clock = Date.parse('2026-12-06T01:00:00Z');
    const folder = createFolderCadangan(dir, { now: () => new Date(clock), offsetMinutes: () => 420 });
    let previous = await folder.save({ bytes: bytes(10), waktu: new Date(clock).toISOString(), alasan: 'berkala', jumlah: {}, ...chain });
    for (let i = 0; i < 12; i++) {
      clock += 60_000;
      previous = await folder.save({
        bytes: bytes(3),
        waktu: new Date(clock).toISOString(),
        alasan: 'berkala',
        jumlah: {},
        ...chain,
        jenis: 'perubahan',
        dasar: previous.berkas,
      });
    }
    const list = await folder.list();
    // The last 8 of today need every earlier link down to the full snapshot: nothing is pruned.
    expect(list).toHaveLength(13);
    expect(list.at(-1)).toMatchObject({ jenis: 'semua' });
    expect(list[0]).toMatchObject({ jenis: 'perubahan', dasar: list[1]!.berkas });
    await expect(
      folder.save({
        bytes: bytes(3),
        waktu: new Date(clock + 60_000).toISOString(),
        alasan: 'berkala',
        jumlah: {},
        ...chain,
        jenis: 'perubahan',
        dasar: 'cadangan-2020-01-01T00-00-00-000Z-berkala.kopl',
      }),
    ).rejects.toThrow(/not in/);
  });

  it('reads a description written before changes-only backups as a full snapshot', async () => {
    const berkas = 'cadangan-2026-12-06T03-00-00-000Z-manual.kopl';
    writeFileSync(join(dir, berkas), 'x');
    writeFileSync(
      join(dir, `${berkas}.json`),
      JSON.stringify({ berkas, waktu: '2026-12-06T03:00:00.000Z', alasan: 'manual', jumlah: {}, ukuran: 1, sha256: 'a', diperiksa: true }),
    );
    expect(await createFolderCadangan(dir).list()).toMatchObject([{ berkas, jenis: 'semua' }]);
  });

  it('leaves the key’s temporary file alone: its first write may be running while the folder is listed', async () => {
    writeFileSync(join(dir, 'kunci-harness.txt.tmp'), 'key being written');
    await createFolderCadangan(dir).list();
    expect(readdirSync(dir)).toEqual(['kunci-harness.txt.tmp']);
  });

  it('refuses a name that is not a backup’s', async () => {
    await expect(createFolderCadangan(dir).read('../settings.json')).rejects.toThrow();
  });
});

describe('kunciCadangan', () => {
  it('makes the key once and reads the same key afterwards', async () => {
    const path = join(dir, 'kunci-harness.txt');
    const first = await kunciCadangan(path, pelindungPolos)();
    expect(first).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(await kunciCadangan(path, pelindungPolos)()).toBe(first);
  });
  it('never takes a backup being written for one cut short: listing and saving at once keep every backup whole', async () => {
    // A backup before an import, a periodic one and Pengaturan's list may meet; the folder takes them in turn.
    const folder = createFolderCadangan(dir, { now: () => new Date('2026-12-06T03:00:00Z'), offsetMinutes: () => 420 });
    const waktu = (i: number) => `2026-12-06T02:${String(i).padStart(2, '0')}:00.000Z`;
    const saves = Array.from({ length: 6 }, (_, i) => folder.save({ bytes: bytes(200_000), waktu: waktu(i), alasan: 'berkala', jumlah: {}, ...chain }));
    const lists = Array.from({ length: 6 }, () => folder.list());
    await Promise.all([...saves, ...lists]);
    expect((await folder.list()).map((c) => c.waktu).sort()).toEqual(Array.from({ length: 6 }, (_, i) => waktu(i)));
  });
});
