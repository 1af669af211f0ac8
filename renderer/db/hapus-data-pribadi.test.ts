import { describe, expect, it } from 'vitest';
import { emptyAnggota } from '../../shared/anggota/anggota-schema';
import { NAMA_TERHAPUS } from '../../shared/anggota/data-pribadi-terhapus';
import { exportFrom, importInto, openDevice } from './exchange/test-devices';

const NIK = '3674011203900001';
const HASH = 'b'.repeat(64);
const PRIBADI = ['Siti Aminah', NIK, '0812 1111 2222', 'Jl. Kenanga 3'];

describe('WritePath.hapusDataPribadi', () => {
  it('blanks the record, its journal values and its conflict versions, keeping only the NIK hash', async () => {
    const a = await openDevice('laptop-a');
    const p = await a.repos.anggota.create({ ...emptyAnggota(), nik: NIK, nama: 'Siti Aminah', telepon: '0812 1111 2222', alamat: 'Jl. Kenanga 3' });
    await a.db.konflik.put({ id: `anggota/${p.id}/telepon`, tabel: 'anggota', recordId: p.id, field: 'telepon', versions: [{ value: '0813', clock: 'x', basis: '' }] });
    await a.writes.hapusDataPribadi(p.id, HASH);

    const stored = await a.db.anggota.get(p.id);
    expect(stored).toMatchObject({ nama: NAMA_TERHAPUS, nik: '', telepon: '', alamat: '', deleted: 1, nikHash: HASH });
    expect(stored!.dihapusPribadi).toBeDefined();
    expect(stored!.nikKey).toBeUndefined();
    expect(stored!.searchTokens).toEqual([]);
    const trace = JSON.stringify([await a.db.anggota.toArray(), await a.db.journal.toArray(), await a.db.konflik.toArray()]);
    for (const value of PRIBADI) expect(trace).not.toContain(value);
    expect((await a.db.journal.toArray()).at(-1)).toMatchObject({ op: 'hapus-pribadi', changes: {} });
    expect(await a.repos.anggota.count()).toBe(0);

    // Nothing brings a field back on this laptop: no edit, no restore.
    await a.writes.restore('anggota', p.id);
    await a.writes.update('anggota', p.id, { nama: 'Siti Aminah' });
    expect(await a.db.anggota.get(p.id)).toMatchObject({ nama: NAMA_TERHAPUS, deleted: 1 });
  });

  it('travels in a bundle and wins over an older file and a concurrent edit, in either order', async () => {
    const a = await openDevice('laptop-a');
    const b = await openDevice('laptop-b', Date.parse('2026-11-21T08:00:05.000Z'));
    const p = await a.repos.anggota.create({ ...emptyAnggota(), nik: NIK, nama: 'Siti Aminah', telepon: '0812 1111 2222' });
    const older = await exportFrom(a);
    await importInto(b, older);
    b.advance(60_000);
    await b.writes.update('anggota', p.id, { telepon: '0813 9999 0000', alamat: 'Jl. Kenanga 3' });
    await a.writes.hapusDataPribadi(p.id, HASH);
    const erased = await exportFrom(a);
    const edited = await exportFrom(b);

    // The office takes the older file again after the erasure: the person stays erased.
    await importInto(a, older);
    await importInto(a, edited);
    await importInto(b, erased);
    for (const d of [a, b]) {
      const stored = await d.db.anggota.get(p.id);
      expect(stored).toMatchObject({ nama: NAMA_TERHAPUS, nik: '', telepon: '', alamat: '', deleted: 1, nikHash: HASH });
      const trace = JSON.stringify([await d.db.anggota.toArray(), await d.db.journal.toArray(), await d.db.konflik.toArray()]);
      for (const value of [...PRIBADI, '0813 9999 0000']) expect(trace, d.deviceId).not.toContain(value);
    }
  });
});
