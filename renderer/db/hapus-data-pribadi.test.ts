import { describe, expect, it } from 'vitest';
import { emptyAnggota } from '../../shared/anggota/anggota-schema';
import { emptyKepesertaan } from '../../shared/kepesertaan/kepesertaan-schema';
import { emptyKoperasi } from '../../shared/koperasi/koperasi-schema';
import { NAMA_TERHAPUS } from '../../shared/anggota/data-pribadi-terhapus';
import { hashNik } from '../../shared/anggota/hash-nik';
import { NikErasedError } from './anggota-repository';
import { exportFrom, importInto, openDevice } from '../test-support/test-devices';

const NIK = '3674011203900001';
const HASH = hashNik(NIK)!;
const PRIBADI = ['Siti Aminah', NIK, '0812 1111 2222', 'Jl. Kenanga 3'];

describe('WritePath.eraseDataPribadi', () => {
  it('blanks the record, its journal values and its conflict versions, keeping only the NIK hash', async () => {
    const a = await openDevice('laptop-a');
    const p = await a.repos.anggota.create({ ...emptyAnggota(), nik: NIK, nama: 'Siti Aminah', telepon: '0812 1111 2222', alamat: 'Jl. Kenanga 3' });
    await a.db.konflik.put({
      id: `anggota/${p.id}/telepon`,
      tabel: 'anggota',
      recordId: p.id,
      field: 'telepon',
      versions: [{ value: '0813', clock: 'x', basis: '' }],
    });
    await a.writes.eraseDataPribadi(p.id);

    const stored = await a.db.anggota.get(p.id);
    expect(stored).toMatchObject({ nama: NAMA_TERHAPUS, nik: '', telepon: '', alamat: '', deleted: 1, nikHashSemua: [HASH] });
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
    await a.writes.eraseDataPribadi(p.id);
    const erased = await exportFrom(a);
    const edited = await exportFrom(b);

    // The office takes the older file again after the erasure: the person stays erased.
    await importInto(a, older);
    await importInto(a, edited);
    await importInto(b, erased);
    for (const d of [a, b]) {
      const stored = await d.db.anggota.get(p.id);
      expect(stored).toMatchObject({ nama: NAMA_TERHAPUS, nik: '', telepon: '', alamat: '', deleted: 1, nikHashSemua: [HASH] });
      const trace = JSON.stringify([await d.db.anggota.toArray(), await d.db.journal.toArray(), await d.db.konflik.toArray()]);
      for (const value of [...PRIBADI, '0813 9999 0000']) expect(trace, d.deviceId).not.toContain(value);
    }
  });

  it('keeps the hash of every NIK the person was known by, and refuses to record such a NIK again here', async () => {
    const a = await openDevice('laptop-a');
    const p = await a.repos.anggota.create({ ...emptyAnggota(), nik: NIK, nama: 'Siti Aminah' });
    const koreksi = '3674015506850002';
    const b = await openDevice('laptop-b', Date.parse('2026-11-21T08:00:05.000Z'));
    // Laptop B met the person under the first NIK, then under the corrected one: it knows them by both.
    await importInto(b, await exportFrom(a));
    await a.repos.anggota.update(p.id, { nik: koreksi });
    await importInto(b, await exportFrom(a));
    await b.repos.anggota.eraseDataPribadi(p.id);
    expect((await b.db.anggota.get(p.id))!.nikHashSemua).toEqual([HASH, hashNik(koreksi)!].sort());
    for (const nik of [NIK, koreksi]) {
      await expect(b.repos.anggota.create({ ...emptyAnggota(), nik, nama: 'Siti Aminah' })).rejects.toBeInstanceOf(NikErasedError);
    }
    expect(await b.repos.anggota.findErasedByNik(NIK)).toMatchObject({ id: p.id });
  });

  it('recognises the same person by the NIK hash: a copy registered elsewhere is erased too, in any order', async () => {
    const a = await openDevice('laptop-a');
    const c = await openDevice('laptop-c', Date.parse('2026-11-21T08:00:07.000Z'));
    const p = await a.repos.anggota.create({ ...emptyAnggota(), nik: NIK, nama: 'Siti Aminah' });
    const before = await exportFrom(a);
    await a.writes.eraseDataPribadi(p.id);
    const erased = await exportFrom(a);
    // Laptop C never heard of either: it registers the same person under its own id.
    await c.repos.anggota.create({ ...emptyAnggota(), nik: NIK, nama: 'Siti Aminah', telepon: '0812 1111 2222' });
    const fromC = await exportFrom(c);
    const results = [];
    for (const order of [
      [before, fromC, erased],
      [erased, fromC, before],
      [fromC, erased, before],
    ]) {
      const office = await openDevice(`kantor-${results.length}`, Date.parse('2026-11-22T08:00:00.000Z'));
      for (const b of order) await importInto(office, b);
      const people = await office.db.anggota.toArray();
      expect(people).toHaveLength(1);
      expect(people[0]).toMatchObject({ nama: NAMA_TERHAPUS, nik: '', telepon: '', deleted: 1, nikHashSemua: [HASH] });
      results.push(people.map(({ changedAt: _c, ...r }) => r));
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });
  it('finds the person when the NIK arrives after an erasure made where it was not yet known', async () => {
    // B registers someone without a NIK and sends them to C; B then adds the NIK, C erases the person, and A
    // registers the same NIK under its own id. Every office order ends with one erased person.
    const [a, b, c] = [
      await openDevice('laptop-a'),
      await openDevice('laptop-b', Date.parse('2026-11-21T08:00:03.000Z')),
      await openDevice('laptop-c', Date.parse('2026-11-21T08:00:05.000Z')),
    ];
    const p = await b.repos.anggota.create({ ...emptyAnggota(), nik: '', nama: 'Siti Aminah' });
    await importInto(c, await exportFrom(b));
    await b.repos.anggota.update(p.id, { nik: NIK });
    await c.repos.anggota.eraseDataPribadi(p.id);
    await a.repos.anggota.create({ ...emptyAnggota(), nik: NIK, nama: 'Siti Aminah' });
    const files = [await exportFrom(a), await exportFrom(b), await exportFrom(c)];
    const results = [];
    for (const order of [
      [0, 1, 2],
      [0, 2, 1],
      [2, 1, 0],
      [1, 2, 0],
    ]) {
      const office = await openDevice(`kantor-${results.length}`, Date.parse('2026-11-22T08:00:00.000Z'));
      for (const i of order) await importInto(office, files[i]!);
      const people = await office.db.anggota.toArray();
      expect(people, order.join()).toHaveLength(1);
      expect(people[0]).toMatchObject({ nik: '', deleted: 1, nikHashSemua: [HASH] });
      results.push([people.map(({ changedAt: _c, ...r }) => r), await office.db.alias.toArray()]);
    }
    for (const r of results.slice(1)) expect(r).toEqual(results[0]);
  });

  it('blanks their name in the print log of documents about them only, and the blanking travels', async () => {
    const a = await openDevice('laptop-a');
    const b = await openDevice('laptop-b', Date.parse('2026-11-21T08:00:05.000Z'));
    const k = await a.repos.koperasi.create({ ...emptyKoperasi(), nama: 'Koperasi Maju Bersama' });
    const p = await a.repos.anggota.create({ ...emptyAnggota(), nik: NIK, nama: 'Siti Aminh' });
    await a.repos.anggota.update(p.id, { nama: 'Siti Aminah' });
    await a.repos.peran.create({ anggotaId: p.id, koperasiId: k.id, peran: 'karyawan', jabatan: '', mulai: '', selesai: '', catatan: '' });
    const e = await a.repos.kepesertaan.create({ ...emptyKepesertaan(p.id, k.id), program: ['JKK', 'JKM', 'JHT'], upah: 3_000_000 });
    const cetak = { cara: 'pdf' as const, jumlahHalaman: 1, petugas: 'Rina', waktu: '2026-11-21T09:00:00.000Z' };
    const formulir = await a.repos.cetakan.create({
      ...cetak,
      jenis: 'formulir_pendaftaran',
      refId: e.id,
      judul: 'Formulir Pendaftaran: Siti Aminh',
      berkas: 'Formulir Pendaftaran - Siti Aminh - 2026-11-21.pdf',
    });
    const akses = await a.repos.cetakan.create({
      ...cetak,
      jenis: 'data_pribadi',
      refId: p.id,
      judul: 'Data Pribadi: Siti Aminah',
      berkas: 'Data Pribadi - Siti Aminah - 2026-11-21.pdf',
    });
    const kolektif = await a.repos.cetakan.create({
      ...cetak,
      jenis: 'daftar_kolektif',
      refId: k.id,
      judul: 'Daftar Kolektif: Koperasi Maju Bersama',
      berkas: 'kolektif.pdf',
    });
    await importInto(b, await exportFrom(a));

    await a.repos.anggota.eraseDataPribadi(p.id);
    expect(await a.db.cetakan.get(formulir.id)).toMatchObject({
      judul: `Formulir Pendaftaran: ${NAMA_TERHAPUS}`,
      berkas: `Formulir Pendaftaran - ${NAMA_TERHAPUS} - 2026-11-21.pdf`,
    });
    expect(await a.db.cetakan.get(akses.id)).toMatchObject({
      judul: `Data Pribadi: ${NAMA_TERHAPUS}`,
      berkas: `Data Pribadi - ${NAMA_TERHAPUS} - 2026-11-21.pdf`,
    });
    expect(await a.db.cetakan.get(kolektif.id)).toMatchObject({ judul: 'Daftar Kolektif: Koperasi Maju Bersama', changedAt: kolektif.changedAt });
    const trace = JSON.stringify([await a.db.cetakan.toArray(), await a.db.journal.toArray()]);
    expect(trace).not.toContain('Siti Amin');

    await importInto(b, await exportFrom(a));
    expect(JSON.stringify([await b.db.cetakan.toArray(), await b.db.journal.toArray()])).not.toContain('Siti Amin');
    expect(await b.db.cetakan.get(akses.id)).toMatchObject({ judul: `Data Pribadi: ${NAMA_TERHAPUS}` });
  });
});
