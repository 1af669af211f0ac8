import type { Transaction } from 'dexie';
import { bangunRingkasan } from './ringkasan-capaian';
import { antrianKecamatanOf, counterAntrianKecamatan, type AntrianKecamatan } from './antrian-kecamatan';
import { orangPeranOf, type OrangPeran } from './orang-peran';
import { counterKey } from './record-counters';
import { koperasiCounterNames } from './table-definitions';

/**
 * The database's schema history. Append only: a released version is never edited, because laptops in the field
 * hold databases at every version and Dexie upgrades them step by step. Add a new entry (with an `upgrade` when old
 * records need reshaping) and a test in migrations.test.ts that opens the previous version with old-shaped data.
 */
export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly description: string;
  /** Reshapes or fills data written by the previous version, inside Dexie's upgrade transaction. */
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    description: 'Koperasi registry, the change journal and local metadata.',
    stores: {
      koperasi: 'id, namaSort, *searchTokens, kecamatanKode, changedAt',
      journal: '++seq, [table+recordId]',
      meta: 'key',
    },
  },
  {
    version: 2,
    description: 'People by NIK (one per NIK: unique sparse index), their roles in cooperatives, BPJS enrollments; live-record counters in meta.',
    stores: {
      anggota: 'id, [namaSort+id], *searchTokens, &nikKey, kecamatanKode, changedAt',
      peran: 'id, anggotaId, koperasiId, changedAt',
      kepesertaan: 'id, anggotaId, koperasiId, antrian, antrianKoperasi, changedAt',
    },
    // Counters start with this version: count the cooperatives a version-1 database already holds.
    upgrade: async (tx) => {
      let live = 0;
      await tx.table('koperasi').each((k: { deleted?: number }) => {
        if (k.deleted === 0) live++;
      });
      await tx.table('meta').put({ key: 'jumlah:koperasi', value: live });
    },
  },
  {
    version: 3,
    description: 'Outreach events, their check-ins (one record per check-in per device; looked up by event and person) and the print log.',
    stores: {
      kegiatan: 'id, tanggal, changedAt',
      kehadiran: 'id, [kegiatanId+anggotaId], anggotaId, changedAt',
      cetakan: 'id, refId, waktu, changedAt',
      // A cooperative's officers without reading its whole roster (the check-in search by cooperative name).
      peran: 'id, anggotaId, koperasiId, [koperasiId+peran], changedAt',
    },
  },
  {
    version: 4,
    description:
      'Data exchange: the conflict list (versions of a field written without knowing each other), the NIK aliases of fused people, and the logs of exports and imports.',
    stores: {
      konflik: 'id, [tabel+recordId]',
      alias: 'id, into',
      ekspor: 'id, waktu, tujuan',
      impor: 'id, waktu, [deviceId+nomorEkspor]',
    },
  },
  {
    version: 5,
    description: 'People by every NIK they are known by (a multi-entry index), so a merge finds a person under a NIK corrected since another laptop saw it.',
    stores: {
      anggota: 'id, [namaSort+id], *searchTokens, &nikKey, *nikSemua, kecamatanKode, changedAt',
    },
    // Until now a person was known by their current NIK only.
    upgrade: async (tx) => {
      await tx
        .table('anggota')
        .toCollection()
        .modify((a: { nik?: string; nikSemua?: string[] }) => {
          a.nikSemua = a.nik ? [a.nik] : [];
        });
    },
  },
  {
    version: 6,
    description: "Agreements, the programs run under them, their targets and cooperatives' participations (issue 13); events linked to the program they serve.",
    stores: {
      perjanjian: 'id, changedAt',
      program: 'id, changedAt',
      target: 'id, programId, changedAt',
      keikutsertaan: 'id, programId, koperasiId, changedAt',
      kegiatan: 'id, tanggal, programId, changedAt',
    },
    // Events made before programs existed serve none yet: their free-text `program` stays and can be linked later.
    upgrade: async (tx) => {
      await tx
        .table('kegiatan')
        .toCollection()
        .modify((k: { programId?: string }) => {
          if (k.programId === undefined) k.programId = '';
        });
    },
  },
  {
    version: 7,
    description:
      'Program achievement without rescanning: a summary per cooperative of its enrollments, counted roles and check-ins, kept in meta by every path that stores records (no new store or index).',
    stores: {},
    // Databases from before keep no summaries: build them once from the records they hold.
    upgrade: bangunRingkasan,
  },
  {
    version: 8,
    description:
      'People without NIK (walk-ins) by their sort name, so Kemungkinan duplikat reads only the name groups that hold one instead of the whole district.',
    stores: {
      anggota: 'id, [namaSort+id], *searchTokens, &nikKey, *nikSemua, namaTanpaNik, kecamatanKode, changedAt',
    },
    upgrade: async (tx) => {
      await tx
        .table('anggota')
        .toCollection()
        .modify((a: { deleted: number; nik?: string; namaSort?: string; namaTanpaNik?: string }) => {
          if (a.deleted === 0 && !a.nik && a.namaSort) a.namaTanpaNik = a.namaSort;
        });
    },
  },
  {
    version: 9,
    description:
      "The follow-up list by kecamatan in one range read: each enrollment filed under its cooperative's kecamatan (a derived index); each role carrying its person's sort name and sex, so a roster reads only the people on screen; cooperatives counted per status, BPJS status and kelompok in meta, so the home page and the kelompok options read no registry.",
    stores: {
      kepesertaan: 'id, anggotaId, koperasiId, antrian, antrianKoperasi, antrianKecamatan, changedAt',
    },
    upgrade: async (tx) => {
      const kecamatan = new Map<string, string>();
      const counts = new Map<string, number>();
      await tx.table('koperasi').each((k: { id: string; kecamatanKode?: string; deleted: number; status: never; statusBpjs: never; kelompok?: string }) => {
        if (k.kecamatanKode) kecamatan.set(k.id, k.kecamatanKode);
        if (k.deleted === 0) for (const name of koperasiCounterNames({ ...k, kelompok: k.kelompok ?? '' })) counts.set(name, (counts.get(name) ?? 0) + 1);
      });
      await tx.table('meta').bulkPut([...counts].map(([name, value]) => ({ key: counterKey(name), value })));
      await tx
        .table('kepesertaan')
        .toCollection()
        .modify((k: Parameters<typeof antrianKecamatanOf>[0] & { antrianKecamatan?: unknown }) => {
          const key = antrianKecamatanOf(k, kecamatan.get(k.koperasiId));
          if (key) k.antrianKecamatan = key;
        });
      const orang = new Map<string, OrangPeran>();
      await tx.table('anggota').each((a: Parameters<typeof orangPeranOf>[0] & { id: string }) => {
        const o = orangPeranOf(a);
        if (o) orang.set(a.id, o);
      });
      await tx
        .table('peran')
        .toCollection()
        .modify((p: { anggotaId: string; orangRoster?: OrangPeran }) => {
          const o = orang.get(p.anggotaId);
          if (o) p.orangRoster = o;
        });
    },
  },
  {
    version: 10,
    description:
      'The follow-up list by kecamatan without counting its range: live enrollments counted per kecamatan and status in meta (jumlah:antrianKecamatan:*), kept by every path that files an enrollment (no new store or index).',
    stores: {},
    // Databases from before keep no such counters: count the keys their enrollments are filed under (v9 set them).
    upgrade: async (tx) => {
      const counts = new Map<string, number>();
      await tx.table('kepesertaan').each((k: { antrianKecamatan?: AntrianKecamatan }) => {
        if (!k.antrianKecamatan) return;
        const name = counterAntrianKecamatan(k.antrianKecamatan[0], k.antrianKecamatan[1]);
        counts.set(name, (counts.get(name) ?? 0) + 1);
      });
      await tx.table('meta').bulkPut([...counts].map(([name, value]) => ({ key: counterKey(name), value })));
    },
  },
];

export { syncedTables, type SyncedTable } from '../../shared/records/synced-tables';
