import type { z } from 'zod';

/**
 * A zod issue as BundleError detail: the path joined with '.', and the message (an i18n key such as
 * `validation.nik` where the schema has one). An unknown key is named in the path itself (`catatanRahasia`,
 * issue `unknown-key`), because "unrecognised key at the record's root" tells an officer nothing.
 */
export function describeIssue(issue: z.core.$ZodIssue | undefined): { path: string; issue: string } {
  if (issue === undefined) return { path: '', issue: 'invalid' };
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') return { path: [...path, issue.keys[0] ?? ''].join('.'), issue: 'unknown-key' };
  return { path: path.join('.'), issue: issue.message };
}
