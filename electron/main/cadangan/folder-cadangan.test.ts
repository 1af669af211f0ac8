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

describe('createFolderCadangan', () => {
  it('writes a backup with its description, lists it and reads it back', async () => {
    const folder = createFolderCadangan(dir, { now: () => new Date('2026-12-06T03:00:00Z'), offsetMinutes: () => 420 });
    const info = await folder.save({ bytes: bytes(100), waktu: '2026-12-06T03:00:00.000Z', alasan: 'manual', jumlah: { koperasi: 3 } });
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
      await folder.save({ bytes: bytes(10), waktu: new Date(clock).toISOString(), alasan: 'berkala', jumlah: {} });
    }
    const list = await folder.list();
    expect(list).toHaveLength(8);
    expect(list[0]!.waktu).toBe(new Date(clock).toISOString());
    expect(readdirSync(dir)).toHaveLength(16);
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
});
