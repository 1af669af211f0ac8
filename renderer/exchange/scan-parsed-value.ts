import { bundleLimits } from './bundle-limits';

/** What the generic scan found wrong, with the path to it ('' for the value itself). */
export interface ScanFinding {
  readonly code: 'forbidden-key' | 'invalid-record';
  readonly path: string;
  readonly issue: string;
}

/**
 * Keys that mean something to JavaScript's object model. `JSON.parse` makes them plain own keys, harmless by
 * themselves, but any later `target[key] = value` or spread/merge of such an object could reach
 * `Object.prototype` and change every object in the app; refusing them at the door makes that impossible.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The shape check every parsed line gets before its schema: forbidden keys at any depth, nesting deeper than any
 * real record, arrays longer than any real list. Runs before zod so no schema code ever walks a hostile value.
 */
export function scanParsedValue(value: unknown, limits: ScanLimits = bundleLimits): ScanFinding | null {
  return scan(value, [], 1, limits);
}

interface ScanLimits {
  readonly maxDepth: number;
  readonly maxArrayLength: number;
}

/** `path` is one stack shared by the whole walk (pushed and popped), so a clean record allocates nothing. */
function scan(value: unknown, path: (string | number)[], depth: number, limits: ScanLimits): ScanFinding | null {
  if (typeof value !== 'object' || value === null) return null;
  if (depth > limits.maxDepth) return { code: 'invalid-record', path: path.join('.'), issue: 'too-deep' };
  if (Array.isArray(value)) {
    if (value.length > limits.maxArrayLength) return { code: 'invalid-record', path: path.join('.'), issue: 'array-too-long' };
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== 'object' || item === null) continue;
      path.push(i);
      const found = scan(item, path, depth + 1, limits);
      path.pop();
      if (found) return found;
    }
    return null;
  }
  const keys = Object.keys(value);
  for (const key of keys) {
    if (FORBIDDEN_KEYS.has(key)) return { code: 'forbidden-key', path: [...path, key].join('.'), issue: key };
  }
  for (const key of keys) {
    const item = (value as Record<string, unknown>)[key];
    if (typeof item !== 'object' || item === null) continue;
    path.push(key);
    const found = scan(item, path, depth + 1, limits);
    path.pop();
    if (found) return found;
  }
  return null;
}
