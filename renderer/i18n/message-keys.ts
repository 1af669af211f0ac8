import { id, type Messages } from './id';

/** A message of `validation.*`: what shared/ schemas put in a zod issue's `message`, so shared/ knows no language. */
export type ValidationKey = `validation.${keyof Messages['validation']}`;

/**
 * Whether a message from outside the type system (a zod issue, a cell finding, a bundle from another laptop) is a
 * validation message we have words for. Anything else is shown as `validation.invalid`, never as a raw key.
 */
export function isValidationKey(message: string | undefined): message is ValidationKey {
  return message !== undefined && message.startsWith('validation.') && isKeyOf(id.validation, message.slice('validation.'.length));
}

/**
 * Whether `key` names a message in `group` (a group of id.ts, such as `id.koperasi.fields`), for a key built from a
 * value the type system does not know (a stored field name, a CSV column): narrowed, it passes the typed `t()`.
 */
export const isKeyOf = <G extends object>(group: G, key: string): key is Extract<keyof G, string> => Object.hasOwn(group, key);
