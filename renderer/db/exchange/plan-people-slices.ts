import type { Table } from 'dexie';
import type { KunciNik } from './kunci-nik';

/** One slice of the people's table: merged, fused and written on its own. */
export interface PeopleSlice {
  /** The file's people in it (their ids as they live here now), in file order. */
  readonly ids: string[];
  /** People stored here under an id that is now an alias, whose survivor's group is in this slice. */
  readonly aliasStored: string[];
  /** Everyone the slice may meet while fusing by NIK: its people and the stored people linked to them. */
  readonly members: ReadonlySet<string>;
}

export interface PlanPeopleSlicesInput {
  /** The file's people, as the ids they live under here now, in file order, each once. */
  readonly ids: readonly string[];
  /** The keys (kunci-nik.ts) the file's copies of a person are known by. */
  readonly keysOf: (id: string) => readonly string[];
  readonly kunci: KunciNik;
  /** The people's store, whose `nikSemua` index is read once; none when it was empty before the merge. */
  readonly store: Table<Record<string, unknown>, string> | undefined;
  /** Ids stored here that are aliases: their records join their survivor. */
  readonly aliasStored: readonly string[];
  readonly resolve: (id: string) => string;
  /** About this many of the file's people per slice; a group that could fuse is never split. */
  readonly size: number;
}

/**
 * Cuts the people's table of an import into slices the merge can take one at a time, so a district's 250,000 people
 * are not held whole (with their local copies and merged results) while they are written. Fusing by NIK looks
 * across the whole table, so the cut never separates people who could meet: it first groups, on ids and keys alone,
 * everyone a fusion could link, more widely than the fusion itself does (people of the file sharing a key; a person
 * of the file and whoever is stored here under one of their keys; people stored here who share a key; an alias's
 * stored record and its survivor), then packs whole groups into slices in the file's order. The merge checks, slice
 * by slice, that it meets nobody outside its slice, and stops the import if it ever does.
 */
export async function planPeopleSlices(input: PlanPeopleSlicesInput): Promise<PeopleSlice[]> {
  const groups = new UnionFind();
  /** Each key's first holder stored here, then (once the file is read) its first holder of all. */
  const holderOf = new Map<string, string>();
  if (input.store) {
    await input.store.orderBy('nikSemua').eachKey((value, cursor) => {
      const key = input.kunci.ofIndexValue(value as string);
      const holder = cursor.primaryKey as string;
      const other = holderOf.get(key);
      if (other === undefined) holderOf.set(key, holder);
      else groups.union(other, holder);
    });
  }
  for (const id of input.ids) {
    for (const key of input.keysOf(id)) {
      const other = holderOf.get(key);
      if (other === undefined) holderOf.set(key, id);
      else groups.union(other, id);
    }
  }
  holderOf.clear();
  for (const id of input.aliasStored) groups.union(id, input.resolve(id));

  const linked = groups.members();
  const fileCount = new Map<string, number>();
  for (const id of input.ids) {
    const root = groups.find(id);
    fileCount.set(root, (fileCount.get(root) ?? 0) + 1);
  }
  const sliceOf = new Map<string, PeopleSlice>();
  const slices: PeopleSlice[] = [];
  let open: { slice: PeopleSlice; size: number } | undefined;
  const place = (root: string, count: number) => {
    if (!open || (open.size > 0 && open.size + count > input.size)) {
      open = { slice: { ids: [], aliasStored: [], members: new Set() }, size: 0 };
      slices.push(open.slice);
    }
    open.size += count;
    sliceOf.set(root, open.slice);
    for (const id of linked.get(root) ?? [root]) (open.slice.members as Set<string>).add(id);
  };
  for (const id of input.ids) {
    const root = groups.find(id);
    if (!sliceOf.has(root)) place(root, fileCount.get(root)!);
    sliceOf.get(root)!.ids.push(id);
  }
  // An alias stored here whose survivor is not in the file still goes to its survivor, in the last slice.
  for (const id of input.aliasStored) {
    const root = groups.find(id);
    if (!sliceOf.has(root)) place(root, 0);
    sliceOf.get(root)!.aliasStored.push(id);
  }
  return slices;
}

/** Groups of ids joined by `union`; an id never joined is its own group and takes no memory. */
class UnionFind {
  private readonly parent = new Map<string, string>();

  find(id: string): string {
    let root = id;
    for (let next = this.parent.get(root); next !== undefined && next !== root; next = this.parent.get(root)) root = next;
    for (let at = id; at !== root;) {
      const next = this.parent.get(at)!;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }

  union(a: string, b: string) {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    this.parent.set(ra, rb);
    if (!this.parent.has(rb)) this.parent.set(rb, rb);
  }

  /** Each joined group by its root, with every id in it. */
  members(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const id of this.parent.keys()) {
      const root = this.find(id);
      const group = out.get(root);
      if (group) group.push(id);
      else out.set(root, [id]);
    }
    return out;
  }
}
