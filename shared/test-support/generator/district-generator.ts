import { emptyKoperasi, type Koperasi } from '../../koperasi/koperasi-schema';
import type { StatusBpjsKoperasi } from '../../koperasi/koperasi-options';
import type { KabupatenRegions } from '../../region/region-types';
import { dayNumber } from './calendar';
import { koperasiContact } from './koperasi-contact';
import { koperasiHistory, type KoperasiHistory } from './koperasi-history';
import { koperasiProfiles, type KoperasiIdentity, type KoperasiProfile, type NamingPlace } from './koperasi-profiles';
import { koperasiSize } from './koperasi-size';
import { nib, nomorIndukKoperasi, npp, npwp } from './legal-numbers';
import { personName } from './person-name';
import { hashSeed, Prng } from './prng';

export interface GenerateKoperasiOptions {
  readonly seed: number;
  readonly count: number;
  readonly kabupaten: KabupatenRegions;
  /** The "today" of the generated district (ISO date); fixed by default so a seed means the same data any day. */
  readonly now?: string;
}

/** The default "today": generated data must not change with the calendar, or seeds stop being reproducible. */
export const DEFAULT_GENERATOR_NOW = '2026-07-01';

interface Place extends NamingPlace {
  readonly kecamatanKode: string;
  readonly kelurahanKode: string;
}

/** Every kelurahan/desa is equally likely, so kecamatan with more villages get more cooperatives, as in life. */
function placesOf(kabupaten: KabupatenRegions): Place[] {
  const places: Place[] = [];
  for (const kec of kabupaten.kecamatan) {
    const base = { kabupatenNama: kabupaten.nama, kecamatanKode: kec.kode, kecamatanNama: kec.nama };
    if (kec.kelurahan.length === 0) places.push({ ...base, kelurahanKode: '', kelurahanNama: '', desa: false });
    for (const kel of kec.kelurahan) {
      places.push({ ...base, kelurahanKode: kel.kode, kelurahanNama: kel.nama, desa: kel.kode.split('.')[3]?.startsWith('2') ?? false });
    }
  }
  if (places.length === 0) throw new RangeError(`${kabupaten.kode} has no kecamatan`);
  return places;
}

const ROMAN = ['II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'] as const;

/**
 * Names must be unique in a district: a few fresh draws first (a real office would not accept a duplicate), then
 * the kelurahan or kecamatan name appended, then a Roman numeral as cooperatives really do ("… II").
 */
function uniqueIdentity(rng: Prng, profile: KoperasiProfile, place: Place, used: Set<string>): KoperasiIdentity {
  let identity = profile.identity(rng, place);
  for (let attempt = 0; attempt < 4 && used.has(identity.nama); attempt++) identity = profile.identity(rng, place);
  if (!used.has(identity.nama)) {
    used.add(identity.nama);
    return identity;
  }
  const suffixes = [place.kelurahanNama, place.kecamatanNama, ...ROMAN].filter((s) => s !== '' && !identity.nama.includes(s));
  const candidates = suffixes.map((s) => `${identity.nama} ${s}`);
  let nama = candidates.find((c) => !used.has(c)) ?? '';
  for (let n = 11; nama === ''; n++) if (!used.has(`${identity.nama} ${n}`)) nama = `${identity.nama} ${n}`;
  used.add(nama);
  return { ...identity, nama };
}

function bpjs(rng: Prng, status: Koperasi['status'], staff: number): { statusBpjs: StatusBpjsKoperasi; npp: string } {
  const statusBpjs = rng.weighted<StatusBpjsKoperasi>(
    status === 'tidak_aktif'
      ? [
          ['belum', 90],
          ['terdaftar', 10],
        ]
      : staff > 0
        ? [
            ['belum', 48],
            ['proses', 12],
            ['terdaftar', 40],
          ]
        : [
            ['belum', 80],
            ['proses', 8],
            ['terdaftar', 12],
          ],
  );
  return { statusBpjs, npp: statusBpjs === 'terdaftar' && rng.chance(0.95) ? npp(rng) : '' };
}

