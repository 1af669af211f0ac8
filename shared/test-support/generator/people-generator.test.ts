import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anggotaSchema } from '../../anggota/anggota-schema';
import { peranSchema, type Peran } from '../../anggota/peran-schema';
import { kepesertaanSchema, statusSetelahDraf } from '../../kepesertaan/kepesertaan-schema';
import { pernyataanTerbaru } from '../../kepesertaan/pernyataan-persetujuan';
import { programSaran } from '../../kepesertaan/program-rules';
import { parseNik } from '../../nik/nik-parse';
import type { KabupatenRegions } from '../../region/region-types';
import { generateKoperasi } from './district-generator';
import { districtPeopleStream, koperasiWithIds, type DistrictPeopleOptions } from './people-generator';

const kel = (kec: string, n: number, desa = false) =>
  Array.from({ length: n }, (_, i) => ({ kode: `${kec}.${desa ? 2 : 1}${String(i + 1).padStart(3, '0')}`, nama: `Kel ${kec.slice(-2)}-${i + 1}` }));

/** A made-up kabupaten (no built assets needed): kelurahan, desa, and a kecamatan without villages. */
const fixture: KabupatenRegions = {
  kode: '32.98',
  nama: 'Kabupaten Contoh',
  kecamatan: [
    { kode: '32.98.01', nama: 'Sukamaju', kelurahan: kel('32.98.01', 6) },
    { kode: '32.98.02', nama: 'Cibadak', kelurahan: kel('32.98.02', 9, true) },
    { kode: '32.98.03', nama: 'Telukjambe', kelurahan: kel('32.98.03', 3, true) },
    { kode: '32.98.04', nama: 'Pasirmulya', kelurahan: [] },
  ],
};
const NOW = '2026-07-01';
const SEED = 42;
const koperasi = koperasiWithIds(SEED, generateKoperasi({ seed: SEED, count: 60, kabupaten: fixture, now: NOW }));
const options: DistrictPeopleOptions = { seed: SEED, kabupaten: fixture, koperasi, people: 5000, roles: 6000, enrollments: 3000, now: NOW, chunkSize: 1000 };

const collect = (o: DistrictPeopleOptions) => {
  const chunks = Array.from(districtPeopleStream(o));
  return { chunks, anggota: chunks.flatMap((c) => c.anggota), peran: chunks.flatMap((c) => c.peran), kepesertaan: chunks.flatMap((c) => c.kepesertaan) };
};
const district = collect(options);
const { anggota, peran, kepesertaan } = district;
const share = <T>(items: readonly T[], pred: (t: T) => boolean) => items.filter(pred).length / items.length;

