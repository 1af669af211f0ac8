import { pilihKetua } from '../../shared/anggota/ketua-koperasi';
import type { Peran } from '../../shared/anggota/peran-schema';
import type { KopLindungDb } from './database';
import type { AnggotaRecord, KoperasiRecord, PeranRecord } from './synced-records';
import type { WritePath } from './write-path';

/** A role with the person it belongs to (a cooperative's roster). */
export interface PeranDenganAnggota {
  readonly peran: PeranRecord;
  readonly anggota: AnggotaRecord;
}

/** A role with what the roster needs of its person without reading them (listRoster). */
export interface PeranRoster {
  readonly peran: PeranRecord;
  readonly anggota: { readonly id: string; readonly jenisKelamin: AnggotaRecord['jenisKelamin'] };
}

/** A role with the cooperative it is in (a person's roles). */
export interface PeranDenganKoperasi {
  readonly peran: PeranRecord;
  readonly koperasi: KoperasiRecord | undefined;
}

/**
 * The only code that reads or writes roles. Roles are read through the person or the cooperative they join; a
 * role whose person or cooperative was deleted is left out, so counts never include people who are gone.
 */
export class PeranRepository {
  constructor(
    private readonly db: KopLindungDb,
    private readonly writes: WritePath,
  ) {}

  async listForAnggota(anggotaId: string): Promise<PeranDenganKoperasi[]> {
    const roles = await this.db.peran
      .where('anggotaId')
      .equals(anggotaId)
      .filter((p) => p.deleted === 0)
      .toArray();
    const koperasi = await this.db.koperasi.bulkGet(roles.map((r) => r.koperasiId));
    return roles
      .map((peran, i) => ({ peran, koperasi: koperasi[i]?.deleted === 0 ? koperasi[i] : undefined }))
      .sort(
        (a, b) =>
          (a.peran.selesai === '' ? 0 : 1) - (b.peran.selesai === '' ? 0 : 1) ||
          compareKeys(a.koperasi?.namaSort ?? '', b.koperasi?.namaSort ?? '') ||
          compareKeys(a.peran.id, b.peran.id),
      );
  }

  /**
   * The cooperative's people by role, sorted by name (a large cooperative has a few thousand). Deleted roles are
   * dropped here, not by a Dexie filter, which would walk a cursor (a round trip per role) instead of one getAll.
   */
  async listForKoperasi(koperasiId: string): Promise<PeranDenganAnggota[]> {
    const roles = (await this.db.peran.where('koperasiId').equals(koperasiId).toArray()).filter((p) => p.deleted === 0);
    const people = await this.db.anggota.bulkGet([...new Set(roles.map((r) => r.anggotaId))]);
    const byId = new Map(people.filter((a): a is AnggotaRecord => a !== undefined && a.deleted === 0).map((a) => [a.id, a]));
    const out: PeranDenganAnggota[] = [];
    for (const peran of roles) {
      const anggota = byId.get(peran.anggotaId);
      if (anggota) out.push({ peran, anggota });
    }
    // Sort keys are already folded to plain lower-case words, so a code-unit comparison orders them like the list.
    return out.sort((a, b) => compareKeys(a.anggota.namaSort ?? '', b.anggota.namaSort ?? ''));
  }

  /**
   * A cooperative's roster from its roles alone (one getAll of small records): each live role whose person is here
   * and live, with the person's id and sex as the role carries them (orang-peran.ts), in the order of
   * `forKoperasi` (by the person's sort name). Enough to group and count the people; their names and NIKs are read
   * only for the rows on screen (`orang`).
   */
  async listRoster(koperasiId: string): Promise<PeranRoster[]> {
    const roles = await this.db.peran.where('koperasiId').equals(koperasiId).toArray();
    const out: PeranRoster[] = [];
    for (const peran of roles) {
      if (peran.deleted === 0 && peran.orangRoster)
        out.push({ peran, anggota: { id: peran.anggotaId, jenisKelamin: peran.orangRoster[1] as PeranRoster['anggota']['jenisKelamin'] } });
    }
    return out.sort((a, b) => compareKeys(a.peran.orangRoster![0], b.peran.orangRoster![0]));
  }

  /** The live people with these ids (the roster rows on screen), by id. */
  async listAnggota(ids: readonly string[]): Promise<Map<string, AnggotaRecord>> {
    const unique = [...new Set(ids)];
    const people = await this.db.anggota.bulkGet(unique);
    return new Map(people.flatMap((a) => (a?.deleted === 0 ? [[a.id, a] as const] : [])));
  }

  /**
   * The cooperative's chairman today (pilihKetua), for the daftar kolektif's "Ketua Koperasi": read through the
   * [koperasiId+peran] index, so only its pengurus, not its thousands of members.
   */
  async findKetua(koperasiId: string, today: string): Promise<AnggotaRecord | undefined> {
    const pengurus = await this.db.peran
      .where('[koperasiId+peran]')
      .equals([koperasiId, 'pengurus'])
      .filter((p) => p.deleted === 0)
      .toArray();
    const people = await this.db.anggota.bulkGet(pengurus.map((p) => p.anggotaId));
    const hidup = new Set(people.filter((a): a is AnggotaRecord => a?.deleted === 0).map((a) => a.id));
    const ketua = pilihKetua(
      pengurus.filter((p) => hidup.has(p.anggotaId)),
      today,
    );
    return ketua && people.find((a) => a?.id === ketua.anggotaId);
  }

  async get(id: string): Promise<PeranRecord | undefined> {
    const p = await this.db.peran.get(id);
    return p && p.deleted === 0 ? p : undefined;
  }

  create(values: Peran): Promise<PeranRecord> {
    return this.writes.create('peran', values);
  }

  update(id: string, values: Partial<Peran>): Promise<PeranRecord> {
    return this.writes.update('peran', id, values);
  }

  remove(id: string): Promise<void> {
    return this.writes.remove('peran', id);
  }

  restore(id: string): Promise<void> {
    return this.writes.restore('peran', id);
  }
}

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
