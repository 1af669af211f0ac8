import { describe, expect, it } from 'vitest';
import { emptyAnggota } from '../../../shared/anggota/anggota-schema';
import { emptyKegiatan } from '../../../shared/kegiatan/kegiatan-schema';
import { rekapKehadiran } from '../../../shared/kegiatan/kehadiran-schema';
import { emptyKoperasi } from '../../../shared/koperasi/koperasi-schema';
import { exportFrom, importInto, openDevice, snapshotOf, type TestDevice } from '../../test-support/test-devices';
import { mergeBundle } from './merge-bundle';

const NIK = '3674011203900001';

async function withKoperasi() {
  const a = await openDevice('laptop-a');
  const b = await openDevice('laptop-b');
  const k = await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju Bersama', telepon: '0812 1111 2222' });
  await importInto(b, await exportFrom(a));
  return { a, b, k };
}

async function officeImporting(...bundles: Awaited<ReturnType<typeof exportFrom>>[]): Promise<TestDevice> {
  return officeSlicing(undefined, ...bundles);
}

/** An office importing the files in slices of `batchSize` records (the whole table at once when undefined). */
async function officeSlicing(batchSize: number | undefined, ...bundles: Awaited<ReturnType<typeof exportFrom>>[]): Promise<TestDevice> {
  const office = await openDevice('kantor-dinas', Date.parse('2026-11-21T08:00:10.000Z'));
  for (const bundle of bundles) await importInto(office, bundle, batchSize);
  return office;
}

