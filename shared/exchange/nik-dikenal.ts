/**
 * The NIKs a person is known by. A NIK travels in files; once a file has shown a person under a NIK, every laptop
 * that reads that file, or a file made after it, knows the person by it, even after a later correction. That is
 * what lets "one person per NIK" be decided the same in any import order: were only the current NIK compared, an
 * office that met an old copy of a person (NIK …0001, since corrected to …0002) beside someone else registered
 * with …0001 would fuse them in one order and keep them apart in another. So two records sharing any NIK they are
 * known by are one person, and the set only grows (a union, the same in any order).
 *
 * Stored and exported as `nikDikenal`: the NIKs besides the current one, sorted (absent when there are none), so
 * a copy's set is a function of what it knows, whatever the order it learned it in.
 */
interface WithNik {
  readonly nik?: unknown;
  readonly nikDikenal?: unknown;
  readonly [key: string]: unknown;
}

const knownOf = (r: WithNik): readonly string[] => (Array.isArray(r.nikDikenal) ? (r.nikDikenal as string[]) : []);

/** Every NIK the record is known by, the current one included, sorted. The merge looks people up by these. */
export function nikSemua(...records: readonly WithNik[]): string[] {
  const all = new Set<string>();
  for (const r of records) {
    for (const n of knownOf(r)) if (n) all.add(n);
    if (typeof r.nik === 'string' && r.nik) all.add(r.nik);
  }
  return [...all].sort();
}

/** What `nikDikenal` holds for a person whose current NIK is `nik`, knowing what `records` know: the others, sorted. */
export function nikDikenal(nik: unknown, ...records: readonly WithNik[]): string[] {
  return nikSemua(...records).filter((n) => n !== nik);
}