function catatan(rng: Prng, profile: KoperasiProfile, history: KoperasiHistory): string {
  if (profile.key === 'sekunder') return `Anggota: ${rng.int(3, 40)} koperasi primer.`;
  if (history.inactiveSince !== null && rng.chance(0.6)) return `Tidak aktif sejak ${history.inactiveSince}; pengurus tidak dapat dihubungi.`;
  if (!rng.chance(0.25)) return '';
  const sex = rng.chance(0.6) ? 'L' : 'P';
  const ketua = personName(rng, sex, { allowHaji: true, degreeChance: profile.key === 'kpri' ? 0.6 : 0.1 });
  return rng.weighted([
    [`Kontak: ${sex === 'L' ? 'Bapak' : 'Ibu'} ${ketua} (Ketua).`, 5],
    [`Ketua: ${ketua}; Bendahara: ${personName(rng, rng.chance(0.5) ? 'L' : 'P')}.`, 3],
    [history.ratTahunBuku === null ? 'Belum pernah menyampaikan laporan RAT.' : `Laporan RAT tahun buku ${history.ratTahunBuku} sudah diterima.`, 2],
  ] as const);
}

/**
 * Yields the cooperatives of a generated district one at a time, each drawn from its own seeded stream
 * (`Prng.derive(seed, 'koperasi', i)`): the same seed gives the same district, and a caller can write in chunks
 * without holding everything in memory — the shape the 250,000-person generator will follow.
 */
export function* koperasiStream(options: GenerateKoperasiOptions): Generator<Koperasi> {
  const now = options.now ?? DEFAULT_GENERATOR_NOW;
  const places = placesOf(options.kabupaten);
  const kabKode = options.kabupaten.kode;
  const isKota = Number(kabKode.slice(3, 5)) >= 71;
  const merahPutihOpen = dayNumber(now) >= dayNumber('2025-08-01');
  const profiles = koperasiProfiles.filter((p) => p.key !== 'merah-putih' || merahPutihOpen);
  const weights = profiles.map((p) => [p, isKota ? p.weight.kota : p.weight.kabupaten] as const);
  const fallback = koperasiProfiles.find((p) => p.key === 'serba-usaha')!;
  const kpp = String(100 + (hashSeed(options.seed, 'kpp', kabKode) % 900));
  const usedNames = new Set<string>();
  const merahPutihPlaces = new Set<string>();
  let serial = Prng.derive(options.seed, 'serial', kabKode).int(100, 900);

  for (let i = 0; i < options.count; i++) {
    const rng = Prng.derive(options.seed, 'koperasi', i);
    const place = rng.pick(places);
    let profile = rng.weighted(weights);
    if (profile.key === 'merah-putih') {
      if (!place.kelurahanKode || merahPutihPlaces.has(place.kelurahanKode)) profile = fallback;
      else merahPutihPlaces.add(place.kelurahanKode);
    }
    const identity = uniqueIdentity(rng, profile, place, usedNames);
    const history = koperasiHistory(rng, profile, kabKode, now);
    const size = koperasiSize(rng, profile);
    const active = history.status === 'aktif';
    serial += rng.int(1, 40);
    yield {
      ...emptyKoperasi(),
      ...identity,
      nomorBadanHukum: history.nomorBadanHukum,
      tanggalBadanHukum: history.tanggalBadanHukum,
      nomorIndukKoperasi: history.nomorInduk ? nomorIndukKoperasi(place.kelurahanKode || `${place.kecamatanKode}.0000`, serial) : '',
      nomorIndukKoperasiTerbit: history.nomorInduk?.terbit ?? '',
      nomorIndukKoperasiBerlaku: history.nomorInduk?.berlaku ?? '',
      nib: rng.chance(active ? 0.45 : 0.2) ? nib(rng) : '',
      npwp: rng.chance(active ? 0.5 : 0.3) ? npwp(rng, kpp) : '',
      ...koperasiContact(rng, identity.nama, place.kelurahanNama, place.desa),
      kecamatanKode: place.kecamatanKode,
      kecamatanNama: place.kecamatanNama,
      kelurahanKode: place.kelurahanKode,
      kelurahanNama: place.kelurahanNama,
      ...size,
      ratTerakhir: history.ratTerakhir,
      ratTahunBuku: history.ratTahunBuku,
      status: history.status,
      ...bpjs(rng, history.status, size.karyawanLaki + size.karyawanPerempuan),
      catatan: catatan(rng, profile, history),
    };
  }
}

/** A whole generated district at once (2,000 cooperatives take a few tens of milliseconds). */
export function generateKoperasi(options: GenerateKoperasiOptions): Koperasi[] {
  return Array.from(koperasiStream(options));
}
