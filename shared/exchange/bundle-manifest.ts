import { z } from 'zod';
import { syncedTables } from '../records/synced-tables';
import { isOneOf } from '../validation/is-one-of';
import { hlcStampSchema } from './exchange-record';

/** The bundle format this app writes and the newest it reads; a bundle with a higher number is refused whole. */
export const BUNDLE_FORMAT_VERSION = 1;

/** What a bundle's sections are named: the synced tables, then the NIK aliases. */
export const bundleSections = [...syncedTables, 'alias'] as const;
export type BundleSection = (typeof bundleSections)[number];
/** Whether a name read from a file or a counter is a bundle section (and so has a label in i18n `pertukaran.tabel`). */
export const isBundleSection = (name: string): name is BundleSection => isOneOf(bundleSections, name);

/** A whole database, or only what changed since the last export to the same destination. */
export const jenisEkspor = ['semua', 'perubahan'] as const;
export type JenisEkspor = (typeof jenisEkspor)[number];

/** The hash of no bytes: what an empty section hashes to. */
export const EMPTY_SECTION_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const sectionKosong = { jumlah: 0, sha256: EMPTY_SECTION_SHA256 };

/**
 * Sections that came with schema 6 (agreements, programs, targets, participations): a file from an older app has
 * none, and reads as if they were empty, so files made in the field before the update still import.
 */
const sectionsSejakSkema6 = new Set<string>(['perjanjian', 'program', 'target', 'keikutsertaan']);

const sectionSummary = z.strictObject({
  jumlah: z.number().int().min(0).max(5_000_000),
  /** SHA-256 (hex) of the section's records as the bundle carries them (docs/exchange-format.md). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/**
 * The first thing an importer reads: who made the bundle (office, laptop, officer), which export of that laptop
 * it is, what it holds, and per section a count and a hash, so a truncated or altered file is refused before
 * anything is written and both sides can compare the same totals afterwards.
 */
export const bundleManifestSchema = z.strictObject({
  format: z.literal('koplindung-bundle'),
  formatVersion: z.number().int().min(1),
  /** The database schema version (renderer/db/schema-versions.ts) the records were read from. */
  schemaVersion: z.number().int().min(1).max(1000),
  appVersion: z.string().regex(/^\d{1,4}\.\d{1,4}\.\d{1,4}([-+][0-9A-Za-z.-]{1,40})?$/),
  kantor: z.strictObject({
    /** Kemendagri code of the kabupaten/kota ("32.04"), '' before the office profile is set. */
    kode: z.union([z.literal(''), z.string().regex(/^\d{2}\.\d{2}$/)]),
    nama: z.string().max(160),
  }),
  deviceId: z.string().regex(/^[0-9a-z-]{1,36}$/),
  petugas: z.string().max(120),
  /** This laptop's export counter: 1, 2, 3 … */
  nomorEkspor: z.number().int().min(1).max(1_000_000_000),
  dibuat: z.iso.datetime({ offset: true }),
  jenis: z.enum(jenisEkspor),
  tujuan: z.string().trim().min(1).max(120),
  /** For `perubahan`: changes after this local clock were included; '' for a whole-database bundle. */
  sejak: z.union([z.literal(''), hlcStampSchema]),
  /** The newest local change clock included; the next `perubahan` export to the same destination starts here. */
  sampai: z.union([z.literal(''), hlcStampSchema]),
  isi: z.strictObject(
    Object.fromEntries(bundleSections.map((s) => [s, sectionsSejakSkema6.has(s) ? sectionSummary.default(sectionKosong) : sectionSummary])) as {
      [S in BundleSection]: typeof sectionSummary;
    },
  ),
});
export type BundleManifest = z.output<typeof bundleManifestSchema>;
