import { describe, expect, it } from 'vitest';
import { emptyAnggota } from '../../shared/anggota/anggota-schema';
import { emptyKegiatan } from '../../shared/kegiatan/kegiatan-schema';
import { emptyKoperasi } from '../../shared/koperasi/koperasi-schema';
import { exportFrom, importInto, openDevice, snapshotOf } from '../test-support/test-devices';
import { MergeNotAllowedError } from './duplikat-repository';

describe('Kemungkinan duplikat', () => {
  it('finds a walk-in without NIK beside the registered person, fuses them with their check-ins and roles, and the fusion travels', async () => {
    const a = await openDevice('laptop-a');
    const kop = await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju Bersama' });
    const siti = await a.repos.anggota.create({ ...emptyAnggota(), nik: '3674015506850002', nama: 'Siti Aminah', tanggalLahir: '1985-06-15' });
    await a.writes.create('peran', { anggotaId: siti.id, koperasiId: kop.id, peran: 'anggota', jabatan: '', mulai: '', selesai: '', catatan: '' });
    const tamu = await a.repos.anggota.create({ ...emptyAnggota(), nama: 'SITI AMINAH', telepon: '0812 1111 2222' });
    await a.writes.create('peran', { anggotaId: tamu.id, koperasiId: kop.id, peran: 'pengurus', jabatan: 'Bendahara', mulai: '', selesai: '', catatan: '' });
    const e = await a.repos.kegiatan.create({ ...emptyKegiatan(), judul: 'Sosialisasi', tanggal: '2026-11-21', jamMulai: '09:00', tempat: 'Aula' });
    await a.repos.kehadiran.checkIn({ kegiatanId: e.id, anggotaId: tamu.id, koperasiId: kop.id, petugas: 'x' });
    await a.repos.anggota.create({ ...emptyAnggota(), nama: 'Siti Aminah', nik: '3201024107920003' });
    await a.repos.anggota.create({ ...emptyAnggota(), nama: 'Ahmad Fauzi' });

    const b = await openDevice('laptop-b', Date.parse('2026-11-21T09:00:00.000Z'));
    await importInto(b, await exportFrom(a));

    const found = await a.repos.duplikat.list();
    expect(found).toHaveLength(1);
    expect(found[0]!.bukti).toEqual(['koperasi']);
    expect(found[0]!.koperasiBersama).toEqual(['Koperasi Maju Bersama']);
    await expect(a.repos.duplikat.merge(siti.id, (await a.db.anggota.where('nikSemua').equals('3201024107920003').first())!.id)).rejects.toBeInstanceOf(
      MergeNotAllowedError,
    );

    await a.repos.duplikat.merge(found[0]!.a.id, found[0]!.b.id);
    const [survivor, gone] = siti.id < tamu.id ? [siti.id, tamu.id] : [tamu.id, siti.id];
    expect(await a.db.anggota.get(gone)).toBeUndefined();
    expect(await a.db.anggota.get(survivor)).toMatchObject({ nik: '3674015506850002', telepon: '0812 1111 2222', tanggalLahir: '1985-06-15' });
    expect((await a.db.peran.toArray()).every((p) => p.anggotaId === survivor)).toBe(true);
    expect((await a.db.kehadiran.toArray())[0]!.anggotaId).toBe(survivor);
    expect(await a.repos.duplikat.list()).toEqual([]);

    // The other laptop learns the fusion from the next file and ends with the same records.
    await importInto(b, await exportFrom(a));
    expect((await snapshotOf(b)).tables).toEqual((await snapshotOf(a)).tables);
  });

  it('remembers "bukan duplikat"', async () => {
    const a = await openDevice('laptop-a');
    await a.repos.anggota.create({ ...emptyAnggota(), nama: 'Budi', tanggalLahir: '1990-01-01' });
    await a.repos.anggota.create({ ...emptyAnggota(), nama: 'budi', tanggalLahir: '1990-01-01' });
    const [pair] = await a.repos.duplikat.list();
    await a.repos.duplikat.dismiss(pair!.b.id, pair!.a.id);
    expect(await a.repos.duplikat.list()).toEqual([]);
  });

  it('reads only the name groups that hold a person without NIK (the blocking index), which a NIK takes them out of', async () => {
    const a = await openDevice('laptop-a');
    await a.repos.anggota.create({ ...emptyAnggota(), nama: 'Ahmad Fauzi', nik: '3674011203900001', tanggalLahir: '1990-03-12' });
    await a.repos.anggota.create({ ...emptyAnggota(), nama: 'Dewi Lestari', nik: '3674014107920003' });
    const tamu = await a.repos.anggota.create({ ...emptyAnggota(), nama: 'AHMAD  FAUZI', tanggalLahir: '1990-03-12' });
    const progres: [number, number][] = [];
    expect((await a.repos.duplikat.list((done, total) => void progres.push([done, total]))).map((p) => [p.a.nama, p.b.nama].sort())).toEqual([
      ['AHMAD  FAUZI', 'Ahmad Fauzi'],
    ]);
    expect(progres.at(-1)).toEqual([1, 1]);
    await a.writes.update('anggota', tamu.id, { nik: '3674011203900002' });
    expect(await a.db.anggota.orderBy('namaTanpaNik').count()).toBe(0);
    expect(await a.repos.duplikat.list()).toEqual([]);
  });
});
