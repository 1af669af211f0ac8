import { describe, expect, it } from 'vitest';
import { putuskanPemulihan } from './putuskan-pemulihan';
import type { StatusBasisData } from './status-basis-data';

const tercatat: StatusBasisData = { identitas: 'db-1', jumlah: { koperasi: 40, anggota: 60 }, jamTerbaru: 'x', dicatat: '2026-12-06T03:00:00.000Z' };
const found = (identitas: string | undefined, jumlah: Record<string, number>, sudahAda = true) => ({ dibuka: true as const, sudahAda, identitas, jumlah });

describe('putuskanPemulihan', () => {
  it('goes on with the first start, and with a database that matches what was recorded', () => {
    expect(putuskanPemulihan(null, found(undefined, {}, false))).toEqual({ lanjut: true });
    expect(putuskanPemulihan(tercatat, found('db-1', { koperasi: 41, anggota: 60 }))).toEqual({ lanjut: true });
  });

  it('stops on a database that fails to open', () => {
    expect(putuskanPemulihan(tercatat, { dibuka: false })).toMatchObject({ lanjut: false, masalah: 'gagal-dibuka', tercatat: 100 });
    expect(putuskanPemulihan(null, { dibuka: false })).toMatchObject({ lanjut: false, masalah: 'gagal-dibuka' });
  });

  it('stops on a database that is missing, or was recreated empty (dataLoss) or replaced', () => {
    expect(putuskanPemulihan(tercatat, found(undefined, {}, false))).toMatchObject({ lanjut: false, masalah: 'hilang', ditemukan: 0 });
    expect(putuskanPemulihan(tercatat, found(undefined, {}, true))).toMatchObject({ lanjut: false, masalah: 'dibuat-ulang' });
    expect(putuskanPemulihan(tercatat, found('db-2', { koperasi: 40, anggota: 60 }))).toMatchObject({ lanjut: false, masalah: 'dibuat-ulang' });
  });

  it('stops on a database suddenly empty or much smaller, not on an ordinary delete', () => {
    expect(putuskanPemulihan(tercatat, found('db-1', {}))).toMatchObject({ lanjut: false, masalah: 'menyusut', ditemukan: 0 });
    expect(putuskanPemulihan(tercatat, found('db-1', { koperasi: 10, anggota: 20 }))).toMatchObject({ masalah: 'menyusut' });
    expect(putuskanPemulihan(tercatat, found('db-1', { koperasi: 38, anggota: 55 }))).toEqual({ lanjut: true });
    const small = { ...tercatat, jumlah: { koperasi: 3 } };
    expect(putuskanPemulihan(small, found('db-1', { koperasi: 1 }))).toEqual({ lanjut: true });
    expect(putuskanPemulihan(small, found('db-1', { koperasi: 0 }))).toMatchObject({ masalah: 'menyusut' });
  });
});
