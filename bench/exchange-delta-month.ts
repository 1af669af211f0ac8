import { generateKoperasi } from '../shared/test-support/generator/district-generator';
import { districtPeopleStream, koperasiWithIds, type DistrictPeopleChunk, type Generated } from '../shared/test-support/generator/people-generator';
import type { Anggota } from '../shared/anggota/anggota-schema';
import type { Peran } from '../shared/anggota/peran-schema';
import type { Kepesertaan } from '../shared/kepesertaan/kepesertaan-schema';
import { pernyataanTerbaru } from '../shared/kepesertaan/pernyataan-persetujuan';
import { emptyKegiatan } from '../shared/kegiatan/kegiatan-schema';
import { exchangeFieldNames } from '../shared/exchange/exchange-record';
import { tanggalHariIni } from '../shared/format/format-date';
import type { KabupatenRegions } from '../shared/region/region-types';
import { ChangeClock } from '../renderer/db/change-clock';
import { openKopLindungDb, type KopLindungDb } from '../renderer/db/database';
import { collectBundle, type ManifestBase } from '../renderer/db/exchange/collect-bundle';
import { WritePath } from '../renderer/db/write-path';
import { encodeBundle } from '../renderer/exchange/encode-bundle';
import type { DeltaMonth } from './bench-types';
import { deleteDb } from './raw-idb-baseline';
import { freshName } from './write-bench';

/** The officer's laptop: its own device id, so the district's clocks and the month's never share a node. */
export const OFFICER_DEVICE = 'bench-petugas-lapangan';
const OFFICER = 'Petugas Lapangan Bench';

/**
 * One field officer's month, in records (issue 16 §3): of `changes` records, a fifth are new people, each with a
 * role and an enrollment (three fifths of the file), 2 % edits of cooperatives, 8 % edits of people, 10 %
 * enrollments moving to terdaftar, one event and its check-ins (the rest). `sameNik` of the new people carry the
 * NIK of a person the district already holds, so the merge fuses them.
 */
export function planMonth(changes: number, sameNik: number) {
  const newPeople = Math.round(changes * 0.2);
  const koperasiEdits = Math.round(changes * 0.02);
  const peopleEdits = Math.round(changes * 0.08);
  const terdaftar = Math.round(changes * 0.1);
  const checkIns = Math.max(0, changes - 3 * newPeople - koperasiEdits - peopleEdits - terdaftar - 1);
  return { newPeople, koperasiEdits, peopleEdits, terdaftar, checkIns, sameNik: Math.min(sameNik, newPeople) };
}

type Row = Record<string, unknown> & { id: string; changedAt: string };
const userFieldsOf = (table: 'anggota', stored: Row) => Object.fromEntries(exchangeFieldNames[table].map((f) => [f, stored[f]])) as unknown as Anggota;

/**
 * Builds the month on a second laptop and exports it as a changes-only bundle, as an officer would: the laptop
 * holds a copy of the district's records the month touches (stored as they are, stamps and clocks included; a
 * changes-only export reads only what changed after the copy, so the copy of the rest would not change the file),
 * then every change goes through the app's write path under the officer's own clock, and `collectBundle`
 * (`perubahan` since the copy) with `encodeBundle` (a passphrase, 600,000 PBKDF2 rounds) make the file. The people
 * carrying a district NIK are not in that copy (the office registered them while the officer was out), so the
 * officer's laptop takes them as new, and only the office's merge meets both. Untimed: the bench times the import.
 */
