import { describe, expect, it } from 'vitest';
import { estimasiIuran, jumlahkanEstimasi } from './estimasi-iuran';
import { tarifIuranBawaan } from './tarif-iuran';

/** The period from March 2025 (JP wage cap Rp10.547.400). */
const tarif = tarifIuranBawaan.find((t) => t.berlakuMulai === '2025-03-01')!;

describe('estimasiIuran, Penerima Upah', () => {
  it('wage Rp3.000.000, risk group 1, JKK + JKM + JHT + JP', () => {
    // JKK 0,24 % × 3.000.000 = 7.200 (employer)
    // JKM 0,30 % × 3.000.000 = 9.000 (employer)
    // JHT 3,7 % × 3.000.000 = 111.000 (employer) + 2 % = 60.000 (worker)
    // JP  2 % × 3.000.000 = 60.000 (employer) + 1 % = 30.000 (worker); below the cap
    // employer 7.200 + 9.000 + 111.000 + 60.000 = 187.200; worker 60.000 + 30.000 = 90.000; total 277.200
    expect(estimasiIuran({ kategori: 'PU', program: ['JKK', 'JKM', 'JHT', 'JP'], upah: 3_000_000, kelompokRisiko: 1 }, tarif)).toEqual({
      perProgram: {
        JKK: { pemberiKerja: 7_200, pekerja: 0 },
        JKM: { pemberiKerja: 9_000, pekerja: 0 },
        JHT: { pemberiKerja: 111_000, pekerja: 60_000 },
        JP: { pemberiKerja: 60_000, pekerja: 30_000 },
      },
      pemberiKerja: 187_200,
      pekerja: 90_000,
      total: 277_200,
    });
  });

  it('wage Rp12.000.000, risk group 3, all five: JP on the capped wage, JKP free', () => {
    // JKK 0,89 % × 12.000.000 = 106.800
    // JKM 0,30 % × 12.000.000 = 36.000
    // JHT 3,7 % × 12.000.000 = 444.000 + 2 % = 240.000
    // JP  on min(12.000.000; 10.547.400) = 10.547.400: 2 % = 210.948 + 1 % = 105.474
    // JKP 0 + 0
    // employer 106.800 + 36.000 + 444.000 + 210.948 = 797.748; worker 240.000 + 105.474 = 345.474; total 1.143.222
    const e = estimasiIuran({ kategori: 'PU', program: ['JKP', 'JP', 'JHT', 'JKM', 'JKK'], upah: 12_000_000, kelompokRisiko: 3 }, tarif);
    expect(e.perProgram).toEqual({
      JKK: { pemberiKerja: 106_800, pekerja: 0 },
      JKM: { pemberiKerja: 36_000, pekerja: 0 },
      JHT: { pemberiKerja: 444_000, pekerja: 240_000 },
      JP: { pemberiKerja: 210_948, pekerja: 105_474 },
      JKP: { pemberiKerja: 0, pekerja: 0 },
    });
    expect(Object.keys(e.perProgram)).toEqual(['JKK', 'JKM', 'JHT', 'JP', 'JKP']);
    expect([e.pemberiKerja, e.pekerja, e.total]).toEqual([797_748, 345_474, 1_143_222]);
  });

  it('rounds each part of an odd wage (Rp2.345.678) to whole rupiah before summing', () => {
    // JKK 0,24 % = 5.629,6272 → 5.630
    // JKM 0,30 % = 7.037,034 → 7.037
    // JHT 3,7 % = 86.790,086 → 86.790; 2 % = 46.913,56 → 46.914
    // JP  2 % = 46.913,56 → 46.914; 1 % = 23.456,78 → 23.457
    // employer 5.630 + 7.037 + 86.790 + 46.914 = 146.371; worker 46.914 + 23.457 = 70.371; total 216.742
    const e = estimasiIuran({ kategori: 'PU', program: ['JKK', 'JKM', 'JHT', 'JP'], upah: 2_345_678, kelompokRisiko: 1 }, tarif);
    expect(e.perProgram.JKK).toEqual({ pemberiKerja: 5_630, pekerja: 0 });
    expect(e.perProgram.JKM).toEqual({ pemberiKerja: 7_037, pekerja: 0 });
    expect(e.perProgram.JHT).toEqual({ pemberiKerja: 86_790, pekerja: 46_914 });
    expect(e.perProgram.JP).toEqual({ pemberiKerja: 46_914, pekerja: 23_457 });
    expect([e.pemberiKerja, e.pekerja, e.total]).toEqual([146_371, 70_371, 216_742]);
  });

  it('rounds an exact half away from zero: wage Rp1.250.050, JP 2 % = 25.001 and 1 % = 12.500,5 → 12.501', () => {
    const e = estimasiIuran({ kategori: 'PU', program: ['JP'], upah: 1_250_050, kelompokRisiko: 1 }, tarif);
    expect(e.perProgram.JP).toEqual({ pemberiKerja: 25_001, pekerja: 12_501 });
  });

  it('uses the rates it is given, not built-in ones', () => {
    const naik = { ...tarif, pu: { ...tarif.pu, jpBatasUpah: 11_000_000 } };
    // JP on 11.000.000: 2 % = 220.000, 1 % = 110.000
    expect(estimasiIuran({ kategori: 'PU', program: ['JP'], upah: 12_000_000, kelompokRisiko: 1 }, naik).total).toBe(330_000);
  });

  it('counts an empty or negative wage as Rp0', () => {
    expect(estimasiIuran({ kategori: 'PU', program: ['JKK', 'JHT'], upah: Number.NaN, kelompokRisiko: 1 }, tarif).total).toBe(0);
    expect(estimasiIuran({ kategori: 'PU', program: ['JKK'], upah: -1_000_000, kelompokRisiko: 1 }, tarif).total).toBe(0);
  });
});

