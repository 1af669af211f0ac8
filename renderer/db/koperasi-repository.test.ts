import { describe, expect, it } from 'vitest';
import { emptyKoperasi, type Koperasi } from '../../shared/koperasi/koperasi-schema';
import { KoperasiRepository } from './koperasi-repository';
import { openTestDb } from '../test-support/test-db';

const rows: Partial<Koperasi>[] = [
  { nama: 'Koperasi Simpan Pinjam Sejahtera', jenis: 'simpan_pinjam', kecamatanKode: '36.74.01', kelompok: 'KPRI', nomorIndukKoperasi: '3674010000000001' },
  { nama: 'KUD Sumber Tani', jenis: 'produsen', kecamatanKode: '36.74.02', kelompok: 'KUD', nomorBadanHukum: 'AHU-0001248.AH.01.26.TAHUN 2024' },
  { nama: 'Koperasi Karyawan Sejahtera Abadi', jenis: 'konsumen', kecamatanKode: '36.74.01', kelompok: 'Koperasi Karyawan', status: 'tidak_aktif' },
  { nama: 'Koperasi Pasar Bersama', jenis: 'jasa', kecamatanKode: '36.74.03', kelompok: 'Koperasi Pasar Baru' },
];

async function seeded() {
  const { db, writes } = await openTestDb();
  const repo = new KoperasiRepository(db, writes);
  const created = await writes.bulkCreate(
    'koperasi',
    rows.map((r) => ({ ...emptyKoperasi(), ...r }) as Koperasi),
  );
  return { repo, created };
}
const names = (list: { nama: string }[]) => list.map((k) => k.nama);

