import { describe, expect, it } from 'vitest';
import { scanParsedValue } from './scan-parsed-value';

describe('scanParsedValue', () => {
  it('passes real record shapes', () => {
    expect(scanParsedValue({ id: 'k', undangan: [{ koperasiId: 'x', perwakilan: ['a', 'b'] }], fieldClocks: { nama: 's' } })).toBeNull();
    expect(scanParsedValue('text')).toBeNull();
  });

  it('finds forbidden keys as JSON.parse makes them: own keys, at any depth', () => {
    expect(scanParsedValue(JSON.parse('{"__proto__":{"x":1}}'))).toEqual({ code: 'forbidden-key', path: '__proto__', issue: '__proto__' });
    expect(scanParsedValue(JSON.parse('{"a":[{"b":{"constructor":1}}]}'))).toEqual({ code: 'forbidden-key', path: 'a.0.b.constructor', issue: 'constructor' });
    expect(scanParsedValue(JSON.parse('{"a":{"prototype":null}}'))?.code).toBe('forbidden-key');
    expect(scanParsedValue({ constructorName: 1, proto: 2 })).toBeNull();
  });

  it('allows 6 levels of nesting and 1000 items, not more', () => {
    const nest = (levels: number): unknown => (levels === 1 ? {} : { a: nest(levels - 1) });
    expect(scanParsedValue(nest(6))).toBeNull();
    expect(scanParsedValue(nest(7))).toEqual({ code: 'invalid-record', path: 'a.a.a.a.a.a', issue: 'too-deep' });
    expect(scanParsedValue({ list: new Array(1000).fill(0) })).toBeNull();
    expect(scanParsedValue({ list: new Array(1001).fill(0) })).toEqual({ code: 'invalid-record', path: 'list', issue: 'array-too-long' });
  });
});
