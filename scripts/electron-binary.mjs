/**
 * Finds an installed Electron binary without ever starting a download. `require('electron')` fetches the binary
 * from GitHub on first use (outside the npm registry, so it fails on machines that reach only the registry);
 * this reads the same files that code reads and only checks they exist. Used by `npm start` and the Electron
 * smoke tests, which must say plainly why they cannot run rather than hang on a download.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const defaultElectronDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'electron');

/** The executable's path inside an unpacked Electron, as electron/install.js names it per platform. */
export function platformExecutable(platform = process.platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

/** Why the Electron tests and `npm start` need more than `npm ci` on these machines, and what to do about it. */
export const HOW_TO_GET_ELECTRON =
  'The Electron binary is not part of the npm package: it is downloaded from GitHub the first time Electron runs, ' +
  'which needs internet access beyond the npm registry. To run the Electron smoke tests or the desktop app, either ' +
  'set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron ' +
  `${readElectronVersion(defaultElectronDir) ?? ''} (the folder that contains the electron executable), or run ` +
  '`node node_modules/electron/install.js` once on a machine with internet access.';

/**
 * @param {{ env?: Record<string, string | undefined>, electronDir?: string, platform?: string }} [options]
 * @returns {{ path: string } | { missing: string }}
 */
export function findElectronBinary({ env = process.env, electronDir = defaultElectronDir, platform = process.platform } = {}) {
  const pathFile = join(electronDir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const executable = recorded || platformExecutable(platform);

  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, executable);
    if (existsSync(candidate)) return { path: candidate };
    return { missing: `ELECTRON_OVERRIDE_DIST_PATH is set to ${override}, but ${candidate} does not exist. ${HOW_TO_GET_ELECTRON}` };
  }
  if (!existsSync(join(electronDir, 'package.json'))) {
    return { missing: `The electron package is not installed (${electronDir}); run npm ci first.` };
  }
  if (recorded === undefined) {
    return { missing: `No Electron binary on this machine: node_modules/electron/path.txt is absent, so it was never downloaded. ${HOW_TO_GET_ELECTRON}` };
  }
  const candidate = join(electronDir, 'dist', recorded);
  if (existsSync(candidate)) return { path: candidate };
  return { missing: `No Electron binary on this machine: ${candidate} does not exist. ${HOW_TO_GET_ELECTRON}` };
}

function readElectronVersion(electronDir) {
  try {
    return JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}
