import { describe, expect, it } from 'vitest';
import { MAX_DRIFT_MS } from '../../shared/clock/hlc';
import { readBundleHeader } from './read-bundle-header';
import { decodeBundle } from './decode-bundle';
import { encodeBundle } from './encode-bundle';
import { sealBundle } from './seal-bundle';
import { bundleLimits } from './bundle-limits';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { sampleBundleContents, sampleSchemaVersion } from '../test-support/sample-bundle-contents';

const atMillis = (ms: number) => `${new Date(ms).toISOString()}-0000-laptop-b`;

describe('decodeBundle', () => {
  it('accepts a clock up to MAX_DRIFT_MS ahead of this laptop, and refuses one millisecond more', async () => {
    const now = Date.parse('2026-03-10T00:00:00.000Z');
    const withClock = async (stamp: string) => {
      const contents = sampleBundleContents();
      const [anggota] = contents.tables.anggota;
      const changed = { ...anggota!, fieldClocks: { ...anggota!.fieldClocks, nama: stamp } };
      return encodeBundle({ ...contents, tables: { ...contents.tables, anggota: [changed] } }, { passphrase: null });
    };
    await expect(
      decodeBundle(await withClock(atMillis(now + MAX_DRIFT_MS)), { passphrase: null, schemaVersion: sampleSchemaVersion, now }),
    ).resolves.toBeTruthy();
    await expect(
      decodeBundle(await withClock(atMillis(now + MAX_DRIFT_MS + 1)), { passphrase: null, schemaVersion: sampleSchemaVersion, now }),
    ).rejects.toMatchObject({
      code: 'future-clock',
      detail: { section: 'anggota', index: 0, path: 'fieldClocks.nama' },
    });
  });

  it('refuses a manifest announcing more aliases than the cap, before reading a single record', async () => {
    const contents = sampleBundleContents();
    const enc = new TextEncoder();
    const manifest = {
      ...contents.manifest,
      isi: { ...contents.manifest.isi, alias: { jumlah: bundleLimits.maxAliases + 1, sha256: contents.manifest.isi.alias.sha256 } },
    };
    const bytes = await sealBundle([enc.encode(`${JSON.stringify(manifest)}\n`)][Symbol.iterator](), { passphrase: null });
    await expect(decodeBundle(bytes, { passphrase: null, schemaVersion: sampleSchemaVersion })).rejects.toMatchObject({
      code: 'too-large',
      detail: { section: 'alias', issue: 'count' },
    });
  });

  it('takes a file from a schema-5 app: no program sections in its manifest, events without a program', async () => {
    const contents = sampleBundleContents();
    const { programId: _programId, ...kegiatanLama } = contents.tables.kegiatan[0]!;
    const sections = ['koperasi', 'anggota', 'peran', 'kepesertaan', 'kegiatan', 'kehadiran', 'cetakan', 'alias'] as const;
    const lines: Record<string, string[]> = Object.fromEntries(
      sections.map((s) => [s, (s === 'alias' ? contents.alias : s === 'kegiatan' ? [kegiatanLama] : contents.tables[s]).map((r) => JSON.stringify(r))]),
    );
    const enc = new TextEncoder();
    const isi = Object.fromEntries(
      sections.map((s) => [s, { jumlah: lines[s]!.length, sha256: bytesToHex(sha256(enc.encode(lines[s]!.map((l) => `${l}\n`).join('')))) }]),
    );
    const manifest = { ...contents.manifest, schemaVersion: 5, isi };
    const text = [JSON.stringify(manifest), ...sections.flatMap((s) => lines[s]!)].map((l) => `${l}\n`).join('');
    const bytes = await sealBundle([enc.encode(text)][Symbol.iterator](), { passphrase: null });
    const decoded = await decodeBundle(bytes, { passphrase: null, schemaVersion: sampleSchemaVersion });
    expect(decoded.tables.kegiatan[0]!.programId).toBe('');
    expect(decoded.tables.program).toEqual([]);
    expect(decoded.manifest.isi.target).toEqual({ jumlah: 0, sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' });
  });

  it('takes a bundle from an older database schema, and refuses one from a newer', async () => {
    const bytes = await encodeBundle(sampleBundleContents(), { passphrase: null });
    await expect(decodeBundle(bytes, { passphrase: null, schemaVersion: sampleSchemaVersion + 3 })).resolves.toBeTruthy();
    await expect(decodeBundle(bytes, { passphrase: null, schemaVersion: sampleSchemaVersion - 1 })).rejects.toMatchObject({ code: 'newer-schema' });
  });

  it('ignores a passphrase given for an unencrypted bundle', async () => {
    const bytes = await encodeBundle(sampleBundleContents(), { passphrase: null });
    await expect(decodeBundle(bytes, { passphrase: 'apa saja', schemaVersion: sampleSchemaVersion })).resolves.toBeTruthy();
  });

  it('refuses a file over 512 MB before reading it', async () => {
    const huge = new Uint8Array(512 * 1024 * 1024 + 1);
    expect(() => readBundleHeader(huge)).toThrow(expect.objectContaining({ code: 'too-large' }));
    await expect(decodeBundle(huge, { passphrase: null, schemaVersion: sampleSchemaVersion })).rejects.toMatchObject({ code: 'too-large' });
  });

  it('refuses a record the sending app wrote badly, though its count and hash are right', async () => {
    const contents = sampleBundleContents();
    const [anggota] = contents.tables.anggota;
    const bad = { ...anggota!, nik: 'bukan NIK' };
    const bytes = await encodeBundle({ ...contents, tables: { ...contents.tables, anggota: [bad] } }, { passphrase: null });
    await expect(decodeBundle(bytes, { passphrase: null, schemaVersion: sampleSchemaVersion })).rejects.toMatchObject({ code: 'invalid-record' });
  });
});
