import type { Koperasi } from '../shared/koperasi/koperasi-schema';
import { Prng } from '../shared/test-support/generator/prng';
import type { KoperasiSearch } from '../renderer/db/koperasi-repository';

export type QueryCategory =
  'nama-1-kata' | 'nama-2-kata' | 'nama-3-kata' | 'nomor-induk' | 'badan-hukum' | 'nama+filter' | 'filter-saja' | 'ketikan-awal' | 'pemilih-koperasi';

export interface BenchQuery {
  readonly category: QueryCategory;
  readonly search: KoperasiSearch;
}

/** What an officer types for a name: 1–3 consecutive words of it, the last one cut short, often in lower case. */
function namePrefix(rng: Prng, nama: string, words: number): string {
  const all = nama.split(' ');
  const n = Math.min(words, all.length);
  const start = rng.int(0, all.length - n);
  const picked = all.slice(start, start + n);
  const last = picked[n - 1]!;
  picked[n - 1] = last.slice(0, rng.int(Math.min(3, last.length), last.length));
  const text = picked.join(' ');
  return rng.chance(0.7) ? text.toLowerCase() : text;
}

/** Part of a legal number as people copy it from a letter: the AHU serial, or the first parts of an older number. */
function badanHukumPart(rng: Prng, nomor: string): string {
  if (nomor.startsWith('AHU-')) {
    const serial = nomor.slice(4, 11);
    return rng.chance(0.5) ? `AHU-${serial}` : serial;
  }
  return nomor.split('/').slice(0, 2).join('/');
}

/**
 * The registry searches the target is set for (200): names by 1–3 word prefixes, Nomor Induk Koperasi, parts of
 * legal numbers, and names with a filter — drawn from the generated district so each should find something. The
 * returned `stress` set (first keystrokes of as-you-type, filters alone) matches most of the registry; it is
 * reported beside the target, not in it, so the number README.md's Benchmark names stays comparable from run to run.
 */
export function benchQueries(koperasi: readonly Koperasi[], seed: number): { readonly target: BenchQuery[]; readonly stress: BenchQuery[] } {
  const rng = Prng.derive(seed, 'bench-queries');
  const any = () => rng.pick(koperasi);
  const target: BenchQuery[] = [];
  const stress: BenchQuery[] = [];
  const add = (into: BenchQuery[], category: QueryCategory, count: number, make: () => KoperasiSearch) => {
    for (let i = 0; i < count; i++) into.push({ category, search: make() });
  };
  add(target, 'nama-1-kata', 35, () => ({ query: namePrefix(rng, any().nama, 1) }));
  add(target, 'nama-2-kata', 35, () => ({ query: namePrefix(rng, any().nama, 2) }));
  add(target, 'nama-3-kata', 30, () => ({ query: namePrefix(rng, any().nama, 3) }));
  const withNomorInduk = koperasi.filter((k) => k.nomorIndukKoperasi);
  add(target, 'nomor-induk', 25, () => ({ query: rng.pick(withNomorInduk).nomorIndukKoperasi }));
  const withBadanHukum = koperasi.filter((k) => k.nomorBadanHukum);
  add(target, 'badan-hukum', 30, () => ({ query: badanHukumPart(rng, rng.pick(withBadanHukum).nomorBadanHukum) }));
  add(target, 'nama+filter', 45, () => {
    const k = any();
    const query = namePrefix(rng, k.nama, rng.int(1, 2));
    return rng.pick<KoperasiSearch>([
      { query, jenis: k.jenis },
      { query, kelompok: k.kelompok },
      { query, kecamatanKode: k.kecamatanKode },
      { query, status: k.status },
    ]);
  });
  const kecamatan = [...new Set(koperasi.map((k) => k.kecamatanKode))].sort();
  add(stress, 'filter-saja', 12, () =>
    rng.pick<KoperasiSearch>([
      { query: '', kecamatanKode: rng.pick(kecamatan) },
      { query: '', kecamatanKode: rng.pick(kecamatan), status: 'aktif' },
      { query: '', status: 'tidak_aktif' },
      { query: '', jenis: 'simpan_pinjam' },
    ]),
  );
  for (const query of ['k', 'ko', 'kop', 'kope', 'koperasi', 'ksp', 'kpri', 'kud']) stress.push({ category: 'ketikan-awal', search: { query } });
  return { target, stress };
}
