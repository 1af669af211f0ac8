import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it, vi } from 'vitest';
import { bundleSections } from '../../shared/exchange/bundle-manifest';
import { BUNDLE_MAGIC, BUNDLE_PREFIX_BYTES, parseBundleFrame } from './bundle-header';
import { DEFAULT_KDF_ITERATIONS } from './bundle-limits';
import { decodeBundle } from './decode-bundle';
import { deriveBundleKey, KDF_HKDF, KDF_PBKDF2_LEGACY } from './derive-bundle-key';
import { encodeBundle } from './encode-bundle';
import { sealBundle } from './seal-bundle';
import { sampleBundleContents, sampleSchemaVersion, syntheticBundleContents } from '../test-support/sample-bundle-contents';

const enc = new TextEncoder();

async function plainPayload(bytes: Uint8Array): Promise<string> {
  const { payload } = parseBundleFrame(bytes);
  const stream = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(c) {
      c.enqueue(payload.slice());
      c.close();
    },
  });
  return new Response(stream.pipeThrough(new DecompressionStream('gzip'))).text();
}

describe('encodeBundle', () => {
  it('lays the file out as magic, big-endian header length, JSON header, payload', async () => {
    const bytes = await encodeBundle(sampleBundleContents(), { passphrase: null });
    expect(bytes.subarray(0, 8)).toEqual(BUNDLE_MAGIC);
    const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, false);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(BUNDLE_PREFIX_BYTES, BUNDLE_PREFIX_BYTES + length)));
    expect(header).toEqual({ formatVersion: 1, kompresi: 'gzip', enkripsi: null });
    // gzip magic right after the header
    expect([...bytes.subarray(BUNDLE_PREFIX_BYTES + length, BUNDLE_PREFIX_BYTES + length + 2)]).toEqual([0x1f, 0x8b]);
  });

  it('fills each section count and SHA-256 over its lines, whatever the caller put there', async () => {
    const contents = sampleBundleContents();
    const text = await plainPayload(await encodeBundle(contents, { passphrase: null }));
    const [manifestLine, ...lines] = text.split('\n');
    expect(lines.pop()).toBe('');
    const manifest = JSON.parse(manifestLine!);
    bundleSections.forEach((section, i) => {
      const records = section === 'alias' ? contents.alias : contents.tables[section];
      const expected = records.map((r) => `${JSON.stringify(r)}\n`).join('');
      expect(lines[i], section).toBe(JSON.stringify(records[0]));
      expect(manifest.isi[section], section).toEqual({ jumlah: 1, sha256: bytesToHex(sha256(enc.encode(expected))) });
    });
    expect(contents.manifest.isi.koperasi.jumlah).toBe(0);
  });

  it('records the PBKDF2 parameters in the header, with a fresh salt and IV each time', async () => {
    const a = parseBundleFrame(await encodeBundle(sampleBundleContents(), { passphrase: 'rahasia', iterations: 1500 })).header.enkripsi!;
    const b = parseBundleFrame(await encodeBundle(sampleBundleContents(), { passphrase: 'rahasia', iterations: 1500 })).header.enkripsi!;
    expect(a).toMatchObject({ algoritma: 'AES-256-GCM', kdf: 'PBKDF2-SHA-256+HKDF-SHA-256', iterasi: 1500 });
    expect(a.garam).not.toBe(b.garam);
    expect(a.iv).not.toBe(b.iv);
    expect(DEFAULT_KDF_ITERATIONS).toBe(600_000);
  });

  it('opens with the passphrase typed in another Unicode normal form', async () => {
    const bytes = await encodeBundle(sampleBundleContents(), { passphrase: 'kopi\u00e9', iterations: 1000 });
    await expect(decodeBundle(bytes, { passphrase: 'kopie\u0301', schemaVersion: sampleSchemaVersion })).resolves.toBeTruthy();
  });

  it('refuses an empty passphrase, iteration counts out of range and an invalid manifest', async () => {
    await expect(encodeBundle(sampleBundleContents(), { passphrase: '' })).rejects.toThrow(RangeError);
    await expect(encodeBundle(sampleBundleContents(), { passphrase: 'x', iterations: 10 })).rejects.toThrow(RangeError);
    const bad = sampleBundleContents();
    await expect(encodeBundle({ ...bad, manifest: { ...bad.manifest, tujuan: '' } }, { passphrase: null })).rejects.toThrow();
  });

  it('writes an empty database as a bundle that opens', async () => {
    const empty = sampleBundleContents();
    const tables = Object.fromEntries(Object.keys(empty.tables).map((t) => [t, []])) as unknown as typeof empty.tables;
    const progress: [number, number][] = [];
    const bytes = await encodeBundle({ ...empty, tables, alias: [] }, { passphrase: null });
    const decoded = await decodeBundle(bytes, { passphrase: null, schemaVersion: sampleSchemaVersion, onProgress: (d, t) => progress.push([d, t]) });
    expect(decoded.tables.koperasi).toEqual([]);
    expect(decoded.alias).toEqual([]);
    expect(progress.at(-1)).toEqual([0, 0]);
  });

  it('compresses a realistic database to well under a quarter of its JSON, and round-trips it', async () => {
    const contents = syntheticBundleContents(3000);
    const jsonBytes = enc.encode(JSON.stringify(contents)).length;
    const progress: number[] = [];
    const bytes = await encodeBundle(contents, { passphrase: 'rahasia', iterations: 1000 });
    expect(bytes.length / jsonBytes).toBeLessThanOrEqual(0.25);
    const decoded = await decodeBundle(bytes, { passphrase: 'rahasia', schemaVersion: sampleSchemaVersion, onProgress: (d) => progress.push(d) });
    expect(decoded.tables).toEqual(contents.tables);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
  });

  it('runs PBKDF2 once, for one 256-bit block, then HKDF for the key and the check value', async () => {
    const deriveBits = vi.spyOn(crypto.subtle, 'deriveBits');
    try {
      await deriveBundleKey('sandi kantor dinas', new Uint8Array(16), 1000, KDF_HKDF);
      const pbkdf2 = deriveBits.mock.calls.filter(([algorithm]) => (algorithm as { name: string }).name === 'PBKDF2');
      expect(pbkdf2.map(([, , length]) => length)).toEqual([256]);
    } finally {
      deriveBits.mockRestore();
    }
  });

  it('still opens a file made the old way (PBKDF2 512 bits), and tells its wrong passphrase apart', async () => {
    const contents = sampleBundleContents();
    const text = await plainPayload(await encodeBundle(contents, { passphrase: null }));
    const old = await sealBundle([enc.encode(text)][Symbol.iterator](), { passphrase: 'sandi kantor lama', iterations: 1000, kdf: KDF_PBKDF2_LEGACY });
    expect(parseBundleFrame(old).header.enkripsi?.kdf).toBe('PBKDF2-SHA-256');
    const decoded = await decodeBundle(old, { passphrase: 'sandi kantor lama', schemaVersion: sampleSchemaVersion });
    expect(decoded.tables).toEqual(contents.tables);
    await expect(decodeBundle(old, { passphrase: 'sandi kantor baru', schemaVersion: sampleSchemaVersion })).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
  });

  it('derives a different key and check value under each derivation', async () => {
    const salt = new Uint8Array(16).fill(7);
    const baru = await deriveBundleKey('sandi kantor dinas', salt, 1000, KDF_HKDF);
    const lama = await deriveBundleKey('sandi kantor dinas', salt, 1000, KDF_PBKDF2_LEGACY);
    expect(baru.verifikasi).not.toEqual(lama.verifikasi);
  });
});
