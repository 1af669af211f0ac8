#!/usr/bin/env node
/**
 * `npm start`: build, then open the desktop app. Where no Electron binary can be had (it is downloaded from GitHub,
 * outside the npm registry), say so in both languages and serve the same UI, with the same main-process handlers,
 * in the browser instead, so the app can still be used and shown.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const HARNESS_SCRIPT = join(root, 'e2e', 'harness', 'serve.ts');
const TSX_CLI = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const HARNESS_ADDRESS = 'http://127.0.0.1:5183';
/** Linux without X or Wayland: no window can open, so the harness runs headless and explains how to see the UI. */
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

/** Runs a Node script to completion with this same Node (no shell, so it behaves alike on Windows and Linux). */
function runNode(args, label) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${label} gagal / failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

/** Hands the terminal to a long-running child and exits with its code; Ctrl+C reaches it too. */
function runUntilExit(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`Tidak dapat menjalankan / could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** Electron's own install route, tried once: on a machine with internet it downloads the binary; here it fails fast. */
function tryInstallElectron(reason) {
  console.log('Electron belum terpasang; mencoba mengunduhnya sekali... / Electron binary not installed; trying to download it once...');
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    timeout: 15 * 60 * 1000,
  });
  if (result.status === 0) return findElectronBinary();
  const detail = `${result.stderr ?? ''}`.split('\n').find((line) => line.trim() !== '') ?? String(result.error ?? result.signal);
  return { missing: `${reason} (Download attempt: ${detail.trim()})` };
}

runNode([join(root, 'scripts', 'build-regions.mjs')], 'Menyiapkan data wilayah / Preparing region data');
runNode([join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], 'Build');

let electron = findElectronBinary();
if (electron.path === undefined) electron = tryInstallElectron(electron.missing);

if (electron.path !== undefined) {
  // Chromium refuses to start as root (containers, some CI) unless its OS sandbox is turned off.
  const rootUser = typeof process.getuid === 'function' && process.getuid() === 0;
  runUntilExit(electron.path, [root, ...(rootUser ? ['--no-sandbox'] : [])]);
} else {
  const harnessReady = existsSync(HARNESS_SCRIPT);
  console.log(
    [
      '',
      'KopLindung tidak dapat dibuka sebagai aplikasi desktop di komputer ini: program Electron tidak tersedia.',
      'Electron diunduh dari GitHub saat pertama kali dijalankan, dan komputer ini tidak dapat menjangkaunya.',
      ...(harnessReady ? [`Sebagai gantinya, tampilan yang sama dengan penangan proses utama yang sama dibuka di Chromium: ${HARNESS_ADDRESS}`] : []),
      ...(harnessReady && noDisplay ? ['Komputer ini tidak punya layar: lihat petunjuk di bawah.'] : []),
      '',
      'KopLindung cannot open as a desktop app on this machine: the Electron binary is not available.',
      'Electron is downloaded from GitHub on first run, and this machine cannot reach it.',
      ...(harnessReady ? [`Instead, the same UI with the same main-process handlers opens in Chromium: ${HARNESS_ADDRESS}`] : []),
      ...(harnessReady && noDisplay ? ['This machine has no display: see the instructions below.'] : []),
      '',
      `(${electron.missing})`,
      '',
    ].join('\n'),
  );
  if (!harnessReady) {
    console.error(`Server peramban belum ada / the browser server is missing: ${HARNESS_SCRIPT}`);
    process.exit(1);
  }
  runUntilExit(process.execPath, [TSX_CLI, HARNESS_SCRIPT]);
}
