import { z } from 'zod';

/**
 * What main keeps about the database outside IndexedDB, rewritten after each burst of writes: the database's
 * identity (made when it was first opened), its record counts and its newest change clock. At start the renderer
 * compares the database it finds with this, so a profile that was wiped or recreated empty is noticed.
 */
export const statusBasisDataSchema = z.object({
  identitas: z.string().min(1).max(100),
  /** Live records per counter name (the `jumlah:*` counters in `meta`). */
  jumlah: z.record(z.string().max(100), z.number().int().min(0)),
  jamTerbaru: z.string().max(100),
  dicatat: z.iso.datetime(),
});
export type StatusBasisData = z.infer<typeof statusBasisDataSchema>;
