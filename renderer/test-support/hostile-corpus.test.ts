import { beforeAll, describe, expect, it } from 'vitest';
import { BundleError } from '../exchange/bundle-error';
import { decodeBundle } from '../exchange/decode-bundle';
import { encodeBundle } from '../exchange/encode-bundle';
import { buildHostileCorpus, corpusPassphrase, type HostileCase } from './hostile-corpus';
import { readBundleHeader } from '../exchange/read-bundle-header';
import { sampleBundleContents, sampleSchemaVersion } from './sample-bundle-contents';

async function refusal(bytes: Uint8Array, passphrase: string | null): Promise<BundleError> {
  try {
    await decodeBundle(bytes, { passphrase, schemaVersion: sampleSchemaVersion });
  } catch (error) {
    if (error instanceof BundleError) return error;
    throw error;
  }
  throw new Error('decoded without complaint');
}

describe('the hostile corpus', () => {
  let corpus: readonly HostileCase[] = [];
  beforeAll(async () => {
    corpus = await buildHostileCorpus();
  });

  it('covers every refusal code', async () => {
    const { bundleErrorCodes } = await import('../exchange/bundle-error');
    // 'unencrypted-refused' is the office's policy, not the file's fault: ExchangeService.pickFile refuses a sound
    // unencrypted bundle (exchange-service.test.ts), so no crafted file stands for it here. Nor for 'cancelled', the
    // officer's Batal while applying (exchange-service.test.ts).
    const bukanBerkas: readonly string[] = ['unencrypted-refused', 'cancelled'];
    expect(new Set(corpus.map((c) => c.code))).toEqual(new Set(bundleErrorCodes.filter((code) => !bukanBerkas.includes(code))));
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  it('is refused case by case with the expected code', async () => {
    const outcomes: string[] = [];
    for (const c of corpus) {
      const error = await refusal(c.bytes, c.passphrase);
      outcomes.push(`${c.name}: ${error.code}${error.code === c.code ? '' : ` (expected ${c.code}) ${JSON.stringify(error.detail)}`}`);
    }
    expect(outcomes).toEqual(corpus.map((c) => `${c.name}: ${c.code}`));
  });

  it('never pollutes Object.prototype', async () => {
    for (const c of corpus) await refusal(c.bytes, c.passphrase).catch(() => undefined);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('says where a bad record is', async () => {
    const byName = (name: string) => corpus.find((c) => c.name === name)!;
    const nik = await refusal(byName('a NIK of letters').bytes, null);
    expect(nik.detail).toEqual({ section: 'anggota', index: 0, path: 'nik', issue: 'validation.nik' });
    const nested = await refusal(byName('__proto__ inside undangan of a kegiatan').bytes, null);
    expect(nested.detail).toMatchObject({ section: 'kegiatan', index: 0, path: 'undangan.0.__proto__' });
    const undangan = await refusal(byName('unexpected key inside an undangan').bytes, null);
    expect(undangan.detail).toEqual({ section: 'kegiatan', index: 0, path: 'undangan.0.catatanRahasia', issue: 'unknown-key' });
    const narasumber = await refusal(byName('unexpected key inside a narasumber').bytes, null);
    expect(narasumber.detail).toEqual({ section: 'kegiatan', index: 0, path: 'narasumber.0.nik', issue: 'unknown-key' });
    const clock = await refusal(byName('a field clock from the future').bytes, null);
    expect(clock.detail).toMatchObject({ section: 'koperasi', index: 0, path: 'fieldClocks.nama' });
    const overflow = await refusal(byName('a clock one minute ahead with its counter at FFFF').bytes, null);
    expect(overflow.detail).toMatchObject({ section: 'anggota', index: 0, path: 'fieldClocks.nama' });
    const duplicate = await refusal(byName('duplicate ids in a section').bytes, null);
    expect(duplicate.detail).toMatchObject({ section: 'koperasi', index: 1, path: 'id' });
    const big = await refusal(byName('a 2 MB string').bytes, null);
    expect(big.detail).toMatchObject({ section: 'koperasi', index: 0, issue: 'line' });
  });

  it('is refused by readBundleHeader already when the framing or format is wrong', () => {
    for (const c of corpus.filter((x) => x.code === 'not-a-bundle' || x.code === 'newer-format')) {
      expect(() => readBundleHeader(c.bytes), c.name).toThrow(expect.objectContaining({ code: c.code }));
    }
  });
});

describe('a valid bundle', () => {
  for (const passphrase of [null, corpusPassphrase]) {
    it(`round-trips deep-equal ${passphrase === null ? 'unencrypted' : 'encrypted'}, reporting progress`, async () => {
      const contents = sampleBundleContents();
      const encodeProgress: [number, number][] = [];
      const bytes = await encodeBundle(contents, { passphrase, iterations: 1000, onProgress: (d, t) => encodeProgress.push([d, t]) });
      expect(readBundleHeader(bytes)).toEqual({ formatVersion: 1, encrypted: passphrase !== null });

      const decodeProgress: [number, number][] = [];
      const decoded = await decodeBundle(bytes, { passphrase, schemaVersion: sampleSchemaVersion, onProgress: (d, t) => decodeProgress.push([d, t]) });
      expect(decoded.tables).toEqual(contents.tables);
      expect(decoded.alias).toEqual(contents.alias);
      expect({ ...decoded.manifest, isi: null }).toEqual({ ...contents.manifest, isi: null });
      for (const [section, summary] of Object.entries(decoded.manifest.isi)) {
        expect(summary.jumlah, section).toBe(1);
        expect(summary.sha256, section).toMatch(/^[0-9a-f]{64}$/);
      }
      expect(encodeProgress.at(-1)).toEqual([24, 24]);
      expect(decodeProgress.at(0)).toEqual([0, 12]);
      expect(decodeProgress.at(-1)).toEqual([12, 12]);
    });
  }
});
