/**
 * Seeded pseudo-random numbers for generated test districts. sfc32 (small, fast, passes PractRand) keeps the whole
 * state in four 32-bit integers, so the same seed gives byte-identical data on every machine and engine — the
 * benchmark, the unit tests and a bug report about "seed 7" all see the same cooperatives.
 */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** The state is filled by splitmix32 so neighbouring seeds (1, 2, 3) still give unrelated sequences. */
  constructor(seed: number) {
    let s = seed >>> 0;
    const splitmix = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = splitmix();
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** A child generator for one stream and item (e.g. "koperasi", 1234), independent of how much the parent drew. */
  static derive(seed: number, ...path: readonly (string | number)[]): Prng {
    return new Prng(hashSeed(seed, ...path));
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of entries) total += w;
    let r = this.next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    if (entries.length === 0) throw new RangeError('weighted pick from an empty list');
    return entries[entries.length - 1]![0];
  }

  /**
   * An integer in [min, max] spread evenly on a log scale: most cooperatives are small and a few are large, the
   * way member counts really fall.
   */
  logInt(min: number, max: number): number {
    const lo = Math.log(Math.max(min, 1));
    const hi = Math.log(Math.max(max, 1) + 1);
    return Math.min(max, Math.max(min, Math.floor(Math.exp(lo + this.next() * (hi - lo)))));
  }

  /** A string of `length` decimal digits (leading zeros allowed). */
  digits(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += String(this.nextUint32() % 10);
    return out;
  }
}

/**
 * Mixes a seed and a path of labels into one 32-bit seed (FNV-1a over the parts, then a murmur3 finaliser), so
 * record N of a stream can be generated without generating records 0..N-1 — what chunked generation of 250,000
 * people will need.
 */
export function hashSeed(seed: number, ...path: readonly (string | number)[]): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  const mix = (code: number) => {
    h ^= code;
    h = Math.imul(h, 0x01000193) >>> 0;
  };
  for (const part of path) {
    const text = typeof part === 'number' ? `#${part}` : `:${part}`;
    for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}
