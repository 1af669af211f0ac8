import type { Messages } from './id';

/**
 * Types every `t()` key against Bahasa Indonesia, the source language: a key that is not in id.ts fails
 * `npm run typecheck` instead of showing the raw key to an officer. en.ts is typed to the same keys (Messages), so
 * both languages stay whole. docs/arsitektur.md, "A string", says how to add one.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
    returnNull: false;
  }
}
