import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The packaged app's lock-down, read from electron-builder.yml itself: a fuse flipped back in the config, or the
 * config losing its fuses, fails here before any installer is built. The workflow then reads the same fuses back
 * from the built binary (`npx @electron/fuses read`).
 */
const root = join(import.meta.dirname, '..', '..', '..');
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
  readonly asar?: boolean;
  readonly electronFuses?: Record<string, boolean>;
  readonly nsis?: Record<string, unknown>;
};

describe('electron-builder.yml', () => {
  const fuses = config.electronFuses ?? {};

  it('packs the app into app.asar', () => {
    expect(config.asar).toBe(true);
  });

  it('cannot be started as plain Node, through NODE_OPTIONS or with a debugger attached', () => {
    expect(fuses.runAsNode).toBe(false);
    expect(fuses.enableNodeOptionsEnvironmentVariable).toBe(false);
    expect(fuses.enableNodeCliInspectArguments).toBe(false);
  });

  it('loads the app only from an app.asar whose integrity is checked', () => {
    expect(fuses.enableEmbeddedAsarIntegrityValidation).toBe(true);
    expect(fuses.onlyLoadAppFromAsar).toBe(true);
  });

  it('grants file:// no extra privileges and encrypts cookies', () => {
    expect(fuses.grantFileProtocolExtraPrivileges).toBe(false);
    expect(fuses.enableCookieEncryption).toBe(true);
  });

  it("never deletes the office's data when the app is uninstalled or upgraded", () => {
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });
});
