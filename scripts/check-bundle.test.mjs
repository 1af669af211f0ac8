import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBundle, markers } from './check-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let base;

/** A copy of the helpers with a fake build beside them, so the check runs without `npm run build`. */
function fakeCheckout(build) {
  base = mkdtempSync(join(tmpdir(), 'check-bundle-'));
  for (const file of Object.keys(markers)) {
    mkdirSync(dirname(join(base, file)), { recursive: true });
    cpSync(join(root, file), join(base, file));
  }
  for (const [file, text] of Object.entries(build)) {
    mkdirSync(dirname(join(base, file)), { recursive: true });
    writeFileSync(join(base, file), text);
  }
  return base;
}

afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('checkBundle', () => {
  it('passes a build that holds no helper', () => {
    const dir = fakeCheckout({ 'out/renderer/index.js': 'console.log(1)', 'out/main/index.js': '', 'out/preload/index.cjs': '' });
    expect(checkBundle(dir)).toEqual([]);
  });

  it('names the helper whose marker reached the build', () => {
    const dir = fakeCheckout({ 'out/renderer/assets/app.js': 'const d="device-test";', 'out/main/index.js': '', 'out/preload/index.cjs': '' });
    expect(checkBundle(dir)).toEqual(['out/renderer/assets/app.js contains "device-test" from renderer/test-support/test-db.ts']);
  });

  it('fails when a build is missing', () => {
    const dir = fakeCheckout({ 'out/renderer/index.js': '' });
    expect(checkBundle(dir)).toEqual(['out/main: missing (run npm run build first)', 'out/preload: missing (run npm run build first)']);
  });

  it('holds every marker in its own helper file', () => {
    expect(checkBundle(fakeCheckout({ 'out/renderer/a.js': '', 'out/main/a.js': '', 'out/preload/a.cjs': '' }))).toEqual([]);
    writeFileSync(join(base, 'renderer/test-support/test-db.ts'), 'export {};');
    expect(checkBundle(base)).toEqual(['renderer/test-support/test-db.ts: no longer contains its marker "device-test"']);
  });
});
