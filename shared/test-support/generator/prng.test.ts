import { describe, expect, it } from 'vitest';
import { hashSeed, Prng } from './prng';

const draw = (rng: Prng, n: number) => Array.from({ length: n }, () => rng.nextUint32());

describe('Prng', () => {
  it('repeats a sequence for a seed and differs for neighbouring seeds', () => {
    expect(draw(new Prng(7), 20)).toEqual(draw(new Prng(7), 20));
    expect(draw(new Prng(7), 20)).not.toEqual(draw(new Prng(8), 20));
  });

  it('derives streams by label and index, independent of other draws', () => {
    expect(draw(Prng.derive(1, 'koperasi', 5), 5)).toEqual(draw(Prng.derive(1, 'koperasi', 5), 5));
    expect(hashSeed(1, 'koperasi', 5)).not.toBe(hashSeed(1, 'koperasi', 6));
    expect(hashSeed(1, 'a', 12)).not.toBe(hashSeed(1, 'a1', 2));
  });

  it('keeps int, logInt and digits in range and weighted close to its weights', () => {
    const rng = new Prng(3);
    const counts = { a: 0, b: 0, outOfRange: 0 };
    for (let i = 0; i < 20_000; i++) {
      const n = rng.int(1, 6);
      const m = rng.logInt(20, 3000);
      if (n < 1 || n > 6 || m < 20 || m > 3000 || !Number.isInteger(n) || !Number.isInteger(m)) counts.outOfRange++;
      counts[
        rng.weighted([
          ['a', 3],
          ['b', 1],
        ] as const)
      ]++;
    }
    expect(counts.outOfRange).toBe(0);
    expect(counts.a / 20_000).toBeCloseTo(0.75, 1);
    expect(rng.digits(16)).toMatch(/^\d{16}$/);
    expect(() => rng.pick([])).toThrow(RangeError);
  });
});
