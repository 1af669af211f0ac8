/**
 * One value of one field as some laptop wrote it: the value, the clock of the change, and the basis (the newest
 * clock of that field the writer had seen; '' for none). See record-meta.ts.
 */
export interface FieldVersion {
  readonly value: unknown;
  readonly clock: string;
  readonly basis: string;
}

/** The device part of an HLC stamp (`<24-char ISO time>-<4 hex>-<node>`). */
export const nodeOfClock = (clock: string): string => clock.slice(30);

/**
 * Whether `newer` was written knowing `older`: its writer had seen a clock at least as new (its basis), or it
 * comes later from the same laptop (which knows its own earlier writes, and never forgets what they knew: its
 * basis is no older). Transitive, which is what makes the set of versions nobody superseded the same whatever
 * order they arrive in; the same-laptop rule checks the basis too so that stays true even for a crafted file.
 */
export function supersedes(newer: FieldVersion, older: FieldVersion): boolean {
  if (newer.clock === older.clock) return false;
  if (older.clock <= newer.basis) return true;
  return nodeOfClock(older.clock) === nodeOfClock(newer.clock) && older.clock < newer.clock && older.basis <= newer.basis;
}

/** Compares values the way JSON stores them (arrays and objects by content). */
export function sameFieldValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The versions of a field that no other version supersedes, newest clock first. The first is the value the field
 * holds (the newest change wins); any others were written without knowing it and stay until someone supersedes
 * them, either a later change made knowing them or a person choosing in the conflict list. A function of the set
 * of versions only, so merging files in any order, or the same file twice, ends with the same frontier.
 */
export function fieldFrontier(versions: Iterable<FieldVersion>): FieldVersion[] {
  const byClock = new Map<string, FieldVersion>();
  for (const v of versions) {
    const seen = byClock.get(v.clock);
    // One clock is one change; should two copies differ (never from this app), keep one deterministically.
    if (!seen || JSON.stringify(v) < JSON.stringify(seen)) byClock.set(v.clock, v);
  }
  const all = [...byClock.values()];
  return all.filter((v) => !all.some((w) => supersedes(w, v))).sort((a, b) => (a.clock < b.clock ? 1 : a.clock > b.clock ? -1 : 0));
}

/** A frontier is a conflict for people to see only when its versions hold different values. */
export function isConflict(frontier: readonly FieldVersion[]): boolean {
  return frontier.some((v) => !sameFieldValue(v.value, frontier[0]!.value));
}
