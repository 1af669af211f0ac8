import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedFuses, fuseMismatches, parseFuseReadout } from './smoke-packaged.mjs';

const config = readFileSync(join(import.meta.dirname, '..', 'electron-builder.yml'), 'utf8');

describe("the packaged smoke test's fuse check", () => {
  it('names the configured fuses as @electron/fuses prints them', () => {
    expect(expectedFuses(config)).toMatchObject({
      RunAsNode: 'Disabled',
      EnableNodeOptionsEnvironmentVariable: 'Disabled',
      EnableNodeCliInspectArguments: 'Disabled',
      EnableEmbeddedAsarIntegrityValidation: 'Enabled',
      OnlyLoadAppFromAsar: 'Enabled',
      GrantFileProtocolExtraPrivileges: 'Disabled',
      EnableCookieEncryption: 'Enabled',
    });
  });

  it("reads the CLI's lines, colours included, and reports each fuse that differs", () => {
    const readout =
      'Analyzing app: koplindung\nFuse Version: v1\n  \u001b[33mRunAsNode\u001b[39m is \u001b[31mEnabled\u001b[39m\n' + '  EnableCookieEncryption is Enabled\n';
    const actual = parseFuseReadout(readout);
    expect(actual).toEqual({ RunAsNode: 'Enabled', EnableCookieEncryption: 'Enabled' });
    expect(fuseMismatches({ RunAsNode: 'Disabled', EnableCookieEncryption: 'Enabled', OnlyLoadAppFromAsar: 'Enabled' }, actual)).toEqual([
      'RunAsNode: configured Disabled, binary says Enabled',
      'OnlyLoadAppFromAsar: configured Enabled, binary says nothing',
    ]);
  });
});