describe('mergeBundle', () => {
  it('imports a laptop into an empty database with its counters, and the same file twice changes nothing', async () => {
    const { a, k } = await withKoperasi();
    await a.repos.anggota.create({ ...emptyAnggota(), nama: 'Siti Aminah', nik: NIK });
    const bundle = await exportFrom(a);
    const office = await openDevice('kantor-dinas');
    const first = await importInto(office, bundle);
    expect(first).toMatchObject({ baru: 2, diperbarui: 0, sama: 0, konflik: 0, digabung: 0 });
    expect((await office.repos.koperasi.get(k.id))?.nama).toBe('Koperasi Maju Bersama');
    expect(await office.repos.anggota.count()).toBe(1);
    const before = await snapshotOf(office);
    const journalBefore = await office.db.journal.count();
    const second = await importInto(office, bundle);
    expect(second).toMatchObject({ baru: 0, diperbarui: 0, sama: 2 });
    expect(await snapshotOf(office)).toEqual(before);
    expect(await office.db.journal.count()).toBe(journalBefore);
  });

  it('counts a person fused into a smaller incoming id as updated, not new, whichever id is smaller', async () => {
    for (const [localId, incomingId] of [
      ['zzz-local', 'aaa-incoming'],
      ['aaa-local', 'zzz-incoming'],
    ] as const) {
      const a = await openDevice('laptop-a');
      const b = await openDevice('laptop-b');
      await a.writes.create('anggota', { ...emptyAnggota(), nama: 'Ahmad Fauzi', nik: NIK, telepon: '0857 1234 5678' }, localId);
      await b.writes.create('anggota', { ...emptyAnggota(), nama: 'Ahmad Fauzi', nik: NIK, pekerjaan: 'Pedagang' }, incomingId);
      const counts = await importInto(a, await exportFrom(b));
      expect(counts.perTabel.anggota).toMatchObject({ baru: 0, diperbarui: 1 });
      expect(counts.digabung).toBe(1);
      expect(await a.repos.anggota.count()).toBe(1);
      expect(await a.db.anggota.get('aaa-local' === localId ? localId : incomingId)).toMatchObject({ telepon: '0857 1234 5678', pekerjaan: 'Pedagang' });
    }
  });

  it('previews and applies a file that fuses many people by NIK, in one transaction that stays open throughout', async () => {
    // Dexie keeps a transaction's zone across a few native awaits only: a fusion that awaited no database request
    // once let the transaction commit midway at 200 same-NIK people (PrematureCommitError in the delta bench).
    const a = await openDevice('laptop-a');
    const b = await openDevice('laptop-b');
    const niks = Array.from({ length: 60 }, (_, i) => `36740112039${String(i + 1).padStart(5, '0')}`);
    await a.writes.bulkCreate(
      'anggota',
      niks.map((nik, i) => ({ ...emptyAnggota(), nama: `Warga Kantor ${i}`, nik })),
      niks.map((_, i) => `m-${i}`),
    );
    await b.writes.bulkCreate(
      'anggota',
      niks.map((nik, i) => ({ ...emptyAnggota(), nama: `Warga Kantor ${i}`, nik, pekerjaan: 'Pedagang' })),
      niks.map((_, i) => (i % 2 === 0 ? `a-${i}` : `z-${i}`)),
    );
    const bundle = await exportFrom(b);
    const preview = await mergeBundle(a.db, bundle, { apply: false, importHlc: '', deviceId: '' });
    expect(preview.digabung).toBe(60);
    const counts = await importInto(a, bundle);
    expect(counts).toMatchObject({ digabung: 60, baru: 0 });
    expect(await a.repos.anggota.count()).toBe(60);
  });

  it('reports progress after every write batch, so the bar moves inside a large table', async () => {
    const a = await openDevice('laptop-a');
    await a.writes.bulkCreate(
      'koperasi',
      Array.from({ length: 45 }, (_, i) => ({ ...emptyKoperasi(), nama: `Koperasi Maju ${i}` })),
    );
    await a.writes.bulkCreate(
      'anggota',
      Array.from({ length: 5 }, (_, i) => ({ ...emptyAnggota(), nama: `Warga ${i}` })),
    );
    const bundle = await exportFrom(a);
    const office = await openDevice('kantor-dinas');
    const reports: [number, number][] = [];
    await mergeBundle(office.db, bundle, {
      apply: true,
      importHlc: office.clock.next(),
      deviceId: office.deviceId,
      batchSize: 10,
      onProgress: (done, total) => reports.push([done, total]),
    });
    // 45 cooperatives in batches of 10: four reports inside the table, then one at its end; then the people's table.
    expect(reports.slice(0, 5)).toEqual([
      [10, 50],
      [20, 50],
      [30, 50],
      [40, 50],
      [45, 50],
    ]);
    expect(reports.at(-1)).toEqual([50, 50]);
    expect(reports.map(([done]) => done)).toEqual([...reports.map(([done]) => done)].sort((x, y) => x - y));
    expect(await office.db.koperasi.count()).toBe(45);
    expect(await office.db.journal.count()).toBe(50);
  });

  it('previews a file in slices into an empty database, its transaction open throughout', async () => {
    const a = await openDevice('laptop-a');
    await a.writes.bulkCreate(
      'koperasi',
      Array.from({ length: 40 }, (_, i) => ({ ...emptyKoperasi(), nama: `Koperasi Maju ${i}` })),
    );
    await a.writes.bulkCreate(
      'anggota',
      Array.from({ length: 40 }, (_, i) => ({ ...emptyAnggota(), nama: `Warga ${i}` })),
    );
    const office = await openDevice('kantor-dinas');
    const counts = await mergeBundle(office.db, await exportFrom(a), { apply: false, importHlc: office.clock.next(), deviceId: office.deviceId, batchSize: 1 });
    expect(counts).toMatchObject({ baru: 80, diperbarui: 0, sama: 0 });
    expect(await office.db.koperasi.count()).toBe(0);
  });

  it('previews without writing anything', async () => {
    const { a } = await withKoperasi();
    const office = await openDevice('kantor-dinas');
    const counts = await mergeBundle(office.db, await exportFrom(a), { apply: false, importHlc: office.clock.next(), deviceId: office.deviceId });
    expect(counts.baru).toBe(1);
    expect(await office.db.koperasi.count()).toBe(0);
    expect(await office.db.journal.count()).toBe(0);
  });

  it('keeps the newest value per field, and puts a field changed on two laptops to different values in the conflict list, in either order', async () => {
    const { a, b, k } = await withKoperasi();
    a.advance(1000);
    await a.writes.update('koperasi', k.id, { telepon: '0812 3333 4444', alamat: 'Jl. Merdeka 1' });
    b.advance(2000);
    await b.writes.update('koperasi', k.id, { telepon: '0813 5555 6666' });
    const [fromA, fromB] = [await exportFrom(a), await exportFrom(b)];
    const ab = await officeImporting(fromA, fromB);
    const ba = await officeImporting(fromB, fromA);
    expect(await snapshotOf(ab)).toEqual(await snapshotOf(ba));
    const merged = await ab.repos.koperasi.get(k.id);
    expect(merged).toMatchObject({ telepon: '0813 5555 6666', alamat: 'Jl. Merdeka 1' });
    const konflik = await ab.db.konflik.toArray();
    expect(konflik).toHaveLength(1);
    expect(konflik[0]).toMatchObject({ tabel: 'koperasi', recordId: k.id, field: 'telepon' });
    expect(konflik[0]!.versions.map((v) => v.value)).toEqual(['0812 3333 4444']);
  });

  it('lists the conflict with both values, who and when, and a choice becomes a change every laptop accepts', async () => {
    const { a, b, k } = await withKoperasi();
    a.advance(1000);
    await a.writes.update('koperasi', k.id, { telepon: '0812 3333 4444' });
    b.advance(2000);
    await b.writes.update('koperasi', k.id, { telepon: '0813 5555 6666' });
    const office = await officeImporting(await exportFrom(a), await exportFrom(b));
    const [item] = await office.repos.konflik.list();
    expect(item).toMatchObject({ tabel: 'koperasi', recordId: k.id, field: 'telepon', judul: 'Koperasi Maju Bersama' });
    expect(item!.versions.map((v) => [v.value, v.deviceId, v.dipakai])).toEqual([
      ['0813 5555 6666', 'laptop-b', true],
      ['0812 3333 4444', 'laptop-a', false],
    ]);
    await office.repos.konflik.resolve(item!.id, item!.versions[1]!.clock);
    expect((await office.repos.koperasi.get(k.id))?.telepon).toBe('0812 3333 4444');
    expect(await office.repos.konflik.list()).toEqual([]);
    // The choice travels: laptop B takes it without a conflict of its own, and re-importing B's file changes nothing.
    await importInto(b, await exportFrom(office));
    expect((await b.repos.koperasi.get(k.id))?.telepon).toBe('0812 3333 4444');
    expect(await b.repos.konflik.list()).toEqual([]);
    await importInto(office, await exportFrom(b));
    expect(await office.repos.konflik.list()).toEqual([]);
  });

  it('does not call a change made after seeing the other a conflict', async () => {
    const { a, b, k } = await withKoperasi();
    a.advance(1000);
    await a.writes.update('koperasi', k.id, { telepon: '0812 3333 4444' });
    await importInto(b, await exportFrom(a));
    b.advance(5000);
    await b.writes.update('koperasi', k.id, { telepon: '0813 5555 6666' });
    await b.writes.update('koperasi', k.id, { telepon: '0813 7777 8888' });
    const office = await officeImporting(await exportFrom(a), await exportFrom(b));
    expect((await office.repos.koperasi.get(k.id))?.telepon).toBe('0813 7777 8888');
    expect(await office.db.konflik.count()).toBe(0);
  });

  it('never brings a deleted record back from an older file', async () => {
    const { a, b, k } = await withKoperasi();
    const old = await exportFrom(b);
    a.advance(1000);
    await a.writes.remove('koperasi', k.id);
    const office = await officeImporting(await exportFrom(a), old);
    expect((await office.db.koperasi.get(k.id))?.deleted).toBe(1);
    expect((await office.repos.koperasi.getSummary()).total).toBe(0);
  });

  it('makes one person of one NIK registered on two laptops, with roles, check-ins and invitations re-pointed, in either order', async () => {
    const { a, b, k } = await withKoperasi();
    const kegiatan = await a.repos.kegiatan.create({
      ...emptyKegiatan(),
      judul: 'Sosialisasi BPJS',
      tanggal: '2026-11-21',
      jamMulai: '09:00',
      tempat: 'Aula',
      undangan: [{ koperasiId: k.id, perwakilan: [], jumlahPerwakilan: 2 }],
    });
    await importInto(b, await exportFrom(a));
    const onA = await a.repos.anggota.create({ ...emptyAnggota(), nama: 'Siti Aminah', nik: NIK, telepon: '0812 1234 5678' });
    const onB = await b.repos.anggota.create({ ...emptyAnggota(), nama: 'Siti Aminah', nik: NIK, alamat: 'Jl. Mawar 2' });
    await a.writes.create('peran', { anggotaId: onA.id, koperasiId: k.id, peran: 'anggota', jabatan: '', mulai: '', selesai: '', catatan: '' });
    await b.writes.create('peran', { anggotaId: onB.id, koperasiId: k.id, peran: 'pengurus', jabatan: 'Bendahara', mulai: '', selesai: '', catatan: '' });
    await a.writes.update('kegiatan', kegiatan.id, { undangan: [{ koperasiId: k.id, perwakilan: [onA.id], jumlahPerwakilan: 2 }] });
    await a.repos.kehadiran.checkIn({ kegiatanId: kegiatan.id, anggotaId: onA.id, koperasiId: k.id, petugas: 'A' });
    await b.repos.kehadiran.checkIn({ kegiatanId: kegiatan.id, anggotaId: onB.id, koperasiId: k.id, petugas: 'B' });
    const [fromA, fromB] = [await exportFrom(a), await exportFrom(b)];
    const ab = await officeImporting(fromA, fromB);
    const ba = await officeImporting(fromB, fromA);
    expect(await snapshotOf(ab)).toEqual(await snapshotOf(ba));

    const survivor = [onA.id, onB.id].sort()[0]!;
    const people = await ab.db.anggota.toArray();
    expect(people.map((p) => p.id)).toEqual([survivor]);
    expect(people[0]).toMatchObject({ nik: NIK, telepon: '0812 1234 5678', alamat: 'Jl. Mawar 2' });
    expect(await ab.repos.anggota.count()).toBe(1);
    expect((await ab.db.peran.toArray()).map((p) => p.anggotaId)).toEqual([survivor, survivor]);
    expect((await ab.db.kehadiran.toArray()).map((h) => h.anggotaId)).toEqual([survivor, survivor]);
    expect(rekapKehadiran(await ab.repos.kehadiran.listForKegiatan(kegiatan.id), []).hadir).toBe(1);
    expect((await ab.repos.kegiatan.get(kegiatan.id))?.undangan[0]?.perwakilan).toEqual([survivor]);
    expect(await ab.db.alias.toArray()).toEqual([{ table: 'anggota', id: [onA.id, onB.id].sort()[1], into: survivor }]);

    // The laptops learn the fusion from the office and end with the same person.
    await importInto(a, await exportFrom(ab));
    expect((await a.db.anggota.toArray()).map((p) => p.id)).toEqual([survivor]);
    expect((await a.db.kehadiran.toArray()).every((h) => h.anggotaId === survivor)).toBe(true);
  });

  it('re-points the roles and check-ins stored here of a person fused away when those tables merge in slices', async () => {
    const { a, b, k } = await withKoperasi();
    const kegiatan = await a.repos.kegiatan.create({ ...emptyKegiatan(), judul: 'Sosialisasi BPJS', tanggal: '2026-11-21', jamMulai: '09:00', tempat: 'Aula' });
    await importInto(b, await exportFrom(a));
    await a.writes.create('anggota', { ...emptyAnggota(), nama: 'Siti Aminah', nik: NIK }, 'zzz-di-a');
    await b.writes.create('anggota', { ...emptyAnggota(), nama: 'Siti Aminah', nik: NIK }, 'aaa-di-b');
    const lain = await b.writes.create('anggota', { ...emptyAnggota(), nama: 'Ahmad Fauzi' });
    for (const peran of ['anggota', 'karyawan'] as const) {
      await a.writes.create('peran', { anggotaId: 'zzz-di-a', koperasiId: k.id, peran, jabatan: '', mulai: '', selesai: '', catatan: '' });
      await b.writes.create('peran', { anggotaId: lain.id, koperasiId: k.id, peran, jabatan: '', mulai: '', selesai: '', catatan: '' });
    }
    await a.repos.kehadiran.checkIn({ kegiatanId: kegiatan.id, anggotaId: 'zzz-di-a', koperasiId: k.id, petugas: 'A' });
    const [fromA, fromB] = [await exportFrom(a), await exportFrom(b)];
    const sliced = await officeSlicing(1, fromA, fromB);
    expect(await snapshotOf(sliced)).toEqual(await snapshotOf(await officeImporting(fromA, fromB)));
    expect(
      (await sliced.db.peran.where('anggotaId').equals('aaa-di-b').count()) + (await sliced.db.kehadiran.where('anggotaId').equals('aaa-di-b').count()),
    ).toBe(3);
    expect(await sliced.db.anggota.get('zzz-di-a')).toBeUndefined();
  });

  it('keeps an alias final: a NIK corrected under the merged-away id lands on the survivor, in either order (issue 12)', async () => {
    const NIK2 = '3674015506850002';
    const a = await openDevice('laptop-a');
    const b = await openDevice('laptop-b', Date.parse('2026-11-21T08:00:01.000Z'));
    const k = await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju Bersama' });
    await a.writes.create('anggota', { ...emptyAnggota(), nama: 'Siti Aminah', nik: NIK }, 'zz-a');
    await a.writes.create('peran', { anggotaId: 'zz-a', koperasiId: k.id, peran: 'anggota', jabatan: '', mulai: '', selesai: '', catatan: '' }, 'peran-a');
    await b.writes.create('anggota', { ...emptyAnggota(), nama: 'Siti Aminah', nik: NIK }, 'aa-b');
    await importInto(b, await exportFrom(a));
    expect(await b.db.alias.toArray()).toEqual([{ table: 'anggota', id: 'zz-a', into: 'aa-b' }]);
    // A has not heard of the fusion and corrects zz-a's NIK.
    a.advance(10_000);
    await a.repos.anggota.update('zz-a', { nik: NIK2 });
    const [fromA, fromB] = [await exportFrom(a), await exportFrom(b)];

    const ab = await officeImporting(fromA, fromB);
    const ba = await officeImporting(fromB, fromA);
    expect(await snapshotOf(ab)).toEqual(await snapshotOf(ba));
    const people = await ab.db.anggota.toArray();
    expect(people.map((p) => [p.id, p.nik])).toEqual([['aa-b', NIK2]]);
    expect(people[0]!.nikDikenal).toEqual([NIK]);
    expect((await ab.db.peran.toArray()).map((r) => r.anggotaId)).toEqual(['aa-b']);
    // The same file again changes nothing, and a laptop taking the office's file back ends with the office's data.
    expect(await importInto(ab, fromA)).toMatchObject({ baru: 0, diperbarui: 0 });
    expect(await importInto(ab, fromB)).toMatchObject({ baru: 0, diperbarui: 0 });
    await importInto(a, await exportFrom(ab));
    expect((await snapshotOf(a)).tables).toEqual((await snapshotOf(ab)).tables);
  });

  it('fuses by a NIK a person was known by before a correction, so the outcome does not depend on the order files arrive in', async () => {
    const NIK2 = '3674015506850002';
    const a = await openDevice('laptop-a');
    const b = await openDevice('laptop-b');
    const c = await openDevice('laptop-c');
    await a.writes.create('anggota', { ...emptyAnggota(), nama: 'Siti Aminah', nik: NIK }, 'x-a');
    await importInto(b, await exportFrom(a));
    // A corrects the NIK; B still holds the old copy; C registers someone with the old NIK.
    a.advance(10_000);
    await a.repos.anggota.update('x-a', { nik: NIK2 });
    await c.writes.create('anggota', { ...emptyAnggota(), nama: 'Siti Aminah', nik: NIK, telepon: '0812 1111 2222' }, 'y-c');
    const files = [await exportFrom(a), await exportFrom(b), await exportFrom(c)];
    const orders = [
      [0, 1, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ];
    const offices = [];
    for (const order of orders) offices.push(await officeImporting(...order.map((i) => files[i]!)));
    const first = await snapshotOf(offices[0]!);
    for (const o of offices.slice(1)) expect(await snapshotOf(o)).toEqual(first);
    expect((await offices[0]!.db.anggota.toArray()).map((p) => [p.id, p.nik, p.telepon])).toEqual([['x-a', NIK2, '0812 1111 2222']]);
    expect(first.alias).toEqual([{ table: 'anggota', id: 'y-c', into: 'x-a' }]);
  });
  it('merges a long alias chain in the worst order: every alias ends on the survivor', async () => {
    // Correctness only: a unit test does not time (speed is the bench's). With a plain rewrite this order is
    // quadratic (each new alias lands on a group whose survivor moved); union–find makes it linear.
    const office = await openDevice('kantor-dinas');
    const id = (n: number) => `p${String(n).padStart(6, '0')}`;
    const N = 5_000;
    const alias = Array.from({ length: N }, (_, n) => ({ table: 'anggota' as const, id: id(n + 1), into: id(n) })).reverse();
    const empty = await exportFrom(await openDevice('laptop-a'));
    await mergeBundle(office.db, { tables: empty.tables, alias }, { apply: true, importHlc: office.clock.next(), deviceId: office.deviceId });
    const stored = await office.db.alias.toArray();
    expect(stored).toHaveLength(N);
    expect(stored.every((a) => a.into === id(0))).toBe(true);
  });
});
