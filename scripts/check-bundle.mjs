#!/usr/bin/env node
/**
 * Checks that the built app (out/renderer, out/main, out/preload) contains no test or bench helper: every file of a
 * `test-support/` folder has a string below that only it holds, and none of those strings may appear in the build.
 * Lint already forbids app code to import test-support/ (eslint.config.js); this proves it on what ships. Each
 * marker must still be in its source file, so a renamed string fails here instead of passing silently.
 * Run by `npm test` after the build; alone: `npm run build && node scripts/check-bundle.mjs`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A string literal (or property name, which minifying keeps) found in that helper and nowhere in the app. */
export const markers = {
  'renderer/test-support/test-db.ts': 'device-test',
  'renderer/test-support/test-devices.ts': 'Dinas Uji',
  'renderer/test-support/hostile-corpus.ts': 'kopi tubruk di balai desa',
  'renderer/test-support/sample-bundle-contents.ts': 'kop-sejahtera-01',
  'electron/main/test-support/fake-caller.ts': 'pdfAnswer',
  'shared/test-support/contoh-data-laporan.ts': '3603011203850004',
  'shared/test-support/generator/prng.ts': 'weighted pick from an empty list',
  'shared/test-support/generator/koperasi-profiles.ts': 'KSPPS BMT',
  'shared/test-support/generator/indonesian-names.ts': 'Abdurrahman',
};

const builds = ['out/renderer', 'out/main', 'out/preload'];

export function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Problems found, one line each; empty when the build is clean. */
export function checkBundle(base = root) {
  const problems = [];
  for (const [file, marker] of Object.entries(markers)) {
    const source = join(base, file);
    if (!existsSync(source)) problems.push(`${file}: helper not found (update scripts/check-bundle.mjs)`);
    else if (!readFileSync(source, 'utf8').includes(marker)) problems.push(`${file}: no longer contains its marker "${marker}"`);
  }
  for (const build of builds) {
    const dir = join(base, build);
    if (!existsSync(dir)) {
      problems.push(`${build}: missing (run npm run build first)`);
      continue;
    }
    for (const path of filesUnder(dir)) {
      const text = readFileSync(path, 'latin1');
      for (const [file, marker] of Object.entries(markers)) {
        if (text.includes(marker)) problems.push(`${relative(base, path)} contains "${marker}" from ${file}`);
      }
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = checkBundle();
  for (const p of problems) console.error(`✗ ${p}`);
  if (problems.length) process.exit(1);
  console.log(`✓ the build holds none of ${Object.keys(markers).length} test-support markers`);
}
