import { describe, expect, it } from 'vitest';
import { KopLindungDb } from './database';
import { bacaRingkasan } from './ringkasan-capaian';
import { schemaVersions } from './schema-versions';

/**
 * The database's half of an update over an older install (docs/pembaruan.md); the settings file's half is
 * electron/main/settings/settings-migration.test.ts. Frozen copies of every released schema version. Editing an old entry in schema-versions.ts fails here: laptops in
 * the field hold databases at every version, so history is only ever appended to.
 */
const released: Record<number, Record<string, string | null>> = {
  1: { koperasi: 'id, namaSort, *searchTokens, kecamatanKode, changedAt', journal: '++seq, [table+recordId]', meta: 'key' },
  2: {
    anggota: 'id, [namaSort+id], *searchTokens, &nikKey, kecamatanKode, changedAt',
    peran: 'id, anggotaId, koperasiId, changedAt',
    kepesertaan: 'id, anggotaId, koperasiId, antrian, antrianKoperasi, changedAt',
  },
  3: {
    kegiatan: 'id, tanggal, changedAt',
    kehadiran: 'id, [kegiatanId+anggotaId], anggotaId, changedAt',
    cetakan: 'id, refId, waktu, changedAt',
    peran: 'id, anggotaId, koperasiId, [koperasiId+peran], changedAt',
  },
  4: { konflik: 'id, [tabel+recordId]', alias: 'id, into', ekspor: 'id, waktu, tujuan', impor: 'id, waktu, [deviceId+nomorEkspor]' },
  5: { anggota: 'id, [namaSort+id], *searchTokens, &nikKey, *nikSemua, kecamatanKode, changedAt' },
  6: {
    perjanjian: 'id, changedAt',
    program: 'id, changedAt',
    target: 'id, programId, changedAt',
    keikutsertaan: 'id, programId, koperasiId, changedAt',
    kegiatan: 'id, tanggal, programId, changedAt',
  },
  7: {},
  8: { anggota: 'id, [namaSort+id], *searchTokens, &nikKey, *nikSemua, namaTanpaNik, kecamatanKode, changedAt' },
  9: { kepesertaan: 'id, anggotaId, koperasiId, antrian, antrianKoperasi, antrianKecamatan, changedAt' },
  10: {},
};