export async function buildMonthBundle(
  district: KopLindungDb,
  input: { seed: number; kabupaten: KabupatenRegions; koperasiCount: number; changes: number; sameNik: number; passphrase: string },
): Promise<{ bytes: Uint8Array; month: DeltaMonth }> {
  const plan = planMonth(input.changes, input.sameNik);
  // What the month touches of the district, chosen in primary-key order (random ids, so spread over the district).
  const koperasi = (await district.koperasi.limit(plan.koperasiEdits).toArray()) as unknown as Row[];
  const people = (await district.anggota
    .filter((a) => a.deleted === 0 && a.nik !== '' && a.dihapusPribadi === undefined)
    .limit(plan.peopleEdits + plan.sameNik)
    .toArray()) as unknown as Row[];
  const edited = people.slice(0, plan.peopleEdits);
  const known = people.slice(plan.peopleEdits);
  const waiting = new Set(['draf', 'formulir_dicetak', 'diajukan']);
  const enrollments = (await district.kepesertaan
    .filter((k) => k.deleted === 0 && waiting.has(k.status))
    .limit(plan.terdaftar)
    .toArray()) as unknown as Row[];
  const knownIds = new Set(known.map((p) => p.id));
  const arrivals: { anggotaId: string; koperasiId: string }[] = [];
  const seen = new Set<string>();
  for (const r of await district.peran
    .filter((p) => p.deleted === 0)
    .limit(plan.checkIns * 2 + plan.sameNik)
    .toArray()) {
    if (arrivals.length >= plan.checkIns) break;
    if (seen.has(r.anggotaId) || knownIds.has(r.anggotaId)) continue;
    seen.add(r.anggotaId);
    arrivals.push({ anggotaId: r.anggotaId, koperasiId: r.koperasiId });
  }

  // New people from another generator stream; any whose NIK the district already holds by chance is left out,
  // so exactly `sameNik` people fuse.
  const withIds = koperasiWithIds(input.seed, generateKoperasi({ seed: input.seed, count: input.koperasiCount, kabupaten: input.kabupaten }));
  const asked = Math.ceil(plan.newPeople * 1.25) + 10;
  const first = districtPeopleStream({
    seed: input.seed + 7919,
    kabupaten: input.kabupaten,
    koperasi: withIds,
    people: asked,
    roles: asked,
    enrollments: asked,
    chunkSize: asked,
  }).next();
  if (first.done) throw new Error('delta: the generator gave no people');
  const generated: DistrictPeopleChunk = first.value;
  const taken = new Set(
    (
      await district.anggota
        .where('nikKey')
        .anyOf(generated.anggota.map((a) => a.values.nik))
        .toArray()
    ).map((a) => a.nik),
  );
  const newPeople: Generated<Anggota>[] = generated.anggota.filter((a) => !taken.has(a.values.nik)).slice(0, plan.newPeople);
  // The same person registered again by the officer: the office's identity fields, an address and phone of the day.
  known.forEach((source, i) => {
    const person = newPeople[i];
    if (person) newPeople[i] = { id: person.id, values: { ...userFieldsOf('anggota', source), alamat: person.values.alamat, telepon: person.values.telepon } };
  });
  const newIds = new Set(newPeople.map((p) => p.id));
  const roles: Generated<Peran>[] = generated.peran.filter((r) => newIds.has(r.values.anggotaId));
  const newEnrollments: Generated<Kepesertaan>[] = generated.kepesertaan.filter((k) => newIds.has(k.values.anggotaId));

  const name = freshName('delta-petugas');
  const officer = await openKopLindungDb(name);
  try {
    await officer.koperasi.bulkPut(koperasi as never[]);
    await officer.anggota.bulkPut(edited as never[]);
    await officer.kepesertaan.bulkPut(enrollments as never[]);
    const sejak = [...koperasi, ...edited, ...enrollments].reduce((m, r) => (r.changedAt > m ? r.changedAt : m), '');
    const clock = new ChangeClock(OFFICER_DEVICE);
    if (sejak) clock.receive(sejak);
    const writes = new WritePath(officer, clock, () => OFFICER);

    await writes.bulkCreate(
      'anggota',
      newPeople.map((p) => p.values),
      newPeople.map((p) => p.id),
    );
    await writes.bulkCreate(
      'peran',
      roles.map((r) => r.values),
      roles.map((r) => r.id),
    );
    await writes.bulkCreate(
      'kepesertaan',
      newEnrollments.map((k) => k.values),
      newEnrollments.map((k) => k.id),
    );
    for (const [i, k] of koperasi.entries()) await writes.update('koperasi', k.id, { alamat: `Jl. Pemuda No. ${i + 1}, Ruko Baru` });
    for (const [i, p] of edited.entries()) await writes.update('anggota', p.id, { alamat: `Jl. Kenanga Gg. ${i + 1} No. 7` });
    const now = new Date().toISOString();
    for (const [i, k] of enrollments.entries()) {
      await writes.update('kepesertaan', k.id, {
        status: 'terdaftar',
        statusSejak: now,
        kpj: `${(i % 9) + 1}${String(i).padStart(10, '0')}`,
        persetujuanVersi: (k.persetujuanVersi as string) || pernyataanTerbaru.versi,
        persetujuanOleh: (k.persetujuanOleh as string) || OFFICER,
        persetujuanWaktu: (k.persetujuanWaktu as string) || now,
      });
    }
    const kegiatan = await writes.create('kegiatan', {
      ...emptyKegiatan(),
      judul: 'Sosialisasi BPJS Ketenagakerjaan Kecamatan',
      tanggal: tanggalHariIni(),
      jamMulai: '09:00',
      jamSelesai: '12:00',
      tempat: 'Balai Warga',
      penyelenggara: ['Dinas Koperasi dan UKM'],
      mitra: ['BPJS Ketenagakerjaan'],
    });
    await writes.bulkCreate(
      'kehadiran',
      arrivals.map((a) => ({
        kegiatanId: kegiatan.id,
        anggotaId: a.anggotaId,
        koperasiId: a.koperasiId,
        waktu: now,
        petugas: OFFICER,
        walkIn: false,
        inginMendaftar: false,
        kepesertaanId: '',
      })),
    );

    const manifest: ManifestBase = {
      appVersion: '0.1.0',
      kantor: { kode: '36.74', nama: 'Dinas Koperasi dan UKM Kota Tangerang Selatan' },
      deviceId: OFFICER_DEVICE,
      petugas: OFFICER,
      nomorEkspor: 7,
      dibuat: now,
      tujuan: 'Kantor Dinas',
    };
    const contents = await collectBundle(officer, { jenis: 'perubahan', sejak, manifest });
    const bytes = await encodeBundle(contents, { passphrase: input.passphrase });
    const records = Object.fromEntries(Object.entries(contents.manifest.isi).map(([s, v]) => [s, v.jumlah]));
    return {
      bytes,
      month: {
        records,
        total: Object.values(records).reduce((a, b) => a + b, 0),
        bundleBytes: bytes.length,
        newPeople: newPeople.length,
        roles: roles.length,
        enrollments: newEnrollments.length,
        koperasiEdits: koperasi.length,
        peopleEdits: edited.length,
        terdaftar: enrollments.length,
        checkIns: arrivals.length,
        sameNik: Math.min(known.length, newPeople.length),
      },
    };
  } finally {
    officer.close();
    await deleteDb(name);
  }
}
