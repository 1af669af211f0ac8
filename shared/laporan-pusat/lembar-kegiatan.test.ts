import { describe, expect, it } from 'vitest';
import { dataContoh, hadir, kegiatan, label } from '../test-support/contoh-data-laporan';
import { hadirPerOrang } from './hadir-per-orang';
import { semuaBaris } from './lembar';
import { lembarKegiatan } from './lembar-kegiatan';
import { lembarKehadiran } from './lembar-kehadiran';

describe('lembarKegiatan and lembarKehadiran', () => {
  it('gives each event its invitations and its attendance in distinct people, by date', () => {
    const d = dataContoh();
    const l = lembarKegiatan([kegiatan('g2', { tanggal: '2026-12-01' }), ...d.kegiatan.filter((g) => g.id === 'g1')], d.kehadiran, label);
    const col = (judul: string) => l.kolom.findIndex((k) => k.judul === judul);
    expect(semuaBaris(l).map((r) => [r[col('No')], r[col('Tanggal')], r[col('Judul Kegiatan')], r[col('Status')]])).toEqual([
      [1, new Date('2026-11-14'), 'Sosialisasi g1', 'Selesai'],
      [2, new Date('2026-12-01'), 'Sosialisasi g2', 'Selesai'],
    ]);
    const g1 = semuaBaris(l)[0]!;
    expect([
      g1[col('Koperasi Diundang')],
      g1[col('Perwakilan Diundang')],
      g1[col('Hadir (orang)')],
      g1[col('Koperasi Hadir')],
      g1[col('Pendaftar di Tempat')],
      g1[col('Ingin Mendaftar')],
    ]).toEqual([1, 3, 2, 1, 1, 1]);
    // a1 was named and came; a3 walked in for no cooperative.
    expect(['Undangan Bernama', 'Undangan hadir', 'Perwakilan lain dari koperasi undangan', 'Peserta tanpa undangan'].map((j) => g1[col(j)])).toEqual([
      1, 1, 0, 1,
    ]);
    expect(semuaBaris(l)[1]!.slice(col('Hadir (orang)'))).toEqual([0, 1, 0, 0, 0, 0, 0, 0]);
  });

  it('lists each person once per event, in order of arrival, with the cooperative and the first check-in in WIB', () => {
    const d = dataContoh();
    const rows = [...d.kehadiran, hadir('h9', 'g1', 'a2', { waktu: '2026-11-14T01:00:00.000Z' })];
    const l = lembarKehadiran(
      hadirPerOrang(rows),
      new Map(d.kegiatan.map((g) => [g.id, g])),
      new Map(d.orang.map((o) => [o.id, o])),
      new Map(d.koperasi.map((k) => [k.id, k])),
      false,
    );
    expect(l.kolom.map((k) => k.judul)).toEqual([
      'No',
      'Tanggal Kegiatan',
      'Kegiatan',
      'NIK',
      'Nama',
      'Koperasi',
      'Check-in Pertama',
      'Pendaftar di Tempat',
      'Ingin Mendaftar',
    ]);
    expect(semuaBaris(l)).toEqual([
      [
        1,
        new Date('2026-11-14'),
        'Sosialisasi g1',
        '3674********0002',
        'Budi Santoso',
        'Koperasi Karyawan Maju Bersama',
        new Date('2026-11-14T08:00:00.000Z'),
        'Tidak',
        'Tidak',
      ],
      [
        2,
        new Date('2026-11-14'),
        'Sosialisasi g1',
        '3674********0001',
        'Siti Aminah',
        'Koperasi Karyawan Maju Bersama',
        new Date('2026-11-14T09:05:00.000Z'),
        'Tidak',
        'Ya',
      ],
      [3, new Date('2026-11-14'), 'Sosialisasi g1', '', '+62 812 walk-in', '', new Date('2026-11-14T10:00:00.000Z'), 'Ya', 'Tidak'],
    ]);
  });
});
