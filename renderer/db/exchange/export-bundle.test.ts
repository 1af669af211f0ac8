import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { emptyAnggota } from '../../../shared/anggota/anggota-schema';
import { emptyKoperasi } from '../../../shared/koperasi/koperasi-schema';
import { BundleError } from '../../exchange/bundle-error';
import { decodeBundle } from '../../exchange/decode-bundle';
import { encodeBundle } from '../../exchange/encode-bundle';
import { openDevice, type TestDevice } from '../../test-support/test-devices';
import { schemaVersions } from '../schema-versions';
import { collectBundle, type CollectOptions } from './collect-bundle';
import { exportBundle } from './export-bundle';

const manifest = {
  appVersion: '0.1.0',
  kantor: { kode: '32.04', nama: 'Dinas Koperasi Uji' },
  deviceId: 'laptop-a',
  petugas: 'Rina',
  nomorEkspor: 3,
  dibuat: '2026-11-21T08:00:00.000Z',
  tujuan: 'Kantor Dinas',
};
const schemaVersion = schemaVersions.at(-1)!.version;

/** A laptop with 7 cooperatives and 5 people, one person edited later: more than a few pages of 2. */
async function laptop(): Promise<{ a: TestDevice; sejak: string }> {
  const a = await openDevice('laptop-a');
  for (let i = 0; i < 7; i++) {
    a.advance(1000);
    await a.writes.create('koperasi', { ...emptyKoperasi(), nama: `Koperasi Uji ${i}` });
  }
  const people = [];
  for (let i = 0; i < 5; i++) {
    a.advance(1000);
    people.push(await a.writes.create('anggota', { ...emptyAnggota(), nama: `Warga ${i}`, nik: `36740112038500${10 + i}` }));
  }
  const sejak = people[2]!.changedAt;
  a.advance(1000);
  await a.writes.update('anggota', people[0]!.id, { nama: 'Warga Nol' });
  return { a, sejak };
}

const asFile = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('collectBundle in pages', () => {
  it('reads the same records in the same order across page boundaries, whole or changes only', async () => {
    const { a, sejak } = await laptop();
    for (const options of [
      { jenis: 'semua', sejak: '', manifest },
      { jenis: 'perubahan', sejak, manifest },
    ] satisfies CollectOptions[]) {
      const whole = await collectBundle(a.db, { ...options, halaman: 1000 });
      for (const halaman of [1, 2, 3]) expect(await collectBundle(a.db, { ...options, halaman })).toEqual(whole);
    }
    const changes = await collectBundle(a.db, { jenis: 'perubahan', sejak, manifest, halaman: 2 });
    expect(changes.tables.anggota.map((p) => p.nama)).toEqual(['Warga 3', 'Warga 4', 'Warga Nol']);
    expect(changes.tables.koperasi).toEqual([]);
  });
});

/** Calls `edit` once per try of an export, when its hash pass has read everything: between the two passes. */
function betweenPasses(edit: (percobaan: number) => void) {
  let percobaan = 0;
  let last = -1;
  let edited = 0;
  return (done: number, total: number) => {
    if (done === 0 && last !== 0) percobaan++;
    last = done;
    if (done === total / 2 && edited < percobaan) {
      edited = percobaan;
      edit(percobaan);
    }
  };
}

