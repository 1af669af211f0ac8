import { describe, expect, it } from 'vitest';
import { periksaProgram, programDiizinkan, programSaran, programWajib, urutkanProgram } from './program-rules';

describe('programWajib', () => {
  it('grows with the cooperative’s scale for wage earners', () => {
    expect(programWajib('PU', 'mikro')).toEqual(['JKK', 'JKM']);
    expect(programWajib('PU', 'kecil')).toEqual(['JKK', 'JKM', 'JHT']);
    expect(programWajib('PU', 'menengah')).toEqual(['JKK', 'JKM', 'JHT', 'JP']);
    expect(programWajib('PU', 'besar')).toEqual(['JKK', 'JKM', 'JHT', 'JP']);
  });

  it('is JKK + JKM for BPU whatever the scale', () => {
    expect(programWajib('BPU', 'besar')).toEqual(['JKK', 'JKM']);
  });
});

describe('programSaran', () => {
  it('suggests the compulsory set', () => {
    expect(programSaran('PU', 'kecil')).toEqual(['JKK', 'JKM', 'JHT']);
    expect(programSaran('BPU', 'menengah')).toEqual(['JKK', 'JKM']);
  });
});

describe('programDiizinkan', () => {
  it('allows BPU no JP and no JKP', () => {
    expect(programDiizinkan('BPU')).toEqual(['JKK', 'JKM', 'JHT']);
    expect(programDiizinkan('PU')).toEqual(['JKK', 'JKM', 'JHT', 'JP', 'JKP']);
  });
});

describe('urutkanProgram', () => {
  it('orders as the forms do and drops duplicates', () => {
    expect(urutkanProgram(['JP', 'JKK', 'JP', 'JKM'])).toEqual(['JKK', 'JKM', 'JP']);
  });
});

describe('periksaProgram', () => {
  it('accepts a complete set', () => {
    expect(periksaProgram('PU', ['JKK', 'JKM', 'JHT', 'JP', 'JKP'], 'menengah')).toEqual({ errors: [], warnings: [] });
    expect(periksaProgram('BPU', ['JKM', 'JKK', 'JHT'], 'mikro')).toEqual({ errors: [], warnings: [] });
  });

  it('refuses an empty set', () => {
    expect(periksaProgram('PU', [], null).errors).toEqual([{ code: 'program-kosong', programs: [] }]);
  });

  it('refuses JP and JKP for BPU, and BPU without JKK or JKM', () => {
    expect(periksaProgram('BPU', ['JKP', 'JKK', 'JP'], null)).toEqual({
      errors: [
        { code: 'program-tidak-diizinkan', programs: ['JP', 'JKP'] },
        { code: 'program-wajib-bpu', programs: ['JKM'] },
      ],
      warnings: [],
    });
  });

  it('reports an empty BPU set both as empty and as missing JKK + JKM', () => {
    expect(periksaProgram('BPU', [], null).errors.map((e) => e.code)).toEqual(['program-kosong', 'program-wajib-bpu']);
  });

  it('only warns when a PU set misses what the scale makes compulsory', () => {
    expect(periksaProgram('PU', ['JKK', 'JKM'], 'menengah')).toEqual({
      errors: [],
      warnings: [{ code: 'program-wajib-skala', programs: ['JHT', 'JP'] }],
    });
  });

  it('refuses JKP without JKK, JKM and JHT, whatever the scale', () => {
    expect(periksaProgram('PU', ['JKK', 'JKM', 'JKP'], null)).toEqual({ errors: [{ code: 'program-syarat-jkp', programs: ['JHT'] }], warnings: [] });
    expect(periksaProgram('PU', ['JKP'], 'mikro').errors).toEqual([{ code: 'program-syarat-jkp', programs: ['JKK', 'JKM', 'JHT'] }]);
    expect(periksaProgram('PU', ['JKK', 'JKM', 'JHT', 'JKP'], 'kecil')).toEqual({ errors: [], warnings: [] });
  });

  it('only warns when JKP at a medium or large cooperative comes without JP (the scale may be out of date)', () => {
    expect(periksaProgram('PU', ['JKK', 'JKM', 'JHT', 'JKP'], 'besar')).toEqual({
      errors: [],
      warnings: [
        { code: 'program-syarat-jkp', programs: ['JP'] },
        { code: 'program-wajib-skala', programs: ['JP'] },
      ],
    });
    expect(periksaProgram('PU', ['JKK', 'JKM', 'JHT', 'JKP'], null)).toEqual({ errors: [], warnings: [] });
  });

  it('leaves JKP for BPU to the rule that BPU has no JKP', () => {
    expect(periksaProgram('BPU', ['JKK', 'JKM', 'JKP'], null).errors).toEqual([{ code: 'program-tidak-diizinkan', programs: ['JKP'] }]);
  });

  it('does not guess when the scale is unknown', () => {
    expect(periksaProgram('PU', ['JKK'], null)).toEqual({ errors: [], warnings: [] });
  });
});
