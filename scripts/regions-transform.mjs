import { parseCsvObjects } from './parse-csv.mjs';

/** The regulation idn-area-data 4 follows (docs/domain.md §4); shown beside the data so offices know its basis. */
export const REGION_BASIS = 'Kepmendagri 300.2.2-2138 Tahun 2025';

/** @typedef {import('../shared/region/region-types').RegionIndex} RegionIndex */
/** @typedef {import('../shared/region/region-types').KabupatenRegions} KabupatenRegions */

/**
 * @typedef {object} RegionCsvs the text of idn-area-data's CSV files
 * @property {string} provinces
 * @property {string} regencies
 * @property {string} districts
 * @property {string} villages
 */

const byKode = (a, b) => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0);

/**
 * Groups `rows` under their parent code; an unknown parent is an error, because a dropped kelurahan would make
 * an office unable to record a cooperative that exists.
 *
 * @param {Record<string, string>[]} rows
 * @param {string} parentColumn
 * @param {Set<string>} parents
 * @param {string} what
 */
function groupByParent(rows, parentColumn, parents, what) {
  /** @type {Map<string, {kode: string, nama: string}[]>} */
  const groups = new Map();
  for (const row of rows) {
    const parent = row[parentColumn];
    if (!parents.has(parent)) throw new Error(`${what} ${row.code} refers to unknown parent ${parent}`);
    const list = groups.get(parent) ?? [];
    list.push({ kode: row.code.trim(), nama: row.name.trim() });
    groups.set(parent, list);
  }
  for (const list of groups.values()) list.sort(byKode);
  return groups;
}

/**
 * Turns idn-area-data's four CSV files into the renderer's region assets: a small index of provinces and
 * kab/kota, and one file per kab/kota holding its kecamatan and kelurahan/desa. Pure (text in, values out) so it
 * is tested without touching the output folder.
 *
 * @param {RegionCsvs} csvs
 * @param {string} version the idn-area-data package version
 * @returns {{ index: RegionIndex, kabupaten: KabupatenRegions[] }}
 */
export function transformRegions(csvs, version) {
  const provinces = parseCsvObjects(csvs.provinces, ['code', 'name']);
  const regencies = parseCsvObjects(csvs.regencies, ['code', 'province_code', 'name']);
  const districts = parseCsvObjects(csvs.districts, ['code', 'regency_code', 'name']);
  const villages = parseCsvObjects(csvs.villages, ['code', 'district_code', 'name']);

  const regenciesByProvince = groupByParent(regencies, 'province_code', new Set(provinces.map((p) => p.code)), 'Regency');
  const districtsByRegency = groupByParent(districts, 'regency_code', new Set(regencies.map((r) => r.code)), 'District');
  const villagesByDistrict = groupByParent(villages, 'district_code', new Set(districts.map((d) => d.code)), 'Village');

  const provinsi = provinces.map((p) => ({ kode: p.code.trim(), nama: p.name.trim(), kabupaten: regenciesByProvince.get(p.code) ?? [] })).sort(byKode);
  const kabupaten = regencies
    .map((r) => ({
      kode: r.code.trim(),
      nama: r.name.trim(),
      kecamatan: (districtsByRegency.get(r.code) ?? []).map((d) => ({ ...d, kelurahan: villagesByDistrict.get(d.kode) ?? [] })),
    }))
    .sort(byKode);
  return { index: { source: `idn-area-data ${version}`, basis: REGION_BASIS, provinsi }, kabupaten };
}

/**
 * The notice the About page shows: the data is ODbL, so its licence and source travel with every copy.
 *
 * @param {string} licenseMarkdown the package's data/LICENSE.md
 * @param {string} version
 */
export function attributionText(licenseMarkdown, version) {
  const heading = /^#\s+(.+)$/m.exec(licenseMarkdown)?.[1]?.trim();
  if (!heading) throw new Error('data/LICENSE.md has no heading');
  return [
    heading,
    '',
    `Region data © idn-area-data contributors (fityannugroho/idn-area-data, https://github.com/fityannugroho/idn-area-data), version ${version}, basis ${REGION_BASIS}.`,
    'Made available under the Open Database License (ODbL) 1.0: https://opendatacommons.org/licenses/odbl/1-0/',
    '',
  ].join('\n');
}