describe('exportBundle', () => {
  it('writes what collectBundle then encodeBundle write: the same manifest, hashes included, and records', async () => {
    const { a, sejak } = await laptop();
    for (const options of [
      { jenis: 'semua', sejak: '', manifest },
      { jenis: 'perubahan', sejak, manifest },
    ] satisfies CollectOptions[]) {
      const expected = await decodeBundle(await encodeBundle(await collectBundle(a.db, options), { passphrase: null }), { passphrase: null, schemaVersion });
      const exported = await exportBundle(a.db, { ...options, passphrase: 'rahasia', iterations: 1000, halaman: 2 });
      const decoded = await decodeBundle(exported.bytes, { passphrase: 'rahasia', schemaVersion });
      expect(decoded).toEqual(expected);
      expect(asFile(exported.manifest)).toEqual(decoded.manifest);
    }
  });

  it('reports progress over both passes, never backwards, ending at its total', async () => {
    const { a } = await laptop();
    const seen: [number, number][] = [];
    await exportBundle(a.db, { jenis: 'semua', sejak: '', manifest, passphrase: null, halaman: 2, onProgress: (done, total) => seen.push([done, total]) });
    const total = seen[0]![1];
    expect(total).toBe(2 * 12);
    expect(seen[0]![0]).toBe(0);
    expect(seen.every(([, t]) => t === total)).toBe(true);
    expect(seen.every(([done], i) => i === 0 || done >= seen[i - 1]![0])).toBe(true);
    expect(seen.at(-1)![0]).toBe(total);
  });

  it('stops on Batal while reading and while writing', async () => {
    const { a } = await laptop();
    const options = { jenis: 'semua', sejak: '', manifest, passphrase: null, halaman: 2 } as const;
    await expect(exportBundle(a.db, { ...options, dibatalkan: () => true })).rejects.toEqual(new BundleError('cancelled'));
    let done = 0;
    let total = 1;
    const batalMenulis = exportBundle(a.db, {
      ...options,
      onProgress: (d, t) => ([done, total] = [d, t]),
      dibatalkan: () => done > total / 2,
    });
    await expect(batalMenulis).rejects.toEqual(new BundleError('cancelled'));
  });

  it('starts over when a record changes between its passes, so the file matches its manifest', async () => {
    const { a, sejak } = await laptop();
    const koperasi = await a.db.koperasi.toArray();
    const berubah = await a.db.anggota.where('changedAt').above(sejak).first();
    for (const [options, edit] of [
      [{ jenis: 'semua', sejak: '' }, async () => void (await a.writes.update('koperasi', koperasi[3]!.id, { nama: 'Koperasi Berubah' }))],
      [{ jenis: 'perubahan', sejak }, async () => void (await a.writes.update('anggota', berubah!.id, { nama: 'Warga Berubah' }))],
    ] as const) {
      let tries = 0;
      const exported = await exportBundle(a.db, {
        ...options,
        manifest,
        passphrase: null,
        halaman: 2,
        // An officer saves while the first try is between its passes.
        onProgress: betweenPasses((percobaan) => {
          tries = percobaan;
          if (percobaan === 1) void Dexie.ignoreTransaction(edit);
        }),
      });
      expect(tries).toBe(2);
      const decoded = await decodeBundle(exported.bytes, { passphrase: null, schemaVersion });
      expect([...decoded.tables.koperasi, ...decoded.tables.anggota].map((r) => r.nama)).toContain(
        options.jenis === 'semua' ? 'Koperasi Berubah' : 'Warga Berubah',
      );
      expect(decoded).toEqual(
        await decodeBundle(await encodeBundle(await collectBundle(a.db, { ...options, manifest }), { passphrase: null }), { passphrase: null, schemaVersion }),
      );
    }
  });

  it('reads the records once and holds them when they change during two tries, and still writes a sound file', async () => {
    const { a } = await laptop();
    const koperasi = await a.db.koperasi.toArray();
    let tries = 0;
    const export_ = exportBundle(a.db, {
      jenis: 'semua',
      sejak: '',
      manifest,
      passphrase: null,
      halaman: 2,
      onProgress: betweenPasses((percobaan) => {
        tries = percobaan;
        void Dexie.ignoreTransaction(() => a.writes.update('koperasi', koperasi[3]!.id, { nama: `Koperasi Berubah ${percobaan}` }));
      }),
    });
    const decoded = await decodeBundle((await export_).bytes, { passphrase: null, schemaVersion });
    // The third run holds what it read, so the edit made while it encodes is not in the file: the second one is.
    expect(tries).toBe(3);
    expect(decoded.tables.koperasi.find((k) => k.id === koperasi[3]!.id)?.nama).toBe('Koperasi Berubah 2');
  });
});
