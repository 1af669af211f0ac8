import { afterEach, describe, expect, it } from 'vitest';
import { AWALAN_TANDA_MULAI, TAHAP_MULAI, tandaiMulai } from './tandai-mulai';

describe('tandaiMulai', () => {
  afterEach(() => performance.clearMarks());

  it('marks each step under the prefix the bench reads, in the order they are made', () => {
    for (const tahap of TAHAP_MULAI) tandaiMulai(tahap);
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith(AWALAN_TANDA_MULAI));
    expect(marks.map((m) => m.name.slice(AWALAN_TANDA_MULAI.length))).toEqual([...TAHAP_MULAI]);
    expect(marks.every((m, i) => i === 0 || m.startTime >= marks[i - 1]!.startTime)).toBe(true);
  });
});
