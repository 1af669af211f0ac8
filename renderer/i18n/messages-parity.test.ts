import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id } from './id';

/** Every text of a message tree by its dotted key, as i18next looks it up. */
const texts = (node: unknown, path = ''): [string, unknown][] =>
  typeof node === 'object' && node !== null ? Object.entries(node).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k)) : [[path, node]];
/** The {{variables}} a text names, but `count`: a plural form may say it in words ("Mark form printed"). */
const variables = (text: unknown) =>
  [...String(text).matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)]
    .map((m) => m[1])
    .filter((v) => v !== 'count')
    .sort();

/**
 * The type check holds en.ts to id.ts's keys (Messages) and every t() key to id.ts (i18next.d.ts). This is the same
 * promise at run time, where a cast, a JSON import or an `as never` could slip past the types: both languages have
 * the same keys, every one a non-empty text, naming the same {{variables}} (a variable only one language names
 * would print as its raw placeholder, or leave out a value).
 */
describe('id and en messages', () => {
  const idTexts = new Map(texts(id));
  const enTexts = new Map(texts(en));

  it('have exactly the same keys', () => {
    expect([...enTexts.keys()].filter((k) => !idTexts.has(k))).toEqual([]);
    expect([...idTexts.keys()].filter((k) => !enTexts.has(k))).toEqual([]);
    expect(idTexts.size).toBeGreaterThan(1000);
  });

  it('are all non-empty text', () => {
    for (const [name, all] of [
      ['id', idTexts],
      ['en', enTexts],
    ] as const) {
      expect([...all].filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([k]) => `${name}:${k}`)).toEqual([]);
    }
  });

  it('name the same interpolation variables', () => {
    const differ = [...idTexts].filter(([k, text]) => variables(text).join() !== variables(enTexts.get(k)).join()).map(([k]) => k);
    expect(differ).toEqual([]);
  });
});
