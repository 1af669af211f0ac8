import { describe, expect, it } from 'vitest';
import { emptyKepesertaan } from '../../shared/kepesertaan/kepesertaan-schema';
import { emptyKoperasi } from '../../shared/koperasi/koperasi-schema';
import { hitungCapaian, type ProgramHitung, type TargetHitung } from '../../shared/program/hitung-capaian';
import { ChangeClock } from './change-clock';
import { CapaianRepository } from './capaian-repository';
import { openKopLindungDb } from './database';
import { hapusRingkasan, CINCIN_PERUBAHAN, berubahSejak, catatPerubahan } from './ringkasan-capaian';
import { openTestDb } from '../test-support/test-db';
import { exportFrom, importInto, openDevice } from '../test-support/test-devices';
import { WritePath } from './write-path';

const peserta: ProgramHitung = { id: 'p', aturan: 'peserta_terdaftar', minimumTerdaftar: 0, peranDihitung: [] };
const tahun2026: TargetHitung = { mulai: '2026-01-01', sampai: '2026-12-31', segmen: 'semua', segmenNilai: '', koperasiIds: [], jumlah: 10 };
const terdaftar = (anggotaId: string, koperasiId: string) => ({
  ...emptyKepesertaan(anggotaId, koperasiId),
  status: 'terdaftar' as const,
  statusSejak: '2026-11-21T08:00:00.000Z',
  kpj: '12345678901',
});

/** Cooperatives through the write path, by id. */
async function koperasi(writes: WritePath, n: number): Promise<string[]> {
  return (
    await writes.bulkCreate(
      'koperasi',
      Array.from({ length: n }, (_, i) => ({ ...emptyKoperasi(), nama: `Koperasi ${i}` })),
    )
  ).map((k) => k.id);
}

/** What a repository that never read before sees: the figures to compare the incremental ones with. */
async function dariAwal(repo: CapaianRepository, db: ConstructorParameters<typeof CapaianRepository>[0]) {
  const fresh = await new CapaianRepository(db).getData();
  const data = await repo.getData();
  expect(repo.compute(peserta, tahun2026, data)).toStrictEqual(hitungCapaian(peserta, tahun2026, fresh));
  return data;
}

describe('the summaries’ change entry', () => {
  it('lists the cooperatives changed since a reader’s last sequence, and sends it back to all when the ring no longer reaches', () => {
    const a = catatPerubahan(undefined, ['k1', 'k2']);
    const b = catatPerubahan(a, ['k3']);
    expect(berubahSejak(b, a.epoch, a.urutan)).toEqual({ semua: false, ids: ['k3'] });
    expect(berubahSejak(b, a.epoch, b.urutan)).toEqual({ semua: false, ids: [] });
    expect(berubahSejak(b, 'another epoch', b.urutan)).toEqual({ semua: true });
    expect(berubahSejak(undefined, '', 0)).toEqual({ semua: true });
    // Filling the ring drops the oldest changes: who saw only `a` must read all.
    let c = b;
    for (let i = 0; i < CINCIN_PERUBAHAN; i++) c = catatPerubahan(c, [`x${i}`]);
    expect(c.ids).toHaveLength(CINCIN_PERUBAHAN);
    expect(berubahSejak(c, a.epoch, a.urutan)).toEqual({ semua: true });
    expect(berubahSejak(c, a.epoch, c.urutan - 2)).toEqual({ semua: false, ids: [`x${CINCIN_PERUBAHAN - 2}`, `x${CINCIN_PERUBAHAN - 1}`] });
    // One write of more cooperatives than the ring holds: everyone before it reads all.
    const d = catatPerubahan(
      c,
      Array.from({ length: CINCIN_PERUBAHAN + 1 }, (_, i) => `y${i}`),
    );
    expect(berubahSejak(d, a.epoch, c.urutan)).toEqual({ semua: true });
    expect(berubahSejak(d, a.epoch, d.urutan)).toEqual({ semua: false, ids: [] });
  });
});

