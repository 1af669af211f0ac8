import { describe, expect, it } from 'vitest';
import { emptyAnggota } from '../../../shared/anggota/anggota-schema';
import { openDevice } from '../../test-support/test-devices';
import { kunciNik } from './kunci-nik';
import { planPeopleSlices, type PeopleSlice } from './plan-people-slices';

const plain = { of: () => [], indexValues: async (keys: Iterable<string>) => [...keys], ofIndexValue: (value: string) => value };
const shape = (slices: PeopleSlice[]) => slices.map((s) => ({ ids: s.ids, aliasStored: s.aliasStored, members: [...s.members].sort() }));

describe('planPeopleSlices', () => {
  it('packs the file in order, about `size` a slice, never splitting people who share a key', async () => {
    const keys: Record<string, string[]> = { a: ['1'], b: ['2'], c: ['3'], d: ['1'], e: ['4'], f: ['5'] };
    const slices = await planPeopleSlices({
      ids: Object.keys(keys),
      keysOf: (id) => keys[id]!,
      kunci: plain,
      store: undefined,
      aliasStored: [],
      resolve: (id) => id,
      size: 2,
    });
    // a and d share NIK 1, so they go together: the slice that takes them holds three of the file's people.
    expect(slices.map((s) => s.ids)).toEqual([
      ['a', 'd'],
      ['b', 'c'],
      ['e', 'f'],
    ]);
    expect([...slices[0]!.members].sort()).toEqual(['a', 'd']);
  });

  it('joins a person of the file to whoever is stored under one of their keys, and an alias stored here to its survivor', async () => {
    const office = await openDevice('kantor-dinas');
    const stored = await office.writes.create('anggota', { ...emptyAnggota(), nama: 'Siti Aminah', nik: '3674011203900001' }, 'stored-1');
    await office.writes.create('anggota', { ...emptyAnggota(), nama: 'Ahmad Fauzi', nik: '3674011203900002' }, 'zz-alias');
    const keys: Record<string, string[]> = { p: ['3674011203900001'], q: ['3674011203900009'], r: ['3674011203900008'] };
    const store = office.db.anggota as never;
    const slices = await planPeopleSlices({
      ids: ['p', 'q', 'r'],
      keysOf: (id) => keys[id]!,
      kunci: await kunciNik(store, []),
      store,
      aliasStored: ['zz-alias'],
      resolve: (id) => (id === 'zz-alias' ? 'q' : id),
      size: 1,
    });
    expect(shape(slices)).toEqual([
      { ids: ['p'], aliasStored: [], members: [stored.id, 'p'].sort() },
      { ids: ['q'], aliasStored: ['zz-alias'], members: ['q', 'zz-alias'] },
      { ids: ['r'], aliasStored: [], members: ['r'] },
    ]);
  });
});
