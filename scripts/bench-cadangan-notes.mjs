/**
 * The backup section's lines under the bench table (bench/cadangan-bench.ts): each snapshot beside raw reads of the
 * records it collects, and the restore of the chain beside raw puts of the same records.
 */
export function cadanganNotes(c) {
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  const snapshot = (label, x) => `${label}: ${s(x.ms)} for ${x.records} records (${mb(x.bytes)}); raw reads of the same records ${s(x.rawReadMs)}`;
  return [
    snapshot('backup, full snapshot', c.penuh),
    snapshot(`backup, changes only after ${c.perubahan} people edited`, c.perubahanSaja),
    `restore into an empty database: open the chain ${s(c.pulihkanKosong.openMs)}, replace ${s(c.pulihkanKosong.replaceMs)} for ${c.pulihkanKosong.records} records; raw puts of the same records and journal entries ${s(c.pulihkanKosong.rawMs)}${c.pulihkanKosong.rawFrom === 'exchange' ? " (the exchange section's)" : ''} (replace/raw ${(c.pulihkanKosong.replaceMs / Math.max(1, c.pulihkanKosong.rawMs)).toFixed(2)})`,
    c.pulihkanPenuh
      ? `restore over the full district database: open the chain ${s(c.pulihkanPenuh.openMs)}, replace ${s(c.pulihkanPenuh.replaceMs)}`
      : 'restore over the full district database: not run (BENCH_CADANGAN_PENUH=1 adds it)',
  ];
}