describe('database migrations', () => {
  it('keeps every released schema version unchanged and numbers versions in order', () => {
    for (const [version, stores] of Object.entries(released)) {
      expect(schemaVersions.find((v) => v.version === Number(version))?.stores).toEqual(stores);
    }
    schemaVersions.forEach((v, i) => expect(v.version).toBe(i + 1));
  });

  it('upgrades a database from every earlier version to the latest, keeping its records', async () => {
    const latest = schemaVersions.at(-1)!.version;
    for (let from = 1; from <= latest; from++) {
      const name = `migrate-${from}-${Date.now()}`;
      const old = new KopLindungDb(name, from);
      await old.open();
      await old.table('koperasi').put({ id: 'k1', nama: 'Koperasi Lama', namaSort: 'koperasi lama', searchTokens: ['koperasi', 'lama'], deleted: 0 });
      await old.table('journal').add({ table: 'koperasi', recordId: 'k1', hlc: 'x', deviceId: 'd', op: 'create', changes: {} });
      old.close();

      const db = new KopLindungDb(name);
      await db.open();
      expect(db.verno).toBe(latest);
      expect((await db.koperasi.get('k1'))?.nama).toBe('Koperasi Lama');
      // The live-record counters (from version 2) count what an older database already held.
      expect((await db.meta.get('jumlah:koperasi'))?.value).toBe(from < 2 ? 1 : undefined);
      expect(await db.journal.where('[table+recordId]').equals(['koperasi', 'k1']).count()).toBe(1);
      db.close();
    }
  });

  it('indexes the people of a version-4 database by their NIK for the merge', async () => {
    const name = `migrate-nik-${Date.now()}`;
    const old = new KopLindungDb(name, 4);
    await old.open();
    await old.table('anggota').bulkPut([
      { id: 'a1', nama: 'Siti Aminah', nik: '3674011203900001', nikKey: '3674011203900001', searchTokens: [], deleted: 0 },
      { id: 'a2', nama: 'Tamu', nik: '', searchTokens: [], deleted: 0 },
    ]);
    old.close();
    const db = new KopLindungDb(name);
    await db.open();
    expect(await db.anggota.where('nikSemua').equals('3674011203900001').primaryKeys()).toEqual(['a1']);
    expect((await db.anggota.get('a2'))?.nikSemua).toEqual([]);
    db.close();
  });

  it('gives the events of a version-5 database no program yet, keeping their free-text program', async () => {
    const name = `migrate-program-${Date.now()}`;
    const old = new KopLindungDb(name, 5);
    await old.open();
    await old.table('kegiatan').put({ id: 'e1', judul: 'Sosialisasi BPJS', program: 'MoU Kemenkop–BPJS', tanggal: '2026-03-05', deleted: 0 });
    old.close();
    const db = new KopLindungDb(name);
    await db.open();
    expect(await db.kegiatan.get('e1')).toMatchObject({ program: 'MoU Kemenkop–BPJS', programId: '' });
    expect(await db.kegiatan.where('programId').equals('').primaryKeys()).toEqual(['e1']);
    expect(await db.target.count()).toBe(0);
    db.close();
  });

  it('builds the achievement summaries of a version-6 database from the enrollments, roles and check-ins it holds', async () => {
    const name = `migrate-ringkasan-${Date.now()}`;
    const old = new KopLindungDb(name, 6);
    await old.open();
    await old.table('kepesertaan').bulkPut([
      { id: 'e1', koperasiId: 'k1', anggotaId: 'a1', status: 'terdaftar', statusSejak: '2026-03-05T02:00:00.000Z', deleted: 0 },
      { id: 'e2', koperasiId: 'k1', anggotaId: 'a2', status: 'draf', statusSejak: '2026-03-05T02:00:00.000Z', deleted: 1 },
    ]);
    await old.table('peran').put({ id: 'p1', koperasiId: 'k1', anggotaId: 'a1', peran: 'karyawan', deleted: 0 });
    await old.table('kehadiran').put({ id: 'h1', koperasiId: 'k2', anggotaId: 'a3', kegiatanId: 'g1', inginMendaftar: false, deleted: 0 });
    old.close();
    const db = new KopLindungDb(name);
    await db.open();
    const rows = await bacaRingkasan(db);
    expect([...rows.keys()].sort()).toEqual(['k1', 'k2']);
    expect(rows.get('k1')).toMatchObject({ kepesertaan: { anggotaId: ['a1'], terdaftar: ['2026-03-05'] }, peran: { anggotaId: ['a1'], kode: [0] } });
    expect(rows.get('k2')!.kehadiran).toEqual({ kegiatanId: ['g1'], anggotaId: ['a3'], ingin: [0] });
    db.close();
  });

  it("files the enrollments of a version-8 database under their cooperative's kecamatan, gives roles their person's name and sex, and counts its cooperatives", async () => {
    const name = `migrate-kecamatan-${Date.now()}`;
    const old = new KopLindungDb(name, 8);
    await old.open();
    await old.table('koperasi').bulkPut([
      { id: 'k1', nama: 'KSP Maju', kecamatanKode: '36.74.01', status: 'aktif', statusBpjs: 'terdaftar', kelompok: 'Pedagang', deleted: 0 },
      { id: 'k2', nama: 'KUD Lama', kecamatanKode: '36.74.02', status: 'tidak_aktif', statusBpjs: 'belum', kelompok: 'Pedagang', deleted: 0 },
      { id: 'k3', nama: 'Terhapus', kecamatanKode: '36.74.02', status: 'aktif', statusBpjs: 'belum', kelompok: 'Nelayan', deleted: 1 },
    ]);
    await old.table('kepesertaan').bulkPut([
      { id: 'e1', koperasiId: 'k1', anggotaId: 'a1', status: 'draf', statusSejak: '2026-03-05T02:00:00.000Z', deleted: 0 },
      { id: 'e2', koperasiId: 'k2', anggotaId: 'a2', status: 'diajukan', statusSejak: '2026-03-06T02:00:00.000Z', deleted: 0 },
      { id: 'e3', koperasiId: 'k1', anggotaId: 'a3', status: 'draf', statusSejak: '2026-03-04T02:00:00.000Z', deleted: 1 },
      { id: 'e4', koperasiId: 'k-hilang', anggotaId: 'a4', status: 'draf', statusSejak: '2026-03-04T02:00:00.000Z', deleted: 0 },
      { id: 'e5', koperasiId: 'k3', anggotaId: 'a5', status: 'draf', statusSejak: '2026-03-07T02:00:00.000Z', deleted: 0 },
    ]);
    await old.table('anggota').bulkPut([
      { id: 'a1', nama: 'Ahmad Yani', namaSort: 'ahmad yani', jenisKelamin: 'L', nik: '', searchTokens: [], deleted: 0 },
      { id: 'a2', nama: 'Dihapus', jenisKelamin: 'P', nik: '', searchTokens: [], deleted: 1 },
    ]);
    await old.table('peran').bulkPut([
      { id: 'p1', koperasiId: 'k1', anggotaId: 'a1', peran: 'anggota', deleted: 0 },
      { id: 'p2', koperasiId: 'k1', anggotaId: 'a2', peran: 'anggota', deleted: 0 },
      { id: 'p3', koperasiId: 'k1', anggotaId: 'a-hilang', peran: 'anggota', deleted: 0 },
    ]);
    old.close();
    const db = new KopLindungDb(name);
    await db.open();
    expect(
      await db.kepesertaan.where('antrianKecamatan').between(['36.74.01', 'draf', '', ''], ['36.74.01', 'draf', '\uffff', '\uffff']).primaryKeys(),
    ).toEqual(['e1']);
    expect(await db.kepesertaan.where('antrianKecamatan').between(['36.74.02', '', '', ''], ['36.74.02', '\uffff', '', '']).primaryKeys()).toEqual([
      'e2',
      'e5',
    ]);
    expect((await db.kepesertaan.get('e2'))?.antrianKecamatan).toEqual(['36.74.02', 'diajukan', '2026-03-06T02:00:00.000Z', 'k2']);
    expect((await db.kepesertaan.get('e4'))?.antrianKecamatan).toBeUndefined();
    expect((await db.peran.bulkGet(['p1', 'p2', 'p3'])).map((p) => p?.orangRoster)).toEqual([['ahmad yani', 'L'], undefined, undefined]);
    const meta = Object.fromEntries((await db.meta.where('key').startsWith('jumlah:koperasi:').toArray()).map((r) => [r.key, r.value]));
    expect(meta).toEqual({
      'jumlah:koperasi:status:aktif': 1,
      'jumlah:koperasi:status:tidak_aktif': 1,
      'jumlah:koperasi:bpjs:terdaftar': 1,
      'jumlah:koperasi:bpjs:belum': 1,
      'jumlah:koperasi:kelompok:Pedagang': 2,
    });
    // Filed by version 9, then counted by version 10 (the next test): one upgrade runs after the other.
    const antrian = Object.fromEntries((await db.meta.where('key').startsWith('jumlah:antrianKecamatan:').toArray()).map((r) => [r.key, r.value]));
    expect(antrian).toEqual({
      'jumlah:antrianKecamatan:36.74.01:draf': 1,
      'jumlah:antrianKecamatan:36.74.02:diajukan': 1,
      'jumlah:antrianKecamatan:36.74.02:draf': 1,
    });
    db.close();
  });

  it('counts the enrollments of a version-9 database per kecamatan and status, as its index ranges hold them', async () => {
    const name = `migrate-jumlah-kecamatan-${Date.now()}`;
    const old = new KopLindungDb(name, 9);
    await old.open();
    const filed = (id: string, kecamatan: string, status: string, deleted: 0 | 1 = 0) => ({
      id,
      koperasiId: 'k1',
      anggotaId: `a-${id}`,
      status,
      statusSejak: '2026-03-05T02:00:00.000Z',
      deleted,
      ...(deleted === 0 ? { antrianKecamatan: [kecamatan, status, '2026-03-05T02:00:00.000Z', 'k1'] } : {}),
    });
    await old
      .table('kepesertaan')
      .bulkPut([
        filed('e1', '36.74.01', 'draf'),
        filed('e2', '36.74.01', 'draf'),
        filed('e3', '36.74.01', 'terdaftar'),
        filed('e4', '36.74.02', 'ditolak'),
        filed('e5', '36.74.01', 'draf', 1),
        { id: 'e6', koperasiId: 'k-hilang', anggotaId: 'a6', status: 'draf', statusSejak: '2026-03-05T02:00:00.000Z', deleted: 0 },
      ]);
    old.close();
    const db = new KopLindungDb(name);
    await db.open();
    const meta = Object.fromEntries((await db.meta.where('key').startsWith('jumlah:antrianKecamatan:').toArray()).map((r) => [r.key, r.value]));
    expect(meta).toEqual({
      'jumlah:antrianKecamatan:36.74.01:draf': 2,
      'jumlah:antrianKecamatan:36.74.01:terdaftar': 1,
      'jumlah:antrianKecamatan:36.74.02:ditolak': 1,
    });
    const range = (kode: string, status: string) =>
      db.kepesertaan.where('antrianKecamatan').between([kode, status, '', ''], [kode, status, '\uffff', '\uffff']).count();
    expect(await range('36.74.01', 'draf')).toBe(2);
    expect(await range('36.74.02', 'ditolak')).toBe(1);
    db.close();
  });
});
