/**
 * Whether a string from outside the type system (a stored field, a file, a counter name) is one of a closed list's
 * codes. The narrowed value can then index what is keyed by those codes, such as its i18n label, which the type
 * check holds to exist (renderer/i18n/i18next.d.ts).
 */
export const isOneOf = <const T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);
