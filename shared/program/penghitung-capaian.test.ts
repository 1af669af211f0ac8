import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StatusKepesertaan } from '../kepesertaan/kepesertaan-options';
import {
  hitungCapaian,
  type DataCapaian,
  type KegiatanHitung,
  type KeikutsertaanHitung,
  type KoperasiHitung,
  type ProgramHitung,
  type TargetHitung,
} from './hitung-capaian';
import { PenghitungCapaian } from './penghitung-capaian';
import {
  ringkasDariRekaman,
  terapkanPerubahan,
  type KehadiranSumber,
  type KepesertaanSumber,
  type PeranSumber,
  type RingkasanKoperasi,
  type SumberOf,
  type TabelRingkasan,
} from './ringkasan-koperasi';

// A small world, so people are often enrolled or checked in through two cooperatives and ties happen.
const KOPERASI = ['k1', 'k2', 'k3', 'k4', 'k5'];
const ORANG = ['a1', 'a2', 'a3', 'a4', 'a5'];
const KEGIATAN = ['e1', 'e2', 'e3'];
const WAKTU = [
  '2025-12-31T16:30:00.000Z',
  '2026-01-01T00:00:00.000Z',
  '2026-03-15T05:00:00.000Z',
  '2026-06-30T17:30:00.000Z',
  '2026-12-31T16:59:00.000Z',
  '2027-01-01T03:00:00.000Z',
];
const TANGGAL = ['2025-12-01', '2026-01-01', '2026-03-01', '2026-06-30', '2026-12-31', '2027-02-01'];
const STATUS: StatusKepesertaan[] = ['draf', 'formulir_dicetak', 'diajukan', 'terdaftar', 'nonaktif', 'ditolak'];

const programs: ProgramHitung[] = [
  { id: 'p-bpjs', aturan: 'koperasi_bpjs', minimumTerdaftar: 1, peranDihitung: ['karyawan'] },
  { id: 'p-npp', aturan: 'koperasi_bpjs', minimumTerdaftar: 0, peranDihitung: [] },
  { id: 'p-dua', aturan: 'koperasi_bpjs', minimumTerdaftar: 2, peranDihitung: [] },
  { id: 'p-peserta', aturan: 'peserta_terdaftar', minimumTerdaftar: 0, peranDihitung: [] },
  { id: 'p-pengurus', aturan: 'peserta_terdaftar', minimumTerdaftar: 0, peranDihitung: ['pengurus', 'anggota'] },
  { id: 'p-pkb', aturan: 'keikutsertaan', minimumTerdaftar: 0, peranDihitung: [] },
];
const segmen: Pick<TargetHitung, 'segmen' | 'segmenNilai' | 'koperasiIds'>[] = [
  { segmen: 'semua', segmenNilai: '', koperasiIds: [] },
  { segmen: 'jenis', segmenNilai: 'simpan_pinjam', koperasiIds: [] },
  { segmen: 'golongan', segmenNilai: 'karyawan', koperasiIds: [] },
  { segmen: 'kecamatan', segmenNilai: '01', koperasiIds: [] },
  { segmen: 'daftar', segmenNilai: '', koperasiIds: ['k1', 'k3'] },
];
const periode = [
  { mulai: '2026-01-01', sampai: '2026-12-31' },
  { mulai: '2026-03-01', sampai: '2026-06-30' },
];
const pairs = programs.flatMap((program) => segmen.flatMap((s) => periode.map((p) => ({ program, target: { ...s, ...p, jumlah: 3 } as TargetHitung }))));

type Langkah =
  | { readonly jenis: 'kepesertaan'; readonly id: number; readonly record: KepesertaanSumber | undefined }
  | { readonly jenis: 'peran'; readonly id: number; readonly record: PeranSumber | undefined }
  | { readonly jenis: 'kehadiran'; readonly id: number; readonly record: KehadiranSumber | undefined }
  | { readonly jenis: 'koperasi'; readonly record: KoperasiHitung }
  | { readonly jenis: 'kegiatan'; readonly record: KegiatanHitung }
  | { readonly jenis: 'keikutsertaan'; readonly id: number; readonly record: KeikutsertaanHitung }
  | { readonly jenis: 'muatUlang' };

