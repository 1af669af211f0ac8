import { describe, expect, it } from 'vitest';
import type { BarisRencana, RencanaImpor } from '../../db/impor-excel/rencana-impor';
import { hitungStatus } from '../../db/impor-excel/rencana-impor';
import { bandingkanRencana } from './bandingkan-rencana';

const baris = (nomor: number, status: BarisRencana['status'], diubah: string[] = [], lembar?: string): BarisRencana => ({
  nomor,
  lembar,
  status,
  label: `Orang ${nomor}`,
  masalah: [],
  diubah,
  operasi: [],
});
const rencana = (b: BarisRencana[]): RencanaImpor => ({ jenis: 'orang', baris: b, jumlah: hitungStatus(b), tanda: {} });

describe('bandingkanRencana', () => {
  it('names the rows whose outcome changed, by sheet and row', () => {
    const lama = rencana([baris(2, 'baru'), baris(3, 'diperbarui', ['telepon']), baris(4, 'sama'), baris(2, 'baru', [], 'KSP B')]);
    const baru = rencana([baris(2, 'sama'), baris(3, 'diperbarui', ['telepon', 'alamat']), baris(4, 'sama'), baris(2, 'baru', [], 'KSP B')]);
    expect(bandingkanRencana(lama, baru)).toEqual([
      { nomor: 2, lembar: undefined, label: 'Orang 2', dari: 'baru', ke: 'sama' },
      { nomor: 3, lembar: undefined, label: 'Orang 3', dari: 'diperbarui', ke: 'diperbarui' },
    ]);
  });
});