describe('districtPeopleStream', () => {
  it('gives exactly the asked numbers of people, roles and enrollments, in chunks of about chunkSize people', () => {
    expect([anggota.length, peran.length, kepesertaan.length]).toEqual([5000, 6000, 3000]);
    expect(district.chunks.length).toBeGreaterThanOrEqual(5);
    for (const c of district.chunks.slice(0, -1)) expect(c.anggota.length).toBeGreaterThanOrEqual(1000);
    for (const c of district.chunks) expect(c.anggota.length).toBeLessThan(1100);
  });

  it('is deterministic: same seed, same district (ids included) whatever the chunk size; another seed differs', () => {
    const again = collect({ ...options, chunkSize: 333 });
    expect(again.anggota).toEqual(anggota);
    expect(again.peran).toEqual(peran);
    expect(again.kepesertaan).toEqual(kepesertaan);
    const other = collect({ ...options, seed: 43 });
    expect(other.anggota[0]).not.toEqual(anggota[0]);
  });

  it('gives UUID-shaped ids, unique across every table', () => {
    const ids = [...koperasi.map((k) => k.id), ...anggota.map((a) => a.id), ...peran.map((p) => p.id), ...kepesertaan.map((k) => k.id)];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('makes every NIK valid and unique, of the district, coding the person’s sex (women +40) and birth date', () => {
    const niks = anggota.map((a) => a.values.nik);
    expect(new Set(niks).size).toBe(niks.length);
    const kecamatan = new Set(fixture.kecamatan.map((k) => k.kode));
    let differing = 0;
    for (const { values: a } of anggota) {
      expect(a.nik).toMatch(/^3298\d{12}$/);
      const parsed = parseNik(a.nik, NOW)!;
      expect(kecamatan.has(parsed.kecamatanKode)).toBe(true);
      expect(parsed.jenisKelamin).toBe(a.jenisKelamin);
      const day = Number(a.nik.slice(6, 8));
      if (a.jenisKelamin === 'P') expect(day).toBeGreaterThanOrEqual(41);
      else expect(day).toBeLessThanOrEqual(31);
      expect(Number(a.nik.slice(12))).toBeGreaterThanOrEqual(1);
      expect(parsed.tanggalLahir).not.toBeNull();
      const age = Number(NOW.slice(0, 4)) - Number(parsed.tanggalLahir!.slice(0, 4)) - (NOW.slice(5) < parsed.tanggalLahir!.slice(5) ? 1 : 0);
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThanOrEqual(70);
      if (parsed.tanggalLahir === a.tanggalLahir) expect(a.nikPeringatanDiakui).toEqual([]);
      else {
        differing++;
        expect(a.nikPeringatanDiakui).toEqual(['tanggal-lahir-beda']);
      }
    }
    expect(differing / anggota.length).toBeGreaterThan(0.01);
    expect(differing / anggota.length).toBeLessThan(0.03);
    expect(share(anggota, (a) => a.values.jenisKelamin === 'P')).toBeGreaterThan(0.3);
  });

  it('produces records the schemas accept unchanged', () => {
    for (const { values } of anggota) expect(anggotaSchema.parse(values)).toEqual(values);
    for (const { values } of peran) expect(peranSchema.parse(values)).toEqual(values);
    for (const { values } of kepesertaan) expect(kepesertaanSchema.parse(values)).toEqual(values);
  });

  it('keeps references consistent: roles in existing cooperatives of existing people, enrollments through a role', () => {
    const people = new Set(anggota.map((a) => a.id));
    const coops = new Map(koperasi.map((k) => [k.id, k.koperasi]));
    const rolesOf = new Map<string, string[]>();
    for (const { values: p } of peran) {
      expect(people.has(p.anggotaId)).toBe(true);
      expect(coops.has(p.koperasiId)).toBe(true);
      rolesOf.set(p.anggotaId, [...(rolesOf.get(p.anggotaId) ?? []), `${p.koperasiId}/${p.peran}`]);
    }
    for (const id of people) {
      const roles = rolesOf.get(id) ?? [];
      expect(roles.length).toBeGreaterThanOrEqual(1);
      expect(roles.length).toBeLessThanOrEqual(2);
      expect(new Set(roles).size).toBe(roles.length);
    }
    const enrolled = new Set<string>();
    for (const { values: k } of kepesertaan) {
      expect(rolesOf.get(k.anggotaId)!.some((r) => r.startsWith(`${k.koperasiId}/`))).toBe(true);
      expect(enrolled.has(k.anggotaId)).toBe(false);
      enrolled.add(k.anggotaId);
    }
    const twoCoops = [...rolesOf.values()].filter((r) => r.length === 2 && r[0]!.split('/')[0] !== r[1]!.split('/')[0]).length;
    const officerMembers = [...rolesOf.values()].filter((r) => r.length === 2 && r[0]!.split('/')[0] === r[1]!.split('/')[0]).length;
    expect(twoCoops).toBeGreaterThan(100);
    expect(officerMembers).toBeGreaterThan(50);
  });

  it('gives each cooperative with people its officers, and fewer members on file than it reports', () => {
    const byCoop = new Map<string, Peran[]>();
    for (const { values: p } of peran) byCoop.set(p.koperasiId, [...(byCoop.get(p.koperasiId) ?? []), p]);
    expect(byCoop.size).toBeGreaterThan(koperasi.length / 3);
    for (const [id, roles] of byCoop) {
      const k = koperasi.find((x) => x.id === id)!.koperasi;
      const current = roles.filter((r) => r.selesai === '');
      for (const jabatan of ['Ketua', 'Sekretaris', 'Bendahara']) expect(current.some((r) => r.peran === 'pengurus' && r.jabatan === jabatan)).toBe(true);
      const pengawas = roles.filter((r) => r.peran === 'pengawas').length;
      expect(pengawas).toBeGreaterThanOrEqual(1);
      expect(pengawas).toBeLessThanOrEqual(3);
      expect(roles.filter((r) => r.peran === 'karyawan').length).toBe(k.karyawanLaki + k.karyawanPerempuan);
      expect(roles.filter((r) => r.peran === 'anggota').length).toBeLessThanOrEqual(k.anggotaLaki + k.anggotaPerempuan);
      for (const r of roles) {
        if (k.tanggalBadanHukum) expect(r.mulai >= k.tanggalBadanHukum).toBe(true);
        expect(r.mulai < NOW).toBe(true);
        if (r.selesai) expect(r.selesai >= r.mulai && r.selesai < NOW).toBe(true);
      }
    }
    const ended = share(peran, (p) => p.values.selesai !== '');
    expect(ended).toBeGreaterThan(0.005);
    expect(ended).toBeLessThan(0.06);
  });

  it('enrolls realistically: PU officers and staff with the suggested programs, BPU members, consent past the draft', () => {
    const coops = new Map(koperasi.map((k) => [k.id, k.koperasi]));
    for (const { values: k } of kepesertaan) {
      expect(k.statusSejak < NOW).toBe(true);
      if (k.kategori === 'PU') {
        expect(k.program).toEqual(expect.arrayContaining(programSaran('PU', coops.get(k.koperasiId)!.skalaUsaha)));
        expect(k.upah).toBeGreaterThanOrEqual(2_000_000);
      } else {
        expect(k.upah).toBeGreaterThanOrEqual(1_000_000);
        expect(k.upah).toBeLessThanOrEqual(3_000_000);
      }
      if (statusSetelahDraf.includes(k.status)) {
        expect(k.persetujuanVersi).toBe(pernyataanTerbaru.versi);
        expect(k.persetujuanOleh).not.toBe('');
        expect(k.persetujuanWaktu <= k.statusSejak).toBe(true);
      } else expect(k.persetujuanWaktu).toBe('');
      if (k.status === 'terdaftar' || k.status === 'nonaktif') expect(k.kpj).toMatch(/^\d{11}$/);
      if (k.status === 'ditolak') expect(k.alasanDitolak).not.toBe('');
    }
    const values = kepesertaan.map((k) => k.values);
    expect(share(values, (k) => k.status === 'terdaftar')).toBeGreaterThan(0.45);
    for (const s of ['draf', 'formulir_dicetak', 'diajukan', 'ditolak', 'nonaktif'] as const)
      expect(share(values, (k) => k.status === s)).toBeGreaterThan(0.03);
    expect(share(values, (k) => k.kategori === 'BPU')).toBeGreaterThan(0.7);
    expect(values.some((k) => k.upah > 10_547_400)).toBe(true);
    const staffIds = new Set(peran.filter((p) => p.values.peran === 'karyawan').map((p) => p.values.anggotaId));
    const staffEnrollments = values.filter((k) => staffIds.has(k.anggotaId));
    expect(share(staffEnrollments, (k) => k.kategori === 'PU')).toBeGreaterThan(0.8);
  });

  it('comes out exact for any feasible counts', () => {
    const small = koperasi.slice(0, 20);
    fc.assert(
      fc.property(
        fc.integer({ min: 300, max: 1500 }),
        fc.double({ min: 1, max: 1.3, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (people, rolesPerPerson, enrolledShare) => {
          const roles = Math.round(people * rolesPerPerson);
          const enrollments = Math.round(people * enrolledShare);
          const out = collect({ seed: 7, kabupaten: fixture, koperasi: small, people, roles, enrollments, now: NOW });
          expect([out.anggota.length, out.peran.length, out.kepesertaan.length]).toEqual([people, roles, enrollments]);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('refuses counts that cannot come out', () => {
    expect(() => Array.from(districtPeopleStream({ ...options, people: 7000 }))).toThrow(RangeError);
    expect(() => Array.from(districtPeopleStream({ ...options, enrollments: 5001 }))).toThrow(RangeError);
    expect(() => Array.from(districtPeopleStream({ ...options, roles: 11000 }))).toThrow(RangeError);
  });
});

describe('districtPeopleStream in a kota split from a kabupaten', () => {
  const tangsel: KabupatenRegions = {
    kode: '36.74',
    nama: 'Kota Tangerang Selatan',
    kecamatan: [
      { kode: '36.74.01', nama: 'Serpong', kelurahan: kel('36.74.01', 5) },
      { kode: '36.74.03', nama: 'Pondok Aren', kelurahan: kel('36.74.03', 7) },
    ],
  };
  const kops = koperasiWithIds(3, generateKoperasi({ seed: 3, count: 30, kabupaten: tangsel, now: NOW }));
  const people = Array.from(
    districtPeopleStream({ seed: 3, kabupaten: tangsel, koperasi: kops, people: 4000, roles: 4500, enrollments: 1000, now: NOW }),
  ).flatMap((c) => c.anggota);

  it('gives about 3 % of people, all born by 1990, a NIK of the old Kabupaten Tangerang (36.03)', () => {
    const lama = people.filter((a) => a.values.nik.startsWith('3603'));
    expect(lama.length / people.length).toBeGreaterThan(0.015);
    expect(lama.length / people.length).toBeLessThan(0.045);
    for (const { values: a } of lama) {
      expect(['360321', '360324', '360325', '360326']).toContain(a.nik.slice(0, 6));
      expect(parseNik(a.nik, NOW)!.tanggalLahir! <= '1990-12-31').toBe(true);
    }
    for (const { values: a } of people.filter((p) => !p.values.nik.startsWith('3603'))) expect(a.nik).toMatch(/^36740[13]/);
    expect(new Set(people.map((a) => a.values.nik)).size).toBe(people.length);
  });
});

const tangselFile = new URL('../../../renderer/public/regions/kab/36.74.json', import.meta.url);
describe.skipIf(!existsSync(tangselFile))('districtPeopleStream at district size', () => {
  // Counts only: how fast it streams is the bench's to say, not a unit test's.
  it('streams 250,000 people, 300,000 roles and 150,000 enrollments exactly', () => {
    const kab = JSON.parse(readFileSync(tangselFile, 'utf8')) as KabupatenRegions;
    const kops = koperasiWithIds(20160314, generateKoperasi({ seed: 20160314, count: 2000, kabupaten: kab }));
    let [people, roles, enrollments] = [0, 0, 0];
    for (const c of districtPeopleStream({ seed: 20160314, kabupaten: kab, koperasi: kops, people: 250_000, roles: 300_000, enrollments: 150_000 })) {
      people += c.anggota.length;
      roles += c.peran.length;
      enrollments += c.kepesertaan.length;
    }
    expect([people, roles, enrollments]).toEqual([250_000, 300_000, 150_000]);
  }, 60_000);
});
