import { id, type Messages } from './id';

/** A message of `validation.*`: what shared/ schemas put in a zod issue's `message`, so shared/ knows no language. */
export type ValidationKey = `validation.${keyof Messages['validation']}`;

/**
 * Whether a message from outside the type system (a zod issue, a cell finding, a bundle from another laptop) is a
 * validation message we have words for. Anything else is shown as `validation.invalid`, never as a raw key.
 */
export function isValidationKey(message: string | undefined): message is ValidationKey {
  return message !== undefined && message.startsWith('validation.') && Object.hasOwn(id.validation, message.slice('validation.'.length));
}
