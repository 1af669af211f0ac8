import { describe, expect, it } from 'vitest';
import type { CadanganInfo } from './cadangan-info';
import { MAKS_PANJANG_RANTAI, pilihDasarCadangan, rantaiCadangan, RantaiCadanganError } from './rantai-cadangan';

const WIB = 420;
const info = (berkas: string, waktu: string, dasar?: string, extra: Partial<CadanganInfo> = {}): CadanganInfo => ({
  berkas,
  waktu: new Date(waktu).toISOString(),
  alasan: 'berkala',
  jenis: dasar ? 'perubahan' : 'semua',
  dasar,
  jumlah: {},
  ukuran: 1,
  sha256: '0',
  diperiksa: true,
  sampai: `s-${berkas}`,
  identitas: 'db-1',
  rantai: 'r-1',
  ...extra,
});

const full = info('full', '2026-12-06T08:00:00+07:00');
const d1 = info('d1', '2026-12-06T09:00:00+07:00', 'full');
const d2 = info('d2', '2026-12-06T10:00:00+07:00', 'd1');

describe('rantaiCadangan', () => {
  it('replays a changes-only backup from its full snapshot, oldest first', () => {
    expect(rantaiCadangan([d2, full, d1], 'd2').map((c) => c.berkas)).toEqual(['full', 'd1', 'd2']);
    expect(rantaiCadangan([d2, full, d1], 'd1').map((c) => c.berkas)).toEqual(['full', 'd1']);
    expect(rantaiCadangan([full], 'full')).toEqual([full]);
  });

  it('refuses a chain with a missing link, naming the backup that lost its base', () => {
    expect(() => rantaiCadangan([d2, full], 'd2')).toThrow(RantaiCadanganError);
    try {
      rantaiCadangan([d2, d1], 'd2');
    } catch (error) {
      expect(error).toMatchObject({ masalah: 'dasar-hilang', berkas: 'd1' });
    }
    // A link that claims a base newer than itself (a loop, or a hand-edited description) is no chain either.
    const loop = info('x', '2026-12-06T08:00:00+07:00', 'y');
    const loop2 = info('y', '2026-12-06T09:00:00+07:00', 'x');
    expect(() => rantaiCadangan([loop, loop2], 'y')).toThrow(RantaiCadanganError);
  });
});

describe('pilihDasarCadangan', () => {
  const now = new Date('2026-12-06T11:00:00+07:00');

  it('continues the newest backup as changes-only, and starts with a full one when there is none', () => {
    expect(pilihDasarCadangan([], 'berkala', now, WIB)).toBeUndefined();
    expect(pilihDasarCadangan([full, d1, d2], 'berkala', now, WIB)?.berkas).toBe('d2');
  });

  it('takes a full one when the newest chain is broken, too long, or from a description of before chains', () => {
    expect(pilihDasarCadangan([full, d2], 'sebelum-impor', now, WIB)).toBeUndefined();
    const long: CadanganInfo[] = [full];
    for (let i = 1; i < MAKS_PANJANG_RANTAI; i++) long.push(info(`l${i}`, new Date(Date.parse(full.waktu) + i * 60_000).toISOString(), long[i - 1]!.berkas));
    expect(pilihDasarCadangan(long, 'sebelum-impor', now, WIB)).toBeUndefined();
    expect(pilihDasarCadangan(long.slice(0, -1), 'sebelum-impor', now, WIB)).toBeDefined();
    const legacy = { ...full, sampai: undefined, identitas: undefined };
    expect(pilihDasarCadangan([legacy], 'sebelum-impor', now, WIB)).toBeUndefined();
  });

  it('takes the daily full snapshot off the user’s path only, and a full one after a week whatever the reason', () => {
    const tomorrow = new Date('2026-12-07T08:00:00+07:00');
    expect(pilihDasarCadangan([full, d1, d2], 'berkala', tomorrow, WIB)).toBeUndefined();
    expect(pilihDasarCadangan([full, d1, d2], 'manual', tomorrow, WIB)).toBeUndefined();
    for (const alasan of ['sebelum-impor', 'sebelum-pulihkan', 'saat-tutup', 'sebelum-pembaruan'] as const) {
      expect(pilihDasarCadangan([full, d1, d2], alasan, tomorrow, WIB)?.berkas).toBe('d2');
    }
    expect(pilihDasarCadangan([full, d1, d2], 'saat-tutup', new Date('2026-12-14T08:00:00+07:00'), WIB)).toBeUndefined();
  });
});
