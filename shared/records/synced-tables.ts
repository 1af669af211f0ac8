/**
 * Tables whose records carry change stamps and travel in export files, in the order a bundle lists them: parents
 * before the records that point at them, so an importer that reads in order always meets a cooperative before
 * its roles and a person before their check-ins. The program tables came later and follow (schema 6): an agreement
 * before its programs, a program before its targets and participations.
 */
export const syncedTables = [
  'koperasi',
  'anggota',
  'peran',
  'kepesertaan',
  'kegiatan',
  'kehadiran',
  'cetakan',
  'perjanjian',
  'program',
  'target',
  'keikutsertaan',
] as const;
export type SyncedTable = (typeof syncedTables)[number];
