import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exchangeRecordSchema } from './exchange-record';
import { strictEverywhere } from './strict-everywhere';
import { syncedTables } from '../records/synced-tables';

/** Every object schema reachable from `schema`, with the path to it. */
function objectsIn(schema: z.ZodType, path: string, out: { path: string; schema: z.ZodObject }[] = []) {
  if (schema instanceof z.ZodObject) {
    out.push({ path, schema });
    for (const [k, v] of Object.entries(schema.shape as Record<string, z.ZodType>)) objectsIn(v, `${path}.${k}`, out);
  } else if (schema instanceof z.ZodArray) objectsIn(schema.element as z.ZodType, `${path}[]`, out);
  else {
    const inner = (schema._zod.def as { innerType?: z.ZodType }).innerType;
    if (inner) objectsIn(inner, path, out);
  }
  return out;
}

describe('strictEverywhere', () => {
  it('refuses an unknown key at any depth and keeps the limits', () => {
    const s = strictEverywhere(z.object({ a: z.array(z.object({ b: z.string().max(3) })).max(1), c: z.object({ d: z.number() }).optional() }));
    expect(s.safeParse({ a: [{ b: 'x' }] }).success).toBe(true);
    expect(s.safeParse({ a: [{ b: 'x', rahasia: 1 }] }).error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', path: ['a', 0] });
    expect(s.safeParse({ a: [], c: { d: 1, e: 2 } }).success).toBe(false);
    expect(s.safeParse({ a: [{ b: 'xxxx' }] }).success).toBe(false);
    expect(s.safeParse({ a: [{ b: 'x' }, { b: 'y' }] }).success).toBe(false);
  });

  it('leaves no object in any exchange record schema that would strip a key', () => {
    for (const table of syncedTables) {
      for (const { path, schema } of objectsIn(exchangeRecordSchema(table), table)) {
        expect(
          schema.safeParse({ ['kunci' + 'Asing']: 1 }).error?.issues.some((i) => i.code === 'unrecognized_keys'),
          path,
        ).toBe(true);
      }
    }
  });
});
