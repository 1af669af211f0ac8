import { describe, expect, it } from 'vitest';
import { emptyAnggota } from '../../shared/anggota/anggota-schema';
import { emptyPeran } from '../../shared/anggota/peran-schema';
import { rosterSummary } from '../../shared/anggota/roster-summary';
import { emptyKoperasi } from '../../shared/koperasi/koperasi-schema';
import { createRepositories } from './repositories';
import { openTestDb } from '../test-support/test-db';
import { exportFrom, importInto, openDevice } from '../test-support/test-devices';

const today = '2026-11-21';

async function setup() {
  const { db, writes } = await openTestDb();
  const repos = createRepositories(db, writes);
  const k = await repos.koperasi.create({ ...emptyKoperasi(), nama: 'Koperasi Maju Bersama', anggotaLaki: 3, anggotaPerempuan: 3 });
  const member = async (nama: string, jenisKelamin: '' | 'L' | 'P') => {
    const a = await repos.anggota.create({ ...emptyAnggota(), nama, jenisKelamin });
    const p = await repos.peran.create({ ...emptyPeran(a.id, k.id), peran: 'anggota', mulai: '2024-01-01' });
    return { a, p };
  };
  return { db, repos, k, member };
}

describe('a cooperative’s roster from its roles alone', () => {
  it('gives forKoperasi’s rows and order, and counts by sex, without reading a person', async () => {
    const { repos, k, member } = await setup();
    for (const [nama, jk] of [
      ['Sari', 'P'],
      ['Budi', 'L'],
      ['Ahmad', 'L'],
      ['Tanpa Data', ''],
      ['Budi', 'L'],
    ] as const)
      await member(nama, jk);
    const full = await repos.peran.listForKoperasi(k.id);
    const roster = await repos.peran.listRoster(k.id);
    expect(roster.map((r) => r.peran.id)).toEqual(full.map((r) => r.peran.id));
    expect(roster.map((r) => r.anggota.jenisKelamin)).toEqual(full.map((r) => r.anggota.jenisKelamin));
    expect(rosterSummary(roster, k, today).anggota.tercatat).toEqual(rosterSummary(full, k, today).anggota.tercatat);
    const people = await repos.peran.listAnggota(roster.slice(0, 2).map((r) => r.anggota.id));
    expect([...people.values()].map((a) => a.nama)).toEqual(['Ahmad', 'Budi']);
  });

  it('follows a person renamed, their sex changed, deleted and restored, and a role deleted', async () => {
    const { repos, k, member } = await setup();
    const zaki = await member('Zaki', 'L');
    const ani = await member('Ani', 'P');
    const order = async () => (await repos.peran.listRoster(k.id)).map((r) => r.anggota.id);
    expect(await order()).toEqual([ani.a.id, zaki.a.id]);
    await repos.anggota.update(zaki.a.id, { nama: 'Abdul Zaki', jenisKelamin: 'P' });
    expect(await order()).toEqual([zaki.a.id, ani.a.id]);
    expect(rosterSummary(await repos.peran.listRoster(k.id), k, today).anggota.tercatat).toMatchObject({ laki: 0, perempuan: 2 });
    const removal = await repos.anggota.remove(ani.a.id);
    expect(await order()).toEqual([zaki.a.id]);
    await repos.anggota.restore(removal);
    expect(await order()).toEqual([zaki.a.id, ani.a.id]);
    await repos.peran.remove(zaki.p.id);
    expect(await order()).toEqual([ani.a.id]);
    expect(await repos.peran.listRoster(k.id)).toEqual(
      (await repos.peran.listForKoperasi(k.id)).map((r) => ({ peran: r.peran, anggota: { id: r.anggota.id, jenisKelamin: r.anggota.jenisKelamin } })),
    );
  });

  it('shows a role that arrived before its person once the person arrives, and drops an erased person', async () => {
    const a = await openDevice('laptop-a');
    const b = await openDevice('laptop-b');
    const k = await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju' });
    const orang = await a.writes.create('anggota', { ...emptyAnggota(), nama: 'Siti', jenisKelamin: 'P' });
    const since = (await a.db.journal.toArray()).at(-1)!.hlc;
    a.advance(60_000);
    const role = await a.writes.create('peran', { ...emptyPeran(orang.id, k.id), peran: 'anggota' });
    await importInto(b, await exportFrom(a, since));
    expect(await b.repos.peran.listRoster(k.id)).toEqual([]);
    await importInto(b, await exportFrom(a));
    expect((await b.repos.peran.listRoster(k.id)).map((r) => r.peran.id)).toEqual([role.id]);
    await b.repos.anggota.eraseDataPribadi(orang.id);
    expect(await b.repos.peran.listRoster(k.id)).toEqual([]);
  });
});
