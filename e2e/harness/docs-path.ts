import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/**
 * Where a spec writes a picture for the docs (README.md, docs/*.md): a screenshot or a document's first page. Tests
 * leave the tree as they found it, so the tracked files under docs/ are rewritten only when asked
 * (`UPDATE_DOCS=1 npm test`); any other run writes the same pictures under test-results/docs/, so a screen that cannot
 * be captured still fails the test. The folder is created; the path is returned.
 */
export function docsPath(...parts: string[]): string {
  const base = process.env.UPDATE_DOCS === '1' ? join(root, 'docs') : join(root, 'test-results', 'docs');
  const path = join(base, ...parts);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}
