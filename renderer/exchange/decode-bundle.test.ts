import { describe, expect, it } from 'vitest';
import { MAX_DRIFT_MS } from '../../shared/clock/hlc';
import { readBundleHeader } from './read-bundle-header';
import { decodeBundle } from './decode-bundle';
import { encodeBundle } from './encode-bundle';
import { sampleBundleContents, sampleSchemaVersion } from './sample-bundle-contents';

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
    await expect(decodeBundle(await withClock(atMillis(now + MAX_DRIFT_MS)), { passphrase: null, schemaVersion: sampleSchemaVersion, now })).resolves.toBeTruthy();
    await expect(decodeBundle(await withClock(atMillis(now + MAX_DRIFT_MS + 1)), { passphrase: null, schemaVersion: sampleSchemaVersion, now })).rejects.toMatchObject({
      code: 'future-clock',
      detail: { section: 'anggota', index: 0, path: 'fieldClocks.nama' },
    });
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
