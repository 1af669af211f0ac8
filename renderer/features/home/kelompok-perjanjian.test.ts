import { describe, expect, it } from 'vitest';
import type { PerjanjianRecord, ProgramRecord } from '../../db/synced-records';
import type { ProgramDenganCapaian } from '../program/use-capaian-program';
import { kelompokkanPerPerjanjian } from './kelompok-perjanjian';

const perjanjian = (id: string) => ({ id, judul: id }) as unknown as PerjanjianRecord;
const program = (id: string, perjanjianIds: string[]): ProgramDenganCapaian => ({
  program: { id, nama: id, perjanjianIds } as unknown as ProgramRecord,
  targets: [],
});

describe('kelompokkanPerPerjanjian', () => {
  it('groups programs by the live agreements they rest on, in the agreements’ order, those without last', () => {
    const agreements = [perjanjian('pks-pkb'), perjanjian('mou')];
    const groups = kelompokkanPerPerjanjian(
      [
        program('tanpa', []),
        program('ksp', ['mou']),
        program('produsen', ['mou', 'hilang']),
        program('pkb', ['pks-pkb']),
        program('bersama', ['mou', 'pks-pkb']),
      ],
      agreements,
    );
    expect(groups.map((g) => [g.perjanjian.map((a) => a.id), g.programs.map((p) => p.program.id)])).toEqual([
      [['pks-pkb'], ['pkb']],
      // A program under two agreements is shown once, under both, in the agreements' order.
      [['pks-pkb', 'mou'], ['bersama']],
      // A deleted agreement ('hilang') no longer names a group.
      [['mou'], ['ksp', 'produsen']],
      [[], ['tanpa']],
    ]);
  });
});