describe('estimasiIuran, Bukan Penerima Upah', () => {
  it('income Rp1.000.000, JKK + JKM: the published minimum package Rp16.800', () => {
    // JKK max(1 % × 1.000.000 = 10.000; minimum 10.000) = 10.000; JKM flat 6.800; all paid by the participant
    expect(estimasiIuran({ kategori: 'BPU', program: ['JKK', 'JKM'], upah: 1_000_000, kelompokRisiko: 1 }, tarif)).toEqual({
      perProgram: { JKK: { pemberiKerja: 0, pekerja: 10_000 }, JKM: { pemberiKerja: 0, pekerja: 6_800 } },
      pemberiKerja: 0,
      pekerja: 16_800,
      total: 16_800,
    });
  });

  it('income Rp500.000: the JKK minimum Rp10.000 applies', () => {
    // JKK max(1 % × 500.000 = 5.000; 10.000) = 10.000; JKM 6.800; total 16.800
    expect(estimasiIuran({ kategori: 'BPU', program: ['JKK', 'JKM'], upah: 500_000, kelompokRisiko: 1 }, tarif).total).toBe(16_800);
  });

  it('income Rp2.000.000 with the optional JHT 2 %', () => {
    // JKK 1 % = 20.000; JKM 6.800; JHT 2 % = 40.000; total 66.800, all paid by the participant
    const e = estimasiIuran({ kategori: 'BPU', program: ['JKK', 'JKM', 'JHT'], upah: 2_000_000, kelompokRisiko: 5 }, tarif);
    expect(e.perProgram.JHT).toEqual({ pemberiKerja: 0, pekerja: 40_000 });
    expect([e.pemberiKerja, e.pekerja, e.total]).toEqual([0, 66_800, 66_800]);
  });

  it('leaves out JP and JKP, which BPU cannot join', () => {
    const e = estimasiIuran({ kategori: 'BPU', program: ['JKK', 'JKM', 'JP', 'JKP'], upah: 1_000_000, kelompokRisiko: 1 }, tarif);
    expect(Object.keys(e.perProgram)).toEqual(['JKK', 'JKM']);
    expect(e.total).toBe(16_800);
  });
});

describe('jumlahkanEstimasi', () => {
  it('adds enrollments up and counts them', () => {
    const pu = estimasiIuran({ kategori: 'PU', program: ['JKK', 'JKM', 'JHT', 'JP'], upah: 3_000_000, kelompokRisiko: 1 }, tarif);
    const bpu = estimasiIuran({ kategori: 'BPU', program: ['JKK', 'JKM'], upah: 1_000_000, kelompokRisiko: 1 }, tarif);
    // employer 187.200 + 0; worker 90.000 + 16.800 = 106.800; total 294.000
    expect(jumlahkanEstimasi([pu, bpu])).toEqual({ pemberiKerja: 187_200, pekerja: 106_800, total: 294_000, jumlah: 2 });
    expect(jumlahkanEstimasi([])).toEqual({ pemberiKerja: 0, pekerja: 0, total: 0, jumlah: 0 });
  });
});