describe('CapaianRepository, incrementally', () => {
  it('re-reads only the summary that changed, keeps the others and the unchanged data as they were', async () => {
    const { db, writes } = await openTestDb();
    const repo = new CapaianRepository(db);
    const [k1, k2] = (await koperasi(writes, 2)) as [string, string];
    await writes.bulkCreate('kepesertaan', [{ ...emptyKepesertaan('a1', k1) }, { ...emptyKepesertaan('a2', k2) }]);
    const first = await dariAwal(repo, db);
    expect(await repo.getData()).toBe(first);
    const e = (await db.kepesertaan.toArray()).find((r) => r.koperasiId === k2)!;
    await writes.update('kepesertaan', e.id, terdaftar('a2', k2));
    const second = await dariAwal(repo, db);
    expect(second.ringkasan.get(k1)).toBe(first.ringkasan.get(k1));
    expect(second.ringkasan.get(k2)).not.toBe(first.ringkasan.get(k2));
    expect(second.kegiatan).toBe(first.kegiatan);
    expect(second.koperasi).toBe(first.koperasi);
    expect(repo.compute(peserta, tahun2026, second).memenuhi).toEqual([{ id: 'a2', koperasiId: k2, tanggal: '2026-11-21' }]);
  });

  it('re-reads only the cooperatives written since: an edit, a delete, a new one; a restore reads them all', async () => {
    const { db, writes } = await openTestDb();
    const repo = new CapaianRepository(db);
    const [k1, k2, k3] = (await koperasi(writes, 3)) as [string, string, string];
    await writes.bulkCreate('kepesertaan', [terdaftar('a1', k1), terdaftar('a2', k2), terdaftar('a3', k3)]);
    const first = await dariAwal(repo, db);
    const byId = (d: typeof first) => new Map(d.koperasi.map((k) => [k.id, k]));
    await writes.update('koperasi', k2, { jenis: 'konsumen' });
    await writes.remove('koperasi', k3);
    const [k4] = (await koperasi(writes, 1)) as [string];
    await writes.create('kepesertaan', terdaftar('a4', k4));
    const second = await dariAwal(repo, db);
    expect(byId(second).get(k1)).toBe(byId(first).get(k1));
    expect(byId(second).get(k2)?.jenis).toBe('konsumen');
    expect([...byId(second).keys()].sort()).toEqual([k1, k2, k4].sort());
    const ksp = { ...tahun2026, segmen: 'jenis' as const, segmenNilai: 'simpan_pinjam' };
    expect(repo.compute(peserta, ksp, second)).toStrictEqual(hitungCapaian(peserta, ksp, await new CapaianRepository(db).getData()));
    // A restore empties the stores: the cooperatives are read again whole (here: none come back).
    await db.transaction('rw', [db.koperasi, db.meta], async () => {
      await db.koperasi.clear();
      await hapusRingkasan(db);
    });
    expect((await dariAwal(repo, db)).koperasi).toEqual([]);
  });

  it('reads every summary again after a write too big for the ring, and after a restore drops them', async () => {
    const { db, writes } = await openTestDb();
    const repo = new CapaianRepository(db);
    const ids = await koperasi(writes, CINCIN_PERUBAHAN + 2);
    await writes.create('kepesertaan', terdaftar('a0', ids[0]!));
    const first = await dariAwal(repo, db);
    await writes.bulkCreate(
      'kepesertaan',
      ids.slice(1).map((k, i) => terdaftar(`a${i + 1}`, k)),
    );
    const second = await dariAwal(repo, db);
    expect(second.ringkasan.size).toBe(CINCIN_PERUBAHAN + 2);
    expect(second.ringkasan.get(ids[0]!)).not.toBe(first.ringkasan.get(ids[0]!));
    expect(repo.compute(peserta, tahun2026, second).tercapai).toBe(CINCIN_PERUBAHAN + 2);
    // A restore empties the summaries before the backup merges back in (here: nothing comes back).
    await db.transaction('rw', db.meta, () => hapusRingkasan(db));
    const third = await dariAwal(repo, db);
    expect(third.ringkasan.size).toBe(0);
    expect(repo.compute(peserta, tahun2026, third).tercapai).toBe(0);
  });

  it('follows a file merged in: only the summaries the merge changed are read again', async () => {
    const a = await openDevice('laptop-a');
    const b = await openDevice('laptop-b');
    const [k1, k2] = (await koperasi(a.writes, 2)) as [string, string];
    await a.writes.create('kepesertaan', terdaftar('a1', k1));
    await importInto(b, await exportFrom(a));
    const repo = new CapaianRepository(b.db);
    const before = await dariAwal(repo, b.db);
    await a.writes.create('kepesertaan', terdaftar('a2', k2));
    await importInto(b, await exportFrom(a));
    const after = await dariAwal(repo, b.db);
    expect(after.ringkasan.get(k1)).toBe(before.ringkasan.get(k1));
    expect(repo.compute(peserta, tahun2026, after).memenuhi.map((m) => m.id)).toEqual(['a1', 'a2']);
  });

  it('sees what another connection wrote (another window, the exchange worker)', async () => {
    const { db, writes } = await openTestDb();
    const repo = new CapaianRepository(db);
    const [k1, k2] = (await koperasi(writes, 2)) as [string, string];
    await writes.create('kepesertaan', terdaftar('a1', k1));
    const before = await dariAwal(repo, db);
    const other = await openKopLindungDb(db.name);
    try {
      await new WritePath(other, new ChangeClock('device-other')).create('kepesertaan', terdaftar('a2', k2));
      const data = await dariAwal(repo, db);
      expect(data.ringkasan.get(k1)).toBe(before.ringkasan.get(k1));
      expect(repo.compute(peserta, tahun2026, data).memenuhi.map((m) => m.id)).toEqual(['a1', 'a2']);
    } finally {
      other.close();
    }
  });
});
