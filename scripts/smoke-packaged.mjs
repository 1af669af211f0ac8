#!/usr/bin/env node
/**
 * Smoke test of the *packaged* app, as an office gets it (the NSIS-installed .exe, the extracted AppImage), run by
 * the release workflow on GitHub's runners. Playwright cannot drive it: the fuses switch off `--inspect`, which
 * Playwright's Electron launcher needs, and that is the point. So it checks from outside:
 *
 * 1. the fuses read back from the binary (`@electron/fuses read`) are those electron-builder.yml configures;
 * 2. started with a throwaway user-data folder, the window loads the UI from app.asar and the UI reaches main
 *    through the preload's facade: settings.json gets its device id (settings.get) and status-basis-data.json is
 *    written (database.saveState, after IndexedDB opened);
 * 3. ELECTRON_RUN_AS_NODE does not turn the .exe into Node;
 * 4. `--inspect` opens no debugger port, and `--remote-debugging-port` makes the packaged app quit before any
 *    DevTools endpoint exists (electron/main/security/debug-switches.ts).
 *
 * Usage: node scripts/smoke-packaged.mjs <path to the packaged executable>
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const FUSES_CLI = '@electron/fuses@2.1.3';

/** electron-builder.yml's `electronFuses` keys as `@electron/fuses read` names them (RunAsNode, …). */
export function expectedFuses(configText) {
  const fuses = parse(configText)?.electronFuses ?? {};
  return Object.fromEntries(Object.entries(fuses).map(([key, on]) => [key[0].toUpperCase() + key.slice(1), on ? 'Enabled' : 'Disabled']));
}

/** `  RunAsNode is Disabled` lines of `@electron/fuses read`, colours stripped, as { RunAsNode: 'Disabled' }. */
export function parseFuseReadout(output) {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  return Object.fromEntries([...plain.matchAll(/^\s+(\w+) is (\w+)\s*$/gm)].map((m) => [m[1], m[2]]));
}

/** Every fuse whose state in the binary differs from the configured one, as readable lines. */
export function fuseMismatches(expected, actual) {
  return Object.entries(expected)
    .filter(([name, state]) => actual[name] !== state)
    .map(([name, state]) => `${name}: configured ${state}, binary says ${actual[name] ?? 'nothing'}`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check, seconds) {
  for (let i = 0; i < seconds * 2; i += 1) {
    if (check()) return true;
    await sleep(500);
  }
  return check();
}

async function answers(url) {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

function start(exe, args, env = {}) {
  const child = spawn(exe, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 0)));
  return { child, exited, output: () => output };
}

async function stop(run) {
  if (run.child.exitCode === null) run.child.kill();
  await Promise.race([run.exited, sleep(5000)]);
}

async function main(exe) {
  const failures = [];
  const check = (ok, what) => {
    console.log(`${ok ? '✓' : '✗'} ${what}`);
    if (!ok) failures.push(what);
  };
  if (!exe || !existsSync(exe)) throw new Error(`No packaged executable at ${exe}`);

  const readout = spawnSync('npx', ['--yes', FUSES_CLI, 'read', '--app', exe], { encoding: 'utf8', shell: process.platform === 'win32' });
  const mismatches = fuseMismatches(expectedFuses(readFileSync(join(root, 'electron-builder.yml'), 'utf8')), parseFuseReadout(readout.stdout));
  for (const m of mismatches) console.log(`  ${m}`);
  check(readout.status === 0 && mismatches.length === 0, 'fuses in the binary are those electron-builder.yml configures');

  const userData = mkdtempSync(join(tmpdir(), 'koplindung-packaged-'));
  const app = start(exe, [`--user-data-dir=${userData}`]);
  const settingsFile = join(userData, 'settings.json');
  const started = await waitFor(
    () => existsSync(join(userData, 'status-basis-data.json')) && existsSync(settingsFile) && /"deviceId"/.test(readFileSync(settingsFile, 'utf8')),
    90,
  );
  check(started, 'the window loads the UI and the UI reaches main through the facade (settings, database state)');
  await stop(app);

  const asNode = start(exe, ['-e', "process.stdout.write('NODE-RAN')", `--user-data-dir=${mkdtempSync(join(tmpdir(), 'kl-'))}`], { ELECTRON_RUN_AS_NODE: '1' });
  await Promise.race([asNode.exited, sleep(15_000)]);
  check(!asNode.output().includes('NODE-RAN'), 'ELECTRON_RUN_AS_NODE does not make the app a Node interpreter');
  await stop(asNode);

  const inspect = start(exe, ['--inspect=127.0.0.1:9229', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'kl-'))}`]);
  await sleep(10_000);
  check(!(await answers('http://127.0.0.1:9229/json/version')), '--inspect opens no debugger port');
  await stop(inspect);

  const remote = start(exe, ['--remote-debugging-port=9333', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'kl-'))}`]);
  await sleep(10_000);
  check(!(await answers('http://127.0.0.1:9333/json/version')), '--remote-debugging-port opens no DevTools endpoint');
  await stop(remote);

  rmSync(userData, { recursive: true, force: true });
  if (failures.length > 0) {
    console.error(`Packaged smoke test failed: ${failures.join('; ')}`);
    process.exit(1);
  }
  console.log('Packaged smoke test passed');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv[2]);