describe('the cooperative registry', () => {
  it('lists every live cooperative sorted by name when nothing is typed', async () => {
    const { repo } = await seeded();
    expect(names(await repo.search({ query: '' }))).toEqual([
      'Koperasi Karyawan Sejahtera Abadi',
      'Koperasi Pasar Bersama',
      'Koperasi Simpan Pinjam Sejahtera',
      'KUD Sumber Tani',
    ]);
  });

  it('searches by name words, Nomor Induk Koperasi and nomor badan hukum', async () => {
    const { repo } = await seeded();
    expect(names(await repo.search({ query: 'sejah' }))).toEqual(['Koperasi Karyawan Sejahtera Abadi', 'Koperasi Simpan Pinjam Sejahtera']);
    expect(names(await repo.search({ query: 'sejahtera simpan' }))).toEqual(['Koperasi Simpan Pinjam Sejahtera']);
    expect(names(await repo.search({ query: '3674010000000001' }))).toEqual(['Koperasi Simpan Pinjam Sejahtera']);
    expect(names(await repo.search({ query: 'AHU-0001248' }))).toEqual(['KUD Sumber Tani']);
    expect(await repo.search({ query: 'tidakada' })).toEqual([]);
  });

  it('filters by jenis, kelompok, kecamatan and status, alone or with a query', async () => {
    const { repo } = await seeded();
    expect(names(await repo.search({ query: '', kecamatanKode: '36.74.01' }))).toEqual([
      'Koperasi Karyawan Sejahtera Abadi',
      'Koperasi Simpan Pinjam Sejahtera',
    ]);
    expect(names(await repo.search({ query: 'sejahtera', status: 'aktif' }))).toEqual(['Koperasi Simpan Pinjam Sejahtera']);
    expect(names(await repo.search({ query: '', jenis: 'produsen' }))).toEqual(['KUD Sumber Tani']);
    expect(names(await repo.search({ query: '', kelompok: 'KPRI' }))).toEqual(['Koperasi Simpan Pinjam Sejahtera']);
  });

  it('with a limit, gives the first of the full search by name, for every shape of query and filter', async () => {
    const { db, writes } = await openTestDb();
    const repo = new KoperasiRepository(db, writes);
    const words = ['Sejahtera', 'Makmur', 'Melati', 'Tani', 'Bersama', 'Karya', 'Kencana', 'Abadi'];
    const made = await writes.bulkCreate(
      'koperasi',
      Array.from(
        { length: 160 },
        (_, i) =>
          ({
            ...emptyKoperasi(),
            // Every 16th name repeats an earlier one: equal names must come in the same order both ways.
            nama: `${i % 3 === 0 ? 'KUD' : 'Koperasi'} ${words[i % 8]} ${words[(i * 5 + (i % 16 === 0 ? 0 : 1)) % 8]}`,
            jenis: i % 4 === 0 ? 'produsen' : 'simpan_pinjam',
            status: i % 7 === 0 ? 'tidak_aktif' : 'aktif',
            kecamatanKode: `36.74.0${i % 3}`,
          }) as Koperasi,
      ),
    );
    for (const k of made.filter((_, i) => i % 11 === 0)) await writes.remove('koperasi', k.id);
    let compared = 0;
    for (const query of ['k', 'ko', 'koperasi', 'kud', 'sejah', 'melati t', 'tani karya', 'abadi kencana', 'x', 'mak']) {
      for (const filters of [{}, { jenis: 'produsen' as const }, { status: 'tidak_aktif' as const, kecamatanKode: '36.74.01' }]) {
        for (const limit of [1, 8, 30]) {
          const full = (await repo.search({ query, ...filters })).slice(0, limit).map((k) => k.id);
          const cut = (await repo.search({ query, ...filters, limit })).map((k) => k.id);
          expect({ query, filters, limit, ids: cut }).toEqual({ query, filters, limit, ids: full });
          if (full.length > 0) compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('hides a deleted cooperative everywhere and shows it again after undo', async () => {
    const { repo, created } = await seeded();
    const kud = created.find((k) => k.nama === 'KUD Sumber Tani')!;
    await repo.remove(kud.id);
    expect(names(await repo.search({ query: '' }))).not.toContain('KUD Sumber Tani');
    expect(await repo.search({ query: 'tani' })).toEqual([]);
    expect(await repo.get(kud.id)).toBeUndefined();
    await repo.restore(kud.id);
    expect(names(await repo.search({ query: 'tani' }))).toEqual(['KUD Sumber Tani']);
  });

  it('offers the suggested kelompok plus those already in use', async () => {
    const { repo } = await seeded();
    const options = await repo.listKelompok();
    expect(options).toContain('KUD');
    expect(options).toContain('Koperasi Pasar Baru');
    expect(new Set(options).size).toBe(options.length);
  });

  it('reads kelompok options and the home page counts from counters that follow edits, deletes and restores', async () => {
    const { repo, created } = await seeded();
    const pasar = created[3]!;
    expect(await repo.getSummary()).toEqual({ total: 4, aktif: 3, terdaftarBpjs: 0 });
    await repo.update(pasar.id, { kelompok: 'Koperasi Pedagang Kaki Lima', statusBpjs: 'terdaftar' });
    let options = await repo.listKelompok();
    expect(options).toContain('Koperasi Pedagang Kaki Lima');
    expect(options).not.toContain('Koperasi Pasar Baru');
    expect(await repo.getSummary()).toEqual({ total: 4, aktif: 3, terdaftarBpjs: 1 });
    await repo.remove(pasar.id);
    expect(await repo.listKelompok()).not.toContain('Koperasi Pedagang Kaki Lima');
    expect(await repo.getSummary()).toEqual({ total: 3, aktif: 2, terdaftarBpjs: 0 });
    await repo.restore(pasar.id);
    await repo.update(created[2]!.id, { status: 'aktif' });
    options = await repo.listKelompok();
    expect(options).toContain('Koperasi Pedagang Kaki Lima');
    expect(options).toEqual([...options].sort((a, b) => a.localeCompare(b, 'id')));
    expect(await repo.getSummary()).toEqual({ total: 4, aktif: 4, terdaftarBpjs: 1 });
  });

  it('keeps the history of a cooperative, newest first', async () => {
    const { repo, created } = await seeded();
    const k = created[0]!;
    await repo.update(k.id, { telepon: '081234567890' });
    const history = await repo.getHistory(k.id);
    expect(history.map((h) => h.op)).toEqual(['update', 'create']);
  });
});