const deleted = fc.constantFrom<0 | 1>(0, 0, 0, 1);
const langkah: fc.Arbitrary<Langkah> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      jenis: fc.constant('kepesertaan' as const),
      id: fc.nat(9),
      record: fc.option(
        fc.record({
          koperasiId: fc.constantFrom(...KOPERASI),
          anggotaId: fc.constantFrom(...ORANG),
          status: fc.constantFrom(...STATUS, 'terdaftar', 'terdaftar'),
          statusSejak: fc.constantFrom(...WAKTU),
          deleted,
        }),
        { nil: undefined },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      jenis: fc.constant('peran' as const),
      id: fc.nat(9),
      record: fc.option(
        fc.record({
          koperasiId: fc.constantFrom(...KOPERASI),
          anggotaId: fc.constantFrom(...ORANG),
          peran: fc.constantFrom('karyawan', 'pengurus', 'anggota', 'pengawas'),
          deleted,
        }),
        { nil: undefined },
      ),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      jenis: fc.constant('kehadiran' as const),
      id: fc.nat(7),
      record: fc.option(
        fc.record({
          koperasiId: fc.constantFrom(...KOPERASI),
          anggotaId: fc.constantFrom(...ORANG),
          kegiatanId: fc.constantFrom(...KEGIATAN),
          inginMendaftar: fc.boolean(),
          deleted,
        }),
        { nil: undefined },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      jenis: fc.constant('koperasi' as const),
      record: fc.record({
        id: fc.constantFrom(...KOPERASI),
        jenis: fc.constantFrom('simpan_pinjam', 'konsumen'),
        golongan: fc.constantFrom('karyawan', 'masyarakat'),
        kecamatanKode: fc.constantFrom('01', '02'),
        statusBpjs: fc.constantFrom('belum', 'terdaftar'),
        npp: fc.constantFrom('', '', 'NPP1'),
        bpjsSejak: fc.constantFrom('', ...TANGGAL),
        deleted,
      }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      jenis: fc.constant('kegiatan' as const),
      record: fc.record({
        id: fc.constantFrom(...KEGIATAN),
        tanggal: fc.constantFrom(...TANGGAL),
        programId: fc.constantFrom('p-bpjs', 'p-peserta', 'p-pengurus', 'p-pkb', ''),
        undangan: fc.array(fc.record({ koperasiId: fc.constantFrom(...KOPERASI), perwakilan: fc.subarray(ORANG, { maxLength: 2 }) }), { maxLength: 3 }),
        deleted,
      }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      jenis: fc.constant('keikutsertaan' as const),
      id: fc.nat(4),
      record: fc.record({
        programId: fc.constantFrom('p-pkb', 'p-npp'),
        koperasiId: fc.constantFrom(...KOPERASI),
        tanggalBergabung: fc.constantFrom(...TANGGAL),
        status: fc.constantFrom('ikut' as const, 'keluar' as const),
        tanggalKeluar: fc.constantFrom('', ...TANGGAL),
        deleted,
      }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ jenis: 'muatUlang' as const }) },
);

/**
 * The world as the app keeps it: records, and the summaries kept change by change as the write path keeps them (a
 * changed row is a new object, an unchanged one keeps its identity); cooperatives, events and participations are
 * new objects only when they changed, like CapaianRepository gives them.
 */
class Dunia {
  readonly records = {
    kepesertaan: new Map<number, KepesertaanSumber>(),
    peran: new Map<number, PeranSumber>(),
    kehadiran: new Map<number, KehadiranSumber>(),
  };
  koperasi = new Map(
    KOPERASI.map((id) => [
      id,
      { id, jenis: 'simpan_pinjam', golongan: 'masyarakat', kecamatanKode: '01', statusBpjs: 'belum', npp: '', bpjsSejak: '' } as KoperasiHitung,
    ]),
  );
  // Events of three programs in the period from the start, so check-ins count from the first step.
  kegiatan = new Map<string, KegiatanHitung>([
    ['e1', { id: 'e1', tanggal: '2026-03-01', programId: 'p-bpjs', undangan: [{ koperasiId: 'k1', perwakilan: ['a1'] }] }],
    ['e2', { id: 'e2', tanggal: '2026-06-30', programId: 'p-peserta', undangan: [{ koperasiId: 'k2', perwakilan: ['a2', 'a3'] }] }],
    ['e3', { id: 'e3', tanggal: '2026-03-01', programId: 'p-pengurus', undangan: [] }],
  ]);
  keikutsertaan = new Map<number, KeikutsertaanHitung>();
  ringkasan = new Map<string, RingkasanKoperasi>();
  data: DataCapaian = this.susun();

  terapkan(l: Langkah): void {
    if (l.jenis === 'kepesertaan' || l.jenis === 'peran' || l.jenis === 'kehadiran') this.ubahRekaman(l.jenis, l.id, l.record as never);
    else if (l.jenis === 'koperasi') this.koperasi.set(l.record.id, l.record);
    else if (l.jenis === 'kegiatan') this.kegiatan.set(l.record.id, l.record);
    else if (l.jenis === 'keikutsertaan') this.keikutsertaan.set(l.id, l.record);
    // A reload: every object new, as after a restore or from another repository.
    else this.ringkasan = new Map([...this.ringkasan].map(([id, row]) => [id, structuredClone(row)]));
    this.data = l.jenis === 'muatUlang' ? structuredClone(this.susun()) : this.susun();
  }

  private ubahRekaman<T extends TabelRingkasan>(table: T, id: number, record: SumberOf<T> | undefined): void {
    const store = this.records[table] as Map<number, SumberOf<T>>;
    const sebelum = store.get(id);
    if (record) store.set(id, record);
    else store.delete(id);
    const next = new Map(this.ringkasan);
    for (const k of [sebelum?.koperasiId, record?.koperasiId]) if (k && next.has(k)) next.set(k, structuredClone(next.get(k)!));
    terapkanPerubahan(next, table, sebelum, record);
    this.ringkasan = next;
  }

  private susun(): DataCapaian {
    const same = <T>(before: readonly T[] | undefined, now: T[]) =>
      before && before.length === now.length && before.every((x, i) => x === now[i]) ? before : now;
    return {
      koperasi: same(this.data?.koperasi, [...this.koperasi.values()]),
      ringkasan: this.ringkasan,
      kegiatan: same(this.data?.kegiatan, [...this.kegiatan.values()]),
      keikutsertaan: same(this.data?.keikutsertaan, [...this.keikutsertaan.values()]),
    };
  }

  /** The same data read afresh: summaries built from every record at once, nothing shared with what came before. */
  dariAwal(): DataCapaian {
    return structuredClone({
      ...this.data,
      ringkasan: ringkasDariRekaman({
        kepesertaan: [...this.records.kepesertaan.values()],
        peran: [...this.records.peran.values()],
        kehadiran: [...this.records.kehadiran.values()],
      }),
    });
  }
}

describe('PenghitungCapaian', () => {
  it('gives, after any changes, exactly what hitungCapaian gives from freshly read data, for every rule and segment', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            langkah,
            fc.subarray(
              pairs.map((_, i) => i),
              { minLength: 1 },
            ),
          ),
          { minLength: 1, maxLength: 25 },
        ),
        (steps) => {
          const dunia = new Dunia();
          const penghitung = new PenghitungCapaian();
          for (const [l, dihitung] of steps) {
            dunia.terapkan(l);
            const fresh = dunia.dariAwal();
            // Only some targets each time (a screen shows one program): the others catch up later.
            for (const i of dihitung) {
              const { program, target } = pairs[i]!;
              expect(penghitung.hitung(program, target, dunia.data)).toStrictEqual(hitungCapaian(program, target, fresh));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('returns an untouched target as it was, and a target whose cooperative changed anew', () => {
    const dunia = new Dunia();
    dunia.terapkan({
      jenis: 'koperasi',
      record: { id: 'k3', jenis: 'konsumen', golongan: 'masyarakat', kecamatanKode: '02', statusBpjs: 'belum', npp: '', bpjsSejak: '' },
    });
    const penghitung = new PenghitungCapaian();
    const ksp = { ...pairs[0]!.target, segmen: 'jenis' as const, segmenNilai: 'simpan_pinjam' };
    const konsumen = { ...ksp, segmenNilai: 'konsumen' };
    const peserta = programs[3]!;
    const before = [penghitung.hitung(peserta, ksp, dunia.data), penghitung.hitung(peserta, konsumen, dunia.data)];
    dunia.terapkan({ jenis: 'kepesertaan', id: 1, record: { koperasiId: 'k3', anggotaId: 'a1', status: 'terdaftar', statusSejak: WAKTU[2]! } });
    expect(penghitung.hitung(peserta, ksp, dunia.data)).toBe(before[0]);
    const after = penghitung.hitung(peserta, konsumen, dunia.data);
    expect(after).not.toBe(before[1]);
    expect(after.memenuhi).toEqual([{ id: 'a1', koperasiId: 'k3', tanggal: '2026-03-15' }]);
  });

  it('counts a people-rule target first computed after a change from the new data, not from the list sorted before it', () => {
    const dunia = new Dunia();
    const peserta = programs[3]!;
    const semua = pairs[0]!.target;
    const ksp = { ...semua, segmen: 'jenis' as const, segmenNilai: 'simpan_pinjam' };
    const satu = { ...semua, segmen: 'daftar' as const, koperasiIds: ['k2'] };
    dunia.terapkan({ jenis: 'kepesertaan', id: 1, record: { koperasiId: 'k1', anggotaId: 'a1', status: 'terdaftar', statusSejak: WAKTU[3]! } });
    const penghitung = new PenghitungCapaian();
    penghitung.hitung(peserta, semua, dunia.data);
    dunia.terapkan({ jenis: 'kepesertaan', id: 2, record: { koperasiId: 'k2', anggotaId: 'a2', status: 'terdaftar', statusSejak: WAKTU[2]! } });
    // A large segment sorts everyone's entries once; a small one computed next keeps its share of them.
    for (const target of [ksp, satu]) expect(penghitung.hitung(peserta, target, dunia.data)).toStrictEqual(hitungCapaian(peserta, target, dunia.dariAwal()));
    expect(penghitung.hitung(peserta, ksp, dunia.data).memenuhi.map((m) => m.id)).toEqual(['a2', 'a1']);
    expect(penghitung.hitung(peserta, satu, dunia.data).memenuhi.map((m) => m.id)).toEqual(['a2']);
  });
});
