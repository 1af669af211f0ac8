import type { KoperasiRecord, PeranRecord } from './synced-records';

/**
 * What the check-in search has already read for the rows it showed: each person's roles and each cooperative, so
 * the next keystroke (which shows mostly the same people) reads only the rows new to the screen. It belongs to one
 * `UndanganMemo`, which is read again, with a fresh cache, as soon as a person, a role or a cooperative changes, so
 * nothing here outlives the records it copies. Bounded: past `limit` people it starts over.
 */
export class SearchRowCache {
  private readonly roles = new Map<string, readonly PeranRecord[]>();
  private readonly koperasi = new Map<string, KoperasiRecord | undefined>();

  constructor(private readonly limit = 5_000) {}

  /** The person's roles (live and deleted, as the index holds them), or undefined when not read yet. */
  getRoles(anggotaId: string): readonly PeranRecord[] | undefined {
    return this.roles.get(anggotaId);
  }

  setRoles(anggotaId: string, roles: readonly PeranRecord[]): void {
    if (this.roles.size >= this.limit) this.roles.clear();
    this.roles.set(anggotaId, roles);
  }

  /** Whether the cooperative was read (it may have been missing: then `getKoperasi` is undefined). */
  hasKoperasi(id: string): boolean {
    return this.koperasi.has(id);
  }

  getKoperasi(id: string): KoperasiRecord | undefined {
    return this.koperasi.get(id);
  }

  setKoperasi(id: string, koperasi: KoperasiRecord | undefined): void {
    if (this.koperasi.size >= this.limit) this.koperasi.clear();
    this.koperasi.set(id, koperasi);
  }
}
