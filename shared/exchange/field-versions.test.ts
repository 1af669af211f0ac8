import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldFrontier, isConflict, supersedes, type FieldVersion } from './field-versions';

const clock = (ms: number, node: string) => `${new Date(Date.UTC(2026, 10, 21, 8, 0, 0, ms)).toISOString()}-0000-${node}`;
const v = (value: unknown, ms: number, node: string, basis = ''): FieldVersion => ({ value, clock: clock(ms, node), basis });

describe('supersedes', () => {
  it('a change made after seeing another supersedes it', () => {
    const a = v('Siti', 1, 'a');
    expect(supersedes(v('Siti A', 5, 'b', a.clock), a)).toBe(true);
  });
  it('a later change from the same laptop supersedes its earlier ones', () => {
    expect(supersedes(v('x', 5, 'a'), v('y', 1, 'a'))).toBe(true);
  });
  it('two changes made without knowing each other do not', () => {
    const a = v('Siti A', 1, 'a');
    const b = v('Siti B', 2, 'b');
    expect(supersedes(b, a)).toBe(false);
    expect(supersedes(a, b)).toBe(false);
  });
});

describe('fieldFrontier', () => {
  it('keeps the newest of a chain and shows no conflict', () => {
    const c0 = v('a', 0, 'a');
    const c1 = v('b', 1, 'b', c0.clock);
    const c2 = v('c', 2, 'b', c0.clock);
    expect(fieldFrontier([c0, c1, c2])).toEqual([c2]);
  });
  it('keeps concurrent changes, newest first, as a conflict when their values differ', () => {
    const c0 = v('a', 0, 'a');
    const a = v('Siti A', 3, 'a');
    const b = v('Siti B', 2, 'b', c0.clock);
    const frontier = fieldFrontier([b, c0, a]);
    expect(frontier.map((x) => x.value)).toEqual(['Siti A', 'Siti B']);
    expect(isConflict(frontier)).toBe(true);
  });
  it('concurrent changes to the same value are not a conflict', () => {
    expect(isConflict(fieldFrontier([v('x', 1, 'a'), v('x', 2, 'b')]))).toBe(false);
  });
  // One clock is one change, so the generated versions have distinct clocks.
  it('is the same for any order and any repetition of the versions', () => {
    const node = fc.constantFrom('a', 'b', 'c');
    const version = fc.record({ ms: fc.integer({ min: 1, max: 40 }), node, value: fc.constantFrom('x', 'y', 'z'), basisMs: fc.integer({ min: 0, max: 40 }) });
    fc.assert(
      fc.property(fc.uniqueArray(version, { minLength: 1, maxLength: 8, selector: (r) => `${r.ms}${r.node}` }), fc.integer(), (raw, seed) => {
        const versions = raw.map((r) => v(r.value, r.ms, r.node, r.basisMs > 0 && r.basisMs < r.ms ? clock(r.basisMs, 'c') : ''));
        const shuffled = [...versions, ...versions.slice(0, 2)].sort(
          (p, q) => ((p.clock.length + seed) % 3) - ((q.clock.length + seed) % 3) || (seed % 2 ? 1 : -1),
        );
        const incremental = shuffled.reduce<FieldVersion[]>((acc, x) => fieldFrontier([...acc, x]), []);
        expect(fieldFrontier(shuffled)).toEqual(fieldFrontier(versions));
        expect(incremental).toEqual(fieldFrontier(versions));
      }),
      { numRuns: 500 },
    );
  });
});
