import { barisDaftarHadir, type BarisDaftarHadir, type PesertaDaftarHadir } from '../shared/cetak/baris-daftar-hadir';
import type { JenisPeran } from '../shared/anggota/peran-options';
import { generateKoperasi } from '../shared/test-support/generator/district-generator';
import { districtPeopleStream, koperasiWithIds } from '../shared/test-support/generator/people-generator';
import type { KabupatenRegions } from '../shared/region/region-types';
import { sortKey } from '../shared/search/search-text';

/** What the node driver (scripts/bench-pdf.mjs) hands a PDF bench page. */
export interface DaftarHadirInput {
  readonly kabupaten: KabupatenRegions;
  readonly seed: number;
  /** Rows on the sheet in all: people on the list, then blank rows for walk-ins. */
  readonly rows: number;
}

/** Blank rows at the end of the sheet (walk-ins), out of `rows`. */
const BLANK = 20;
const INVITED_KOPERASI = 60;

/**
 * The rows of a large event's daftar hadir, from the generator: the people of 60 cooperatives with their role,
 * jabatan and phone, sorted by cooperative then name (as the event's list is), then blank rows, numbered and
 * zig-zagged by `barisDaftarHadir` — the same function the app's sheet uses.
 */
export function daftarHadirRows(input: DaftarHadirInput, labelPeran: (p: JenisPeran) => string): BarisDaftarHadir[] {
  const people = Math.max(0, input.rows - BLANK);
  const koperasi = koperasiWithIds(input.seed, generateKoperasi({ seed: input.seed, count: INVITED_KOPERASI, kabupaten: input.kabupaten }));
  const namaOf = new Map(koperasi.map((k) => [k.id, k.koperasi.nama]));
  const peserta: PesertaDaftarHadir[] = [];
  const stream = districtPeopleStream({ seed: input.seed, kabupaten: input.kabupaten, koperasi, people, roles: people, enrollments: 0, chunkSize: people });
  for (const chunk of stream) {
    const roleOf = new Map(chunk.peran.map((p) => [p.values.anggotaId, p.values]));
    for (const a of chunk.anggota) {
      const role = roleOf.get(a.id);
      const koperasiId = role?.koperasiId ?? '';
      peserta.push({
        nama: a.values.nama,
        koperasiId,
        koperasiNama: namaOf.get(koperasiId) ?? '',
        jabatan: role?.jabatan ?? '',
        peran: role?.peran,
        telepon: a.values.telepon,
      });
    }
  }
  const key = (p: PesertaDaftarHadir) => `${sortKey(p.koperasiNama) || '\uffff'}\u0000${sortKey(p.nama)}`;
  peserta.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return barisDaftarHadir({ peserta, undangan: [], koperasiNama: namaOf, barisKosong: input.rows - peserta.length, labelPeran });
}
