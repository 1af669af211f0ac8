import { z } from 'zod';

/**
 * The same schema with every object inside it strict, at any depth: the format refuses unexpected keys, and a
 * key smuggled into an element of `undangan` or `narasumber` must be refused like one at a record's root, not
 * stripped quietly while the rest of the file is applied. The app's forms keep their own (non-strict) schemas;
 * only what arrives in a file is held to this. Limits and checks (`max`, `min`, refinements) are kept.
 */
export function strictEverywhere<S extends z.ZodType>(schema: S): S {
  if (schema instanceof z.ZodObject) {
    const shape = Object.fromEntries(Object.entries(schema.shape as Record<string, z.ZodType>).map(([k, v]) => [k, strictEverywhere(v)]));
    return schema.clone({ ...schema._zod.def, shape, catchall: z.never() }) as unknown as S;
  }
  if (schema instanceof z.ZodArray) return schema.clone({ ...schema._zod.def, element: strictEverywhere(schema.element as z.ZodType) }) as unknown as S;
  const def = schema._zod.def as { innerType?: z.ZodType };
  if (def.innerType instanceof z.ZodType) return schema.clone({ ...schema._zod.def, innerType: strictEverywhere(def.innerType) } as never) as S;
  return schema;
}
