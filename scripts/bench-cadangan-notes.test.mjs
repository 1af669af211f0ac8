import { describe, expect, it } from 'vitest';
import { cadanganNotes } from './bench-cadangan-notes.mjs';

describe('cadanganNotes', () => {
  it('gives each snapshot beside its raw reads, and the restore beside raw puts with their ratio', () => {
    const lines = cadanganNotes({
      method: 'test',
      perubahan: 1000,
      penuh: { ms: 139_000, jenis: 'semua', records: 702_301, bytes: 61_500_000, rawReadMs: 9_000 },
      perubahanSaja: { ms: 2_400, jenis: 'perubahan', records: 1000, bytes: 120_000, rawReadMs: 40 },
      pulihkanKosong: { openMs: 60_000, replaceMs: 300_000, records: 702_301, rawMs: 200_000, rawWrites: 1_404_602, rawFrom: 'cadangan' },
      pulihkanPenuh: { openMs: 61_000, replaceMs: 330_000, records: 702_301 },
      wallMs: 1_000_000,
    });
    expect(lines).toEqual([
      'backup, full snapshot: 139.0 s for 702301 records (61.5 MB); raw reads of the same records 9.0 s',
      'backup, changes only after 1000 people edited: 2.4 s for 1000 records (0.1 MB); raw reads of the same records 0.0 s',
      'restore into an empty database: open the chain 60.0 s, replace 300.0 s for 702301 records; raw puts of the same records and journal entries 200.0 s (replace/raw 1.50)',
      'restore over the full district database: open the chain 61.0 s, replace 330.0 s',
    ]);
  });

  /** Snapshots of one record: the cases below differ in the restore only. */
  const snapshots = {
    perubahan: 1000,
    penuh: { ms: 1, records: 1, bytes: 1, rawReadMs: 1 },
    perubahanSaja: { ms: 1, records: 1, bytes: 1, rawReadMs: 1 },
  };

  it("names the exchange section's raw import when the restore shares it", () => {
    const notes = cadanganNotes({
      ...snapshots,
      pulihkanKosong: { openMs: 1000, replaceMs: 400_000, records: 702_301, rawMs: 320_000, rawWrites: 1_404_602, rawFrom: 'exchange' },
      pulihkanPenuh: { openMs: 1000, replaceMs: 1000, records: 1 },
    });
    expect(notes[2]).toBe(
      "restore into an empty database: open the chain 1.0 s, replace 400.0 s for 702301 records; raw puts of the same records and journal entries 320.0 s (the exchange section's) (replace/raw 1.25)",
    );
  });

  it('says the restore over the full district was not run, and how to add it', () => {
    const notes = cadanganNotes({
      ...snapshots,
      pulihkanKosong: { openMs: 1000, replaceMs: 1000, records: 1, rawMs: 1000, rawWrites: 2, rawFrom: 'cadangan' },
      pulihkanPenuh: null,
    });
    expect(notes[3]).toBe('restore over the full district database: not run (BENCH_CADANGAN_PENUH=1 adds it)');
  });
});
