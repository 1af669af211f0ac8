import { describe, expect, it, vi } from 'vitest';
import { emptyAnggota, type Anggota } from '../../shared/anggota/anggota-schema';
import { emptyPeran } from '../../shared/anggota/peran-schema';
import { emptyKepesertaan } from '../../shared/kepesertaan/kepesertaan-schema';
import { emptyKoperasi } from '../../shared/koperasi/koperasi-schema';
import { matchesSearch, parseSearchQuery } from '../../shared/search/search-text';
import { AnggotaRepository, NikInUseError } from './anggota-repository';
import { openTestDb } from '../test-support/test-db';

const person = (nama: string, nik = '', telepon = ''): Anggota => ({ ...emptyAnggota(), nama, nik, telepon });

async function setup() {
  const t = await openTestDb();
  return { ...t, repo: new AnggotaRepository(t.db, t.writes) };
}

describe('AnggotaRepository', () => {
  it('keeps one person per NIK: a second create is refused with the existing person', async () => {
    const { repo, db } = await setup();
    const siti = await repo.create(person('Siti Aminah', '3674054509950003'));
    await expect(repo.create(person('Siti A.', '3674054509950003'))).rejects.toSatisfy((e: unknown) => e instanceof NikInUseError && e.existing.id === siti.id);
    expect(await db.anggota.count()).toBe(1);
    expect(await db.journal.count()).toBe(1);
  });

  it('refuses an edit that gives a person someone else’s NIK, and allows editing one’s own record', async () => {
    const { repo } = await setup();
    const a = await repo.create(person('Ahmad', '3674011203900001'));
    const b = await repo.create(person('Budi', '3674011203900002'));
    await expect(repo.update(b.id, { nik: a.nik })).rejects.toBeInstanceOf(NikInUseError);
    expect((await repo.update(a.id, { nik: a.nik, nama: 'Ahmad Fauzi' })).nama).toBe('Ahmad Fauzi');
  });

  it('enforces the NIK in the storage itself, not only in the repository', async () => {
    const { writes } = await setup();
    await writes.create('anggota', person('Ahmad', '3674011203900001'));
    await expect(writes.create('anggota', person('Ahmad lagi', '3674011203900001'))).rejects.toThrow();
  });

  it('records any number of people without a NIK (walk-ins)', async () => {
    const { repo } = await setup();
    await repo.create(person('Tamu Satu'));
    await repo.create(person('Tamu Dua'));
    expect(await repo.count()).toBe(2);
  });

  it('finds people by name prefix, several words, NIK and phone in either form, sorted by name', async () => {
    const { repo } = await setup();
    await repo.create(person('Siti Rahmawati', '3674054509950003', '0812-3456-7890'));
    await repo.create(person('Siti Aminah', '3674064509950004'));
    await repo.create(person('Rahmat Hidayat', '3674011203900001', '+62 813 1111 2222'));
    const names = async (q: string) => (await repo.search(q)).rows.map((a) => a.nama);
    expect(await names('siti')).toEqual(['Siti Aminah', 'Siti Rahmawati']);
    expect(await names('rahma')).toEqual(['Rahmat Hidayat', 'Siti Rahmawati']);
    expect(await names('siti rahm')).toEqual(['Siti Rahmawati']);
    expect(await names('rahmawati siti')).toEqual(['Siti Rahmawati']);
    expect(await names('sit rahm')).toEqual(['Siti Rahmawati']);
    expect(await names('siti xyz')).toEqual([]);
    expect(await names('3674 0545')).toEqual(['Siti Rahmawati']);
    expect(await names('08123456')).toEqual(['Siti Rahmawati']);
    expect(await names('6281234')).toEqual(['Siti Rahmawati']);
    expect(await names('0813 1111')).toEqual(['Rahmat Hidayat']);
    expect(await names('tidak ada')).toEqual([]);
  });

  it('reads at most the limit and says when more match', async () => {
    const { repo, writes } = await setup();
    await writes.bulkCreate(
      'anggota',
      Array.from({ length: 30 }, (_, i) => person(`Nur ${String(i).padStart(2, '0')}`)),
    );
    const first = await repo.search('nur', 10);
    expect(first.rows).toHaveLength(10);
    expect(first.more).toBe(true);
    expect((await repo.search('nur 05', 10)).rows.map((a) => a.nama)).toEqual(['Nur 05']);
  });

  it('answers a word that starts the other typed word from one range, crossing nothing', async () => {
    const { repo, writes } = await setup();
    // Hasanah Hasanah has no pair token (a word does not pair with itself), so "hasanah has" meets no pair range.
    await writes.bulkCreate('anggota', [person('Hasanah Hasanah'), person('Hasanah'), person('Hasan Basri'), person('Siti Hasanah')]);
    const crossing = vi.spyOn(repo as unknown as { intersect: (p: readonly string[]) => Promise<unknown> }, 'intersect');
    const found = await repo.search('hasanah has');
    expect(found.rows.map((p) => p.nama)).toEqual(['Hasanah', 'Hasanah Hasanah', 'Siti Hasanah']);
    expect(found.more).toBe(false);
    expect(crossing).not.toHaveBeenCalled();
    expect((await repo.search('hasanah has', 2)).more).toBe(true);
    // Two words neither of which starts the other are still crossed when no pair range has them.
    expect((await repo.search('basri hasanah')).rows).toEqual([]);
    expect(crossing).toHaveBeenCalledTimes(1);
  });

  it('answers two words as the one cursor over both word orders did: same rows, same order, same "more"', async () => {
    const { repo, writes, db } = await setup();
    const first = ['Hasanah', 'Hasan', 'Hasibuan', 'Siti', 'Nur', 'Rahma'];
    const names = Array.from({ length: 120 }, (_, i) => `${first[i % 6]} ${first[(i * 7 + 1) % 6]} ${first[(i * 5 + 3) % 6]}`);
    await writes.bulkCreate(
      'anggota',
      names.map((n) => person(n)),
    );
    /** The plan before: Dexie's startsWithAnyOf over both orders, one cursor, the same filtering and sort. */
    const before = async (query: string, limit: number) => {
      const [a = '', b = ''] = parseSearchQuery(query).prefixes;
      const read = await db.anggota
        .where('searchTokens')
        .startsWithAnyOf([`${a} ${b}`, `${b} ${a}`])
        .limit(limit + 1)
        .toArray();
      const seen = new Set<string>();
      const rows = read.filter((p) => !seen.has(p.id) && seen.add(p.id) && p.deleted === 0 && matchesSearch(p.searchTokens, parseSearchQuery(query)));
      rows.sort((x, y) => ((x.namaSort ?? '') < (y.namaSort ?? '') ? -1 : (x.namaSort ?? '') > (y.namaSort ?? '') ? 1 : 0));
      return { ids: rows.slice(0, limit).map((p) => p.id), more: read.length > limit || rows.length > limit };
    };
    let compared = 0;
    for (const query of ['hasanah has', 'has hasanah', 'siti nur', 'nur siti', 'hasan hasibuan', 'rahma s', 'siti rahma nur', 'hasibuan h']) {
      for (const limit of [1, 3, 10, 50]) {
        const old = await before(query, limit);
        if (old.ids.length === 0) continue;
        const now = await repo.search(query, limit);
        expect({ query, limit, ids: now.rows.map((p) => p.id), more: now.more }).toEqual({ query, limit, ...old });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('pages the alphabetical list without deleted people', async () => {
    const { repo, writes } = await setup();
    const all = await writes.bulkCreate(
      'anggota',
      ['Dewi', 'Agus', 'Candra', 'Budi'].map((n) => person(n)),
    );
    await repo.remove(all[2]!.id);
    expect(await repo.count()).toBe(3);
    const first = await repo.listAfter(null, 2);
    expect(first.map((a) => a.nama)).toEqual(['Agus', 'Budi']);
    expect((await repo.listAfter(first[1]!, 5)).map((a) => a.nama)).toEqual(['Dewi']);
    expect((await repo.search('candra')).rows).toEqual([]);
  });

  it('deletes a person with their roles and enrollments, and the undo restores exactly those', async () => {
    const { repo, writes, db } = await setup();
    const k = await writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju' });
    const a = await repo.create(person('Ahmad', '3674011203900001'));
    const ended = await writes.create('peran', { ...emptyPeran(a.id, k.id), selesai: '2020-01-01' });
    await writes.remove('peran', ended.id);
    const role = await writes.create('peran', emptyPeran(a.id, k.id));
    const enrol = await writes.create('kepesertaan', { ...emptyKepesertaan(a.id, k.id), upah: 3_000_000 });
    const removal = await repo.remove(a.id);
    expect(removal).toEqual({ anggotaId: a.id, peranIds: [role.id], kepesertaanIds: [enrol.id] });
    expect((await db.kepesertaan.get(enrol.id))?.antrian).toBeUndefined();
    expect(await repo.get(a.id)).toBeUndefined();
    expect((await repo.findByNik(a.nik))?.id).toBe(a.id);
    expect(await repo.count()).toBe(0);
    await repo.restore(removal);
    expect(await repo.count()).toBe(1);
    expect((await repo.get(a.id))?.nama).toBe('Ahmad');
    expect((await db.peran.get(role.id))?.deleted).toBe(0);
    expect((await db.peran.get(ended.id))?.deleted).toBe(1);
    expect((await db.kepesertaan.get(enrol.id))?.antrian).toEqual(['draf', '']);
  });

  it('gives the history of the person, their roles and enrollments, newest first', async () => {
    const { repo, writes, advance } = await setup();
    const k = await writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju' });
    const a = await repo.create(person('Ahmad', '3674011203900001'));
    advance(1000);
    await writes.create('peran', emptyPeran(a.id, k.id));
    advance(1000);
    await repo.update(a.id, { telepon: '08123456789' });
    const history = await repo.getHistory(a.id);
    expect(history.map((h) => [h.table, h.op])).toEqual([
      ['anggota', 'update'],
      ['peran', 'create'],
      ['anggota', 'create'],
    ]);
  });
});
