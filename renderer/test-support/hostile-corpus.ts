import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { bundleSections, type BundleSection } from '../../shared/exchange/bundle-manifest';
import type { BundleErrorCode } from '../exchange/bundle-error';
import { BUNDLE_MAGIC, BUNDLE_PREFIX_BYTES } from '../exchange/bundle-header';
import { encodeBundle } from '../exchange/encode-bundle';
import { sampleBundleContents, sampleSchemaVersion, sampleStamp } from './sample-bundle-contents';
import { sealBundle } from '../exchange/seal-bundle';

/** One file the importer must refuse, the passphrase an officer would type, and the code it must be refused with. */
export interface HostileCase {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly passphrase: string | null;
  readonly code: BundleErrorCode;
}

/** The passphrase the corpus's encrypted files are made with. */
export const corpusPassphrase = 'kopi tubruk di balai desa';
/** Low on purpose: the corpus is rebuilt by every test run. Decoding honours what the header says. */
const ITERATIONS = 1000;
const encoder = new TextEncoder();

type Lines = Record<BundleSection, string[]>;
type Json = Record<string, unknown>;

interface Craft {
  /** Change the record lines before counts and hashes are computed (so those still match). */
  readonly lines?: (lines: Lines, records: Record<BundleSection, Json[]>) => void;
  /** Change the manifest after its counts and hashes are filled (so they may lie). */
  readonly manifest?: (manifest: Json) => void;
  /** Replace the manifest line whole. */
  readonly manifestLine?: string;
  /** Change the record lines after counts and hashes are computed (a file altered after it was made). */
  readonly alter?: (lines: Lines) => void;
  /** Raw text after the last record line. */
  readonly tail?: string;
  readonly passphrase?: string | null;
}

/**
 * Builds a bundle line by line, with the real sealing (gzip, AES-GCM, header), so each hostile case differs from
 * a valid bundle in just the one way it is named for: a crafted record comes with a correct hash and count, and
 * is refused for what it is, not because the file looks damaged.
 */
async function craft(options: Craft = {}): Promise<Uint8Array> {
  const contents = sampleBundleContents();
  const records = Object.fromEntries(
    bundleSections.map((s) => [s, structuredClone(s === 'alias' ? contents.alias : contents.tables[s]) as unknown as Json[]]),
  ) as Record<BundleSection, Json[]>;
  const lines = Object.fromEntries(bundleSections.map((s) => [s, records[s].map((r) => JSON.stringify(r))])) as Lines;
  options.lines?.(lines, records);
  const isi = Object.fromEntries(
    bundleSections.map((s) => [s, { jumlah: lines[s].length, sha256: bytesToHex(sha256(encoder.encode(lines[s].map((l) => `${l}\n`).join('')))) }]),
  );
  const manifest: Json = { ...structuredClone(contents.manifest), isi };
  options.manifest?.(manifest);
  options.alter?.(lines);
  const text =
    [options.manifestLine ?? JSON.stringify(manifest), ...bundleSections.flatMap((s) => lines[s])].map((l) => `${l}\n`).join('') + (options.tail ?? '');
  return sealBundle([encoder.encode(text)][Symbol.iterator](), { passphrase: options.passphrase ?? null, iterations: ITERATIONS });
}

/** Re-serialises one record of a section after `change` (which may add keys JSON.parse would make own keys). */
function editRecord(section: BundleSection, change: (record: Json) => string | void): Craft['lines'] {
  return (lines, records) => {
    const record = records[section][0]!;
    lines[section][0] = change(record) ?? JSON.stringify(record);
  };
}

const replaceByte = (bytes: Uint8Array, at: number, value: number) => {
  const out = bytes.slice();
  out[at] = value;
  return out;
};
const flip = (bytes: Uint8Array, at: number) => {
  const out = bytes.slice();
  out[at] = out[at]! ^ 0x01;
  return out;
};
const headerEnd = (bytes: Uint8Array) => BUNDLE_PREFIX_BYTES + new DataView(bytes.buffer, bytes.byteOffset).getUint32(BUNDLE_MAGIC.length, false);

/** A framed header with any JSON text, for the cases about the header itself. */
function framed(headerText: string, payload: Uint8Array = new Uint8Array(32), declaredLength?: number): Uint8Array {
  const header = encoder.encode(headerText);
  const out = new Uint8Array(BUNDLE_PREFIX_BYTES + header.length + payload.length);
  out.set(BUNDLE_MAGIC);
  new DataView(out.buffer).setUint32(BUNDLE_MAGIC.length, declaredLength ?? header.length, false);
  out.set(header, BUNDLE_PREFIX_BYTES);
  out.set(payload, BUNDLE_PREFIX_BYTES + header.length);
  return out;
}

/** Deterministic noise (xorshift32), so a failing case fails the same way every run. */
function noise(length: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/**
 * Files an importer must refuse, each with the code it must be refused with: not bundles, newer ones, wrong or
 * missing passphrases, damage at every layer, lies in the manifest, and records built to pollute prototypes,
 * exhaust memory, smuggle fields, break the schemas or drag the clock into the future. Built from the sample
 * bundle at run time, so the corpus follows the format as it changes.
 */
export async function buildHostileCorpus(): Promise<readonly HostileCase[]> {
  const p = corpusPassphrase;
  const encrypted = await encodeBundle(sampleBundleContents(), { passphrase: p, iterations: ITERATIONS });
  const plain = await encodeBundle(sampleBundleContents(), { passphrase: null });
  const encHeaderEnd = headerEnd(encrypted);
  const encHeaderText = new TextDecoder().decode(encrypted.subarray(0, encHeaderEnd));
  const ivAt = encHeaderText.indexOf('"iv":"') + '"iv":"'.length;
  const saltAt = encHeaderText.indexOf('"garam":"') + '"garam":"'.length;
  const validHeader = new TextDecoder().decode(plain.subarray(BUNDLE_PREFIX_BYTES, headerEnd(plain)));
  const future = `${new Date(Date.now() + 60 * 60 * 1000).toISOString()}-0000-laptop-b`;
  const soonFull = `${new Date(Date.now() + 60 * 1000).toISOString()}-FFFF-laptop-b`;
  const cases: HostileCase[] = [];
  const add = (name: string, code: BundleErrorCode, bytes: Uint8Array, passphrase: string | null = null) => cases.push({ name, bytes, passphrase, code });

  // Not a bundle, or not one this app can read.
  add('empty file', 'not-a-bundle', new Uint8Array(0));
  add('random bytes', 'not-a-bundle', noise(4096));
  add('a PDF', 'not-a-bundle', encoder.encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'));
  add(
    'wrong magic',
    'not-a-bundle',
    (() => {
      const b = plain.slice();
      b[7] = 'X'.charCodeAt(0);
      return b;
    })(),
  );
  add('header not JSON', 'not-a-bundle', framed('{"formatVersion":1,'));
  add('header too long', 'not-a-bundle', framed(validHeader, new Uint8Array(32), 1_000_000));
  add('header with an unknown key', 'not-a-bundle', framed(validHeader.replace('{', '{"kunci":"x",')));
  add(
    'header asks for 1 KDF iteration',
    'not-a-bundle',
    framed(new TextDecoder().decode(encrypted.subarray(BUNDLE_PREFIX_BYTES, encHeaderEnd)).replace(`"iterasi":${ITERATIONS}`, '"iterasi":1')),
    p,
  );
  add(
    'header asks for a billion KDF iterations',
    'not-a-bundle',
    framed(new TextDecoder().decode(encrypted.subarray(BUNDLE_PREFIX_BYTES, encHeaderEnd)).replace(`"iterasi":${ITERATIONS}`, '"iterasi":1000000000')),
    p,
  );
  add('newer format', 'newer-format', framed('{"formatVersion":2,"kompresi":"zstd","enkripsi":null,"baru":true}'));
  add(
    'newer schema',
    'newer-schema',
    await craft({
      manifest: (m) => {
        m.schemaVersion = sampleSchemaVersion + 1;
      },
    }),
  );

  // Passphrases.
  add('encrypted, no passphrase given', 'passphrase-required', encrypted, null);
  add('encrypted, empty passphrase given', 'passphrase-required', encrypted, '');
  add('wrong passphrase', 'wrong-passphrase', encrypted, 'kopi susu di balai desa');
  add('passphrase with a trailing space', 'wrong-passphrase', encrypted, `${p} `);
  // Damage to what the check value is derived from cannot be told from a wrong passphrase (the message says both).
  add('changed byte in the header (salt), right passphrase', 'wrong-passphrase', replaceByte(encrypted, saltAt, encrypted[saltAt] === 0x41 ? 0x42 : 0x41), p);
  add(
    'iteration count changed in the header, right passphrase',
    'wrong-passphrase',
    framed(
      new TextDecoder().decode(encrypted.subarray(BUNDLE_PREFIX_BYTES, encHeaderEnd)).replace(`"iterasi":${ITERATIONS}`, `"iterasi":${ITERATIONS + 1}`),
      encrypted.subarray(encHeaderEnd),
    ),
    p,
  );

  // Damage: truncation and single flipped bits, encrypted and not.
  add('truncated inside the magic', 'corrupt', encrypted.slice(0, 4), p);
  add('truncated inside the header length', 'corrupt', encrypted.slice(0, 10), p);
  add('truncated inside the header', 'corrupt', encrypted.slice(0, BUNDLE_PREFIX_BYTES + 20), p);
  add('truncated right after the header', 'corrupt', encrypted.slice(0, encHeaderEnd), p);
  add('truncated inside the ciphertext', 'corrupt', encrypted.slice(0, encHeaderEnd + Math.floor((encrypted.length - encHeaderEnd) / 2)), p);
  add('truncated by one byte (GCM tag)', 'corrupt', encrypted.slice(0, -1), p);
  add('unencrypted, truncated inside the payload', 'corrupt', plain.slice(0, headerEnd(plain) + Math.floor((plain.length - headerEnd(plain)) / 2)));
  add('unencrypted, truncated by one byte', 'corrupt', plain.slice(0, -1));
  // Still valid base64 of 12 bytes, so the header parses and only the authentication can notice.
  add('changed byte in the header (IV)', 'corrupt', replaceByte(encrypted, ivAt, encrypted[ivAt] === 0x41 ? 0x42 : 0x41), p);
  add('flipped byte in the ciphertext', 'corrupt', flip(encrypted, encHeaderEnd + 40), p);
  add('flipped byte in the GCM tag', 'corrupt', flip(encrypted, encrypted.length - 1), p);
  add('unencrypted, flipped byte in the gzip checksum', 'corrupt', flip(plain, plain.length - 8));
  add('unencrypted, payload is not gzip', 'corrupt', framed(validHeader, noise(2048, 7)));
  add(
    'unencrypted, bytes after the gzip stream',
    'corrupt',
    (() => {
      const b = new Uint8Array(plain.length + 3);
      b.set(plain);
      b.set([1, 2, 3], plain.length);
      return b;
    })(),
  );
  add('last line without its newline', 'corrupt', await craft({ tail: '{"table":"anggota","id":"x","into":"y"}' }));

  // Lies in the manifest, missing and extra lines.
  add('manifest not JSON', 'invalid-manifest', await craft({ manifestLine: '{"format":"koplindung-bundle",' }));
  add(
    'manifest missing a field',
    'invalid-manifest',
    await craft({
      manifest: (m) => {
        delete m.deviceId;
      },
    }),
  );
  add(
    'manifest formatVersion 99 inside a header claiming 1',
    'invalid-manifest',
    await craft({
      manifest: (m) => {
        m.formatVersion = 99;
      },
    }),
  );
  add('manifest with __proto__', 'forbidden-key', await craft({ manifestLine: '{"__proto__":{"polluted":"manifest"},"format":"koplindung-bundle"}' }));
  add('empty payload (no manifest)', 'invalid-manifest', await sealBundle([][Symbol.iterator](), { passphrase: null }));
  add('empty manifest line', 'invalid-manifest', await craft({ manifestLine: '' }));
  add(
    'altered record, unencrypted (hash mismatch)',
    'hash-mismatch',
    await craft({
      alter: (l) => {
        l.anggota[0] = l.anggota[0]!.replace('Siti Aminah', 'Siti Aminah Binti Fulan');
      },
    }),
  );
  add(
    'a section hash that matches nothing',
    'hash-mismatch',
    await craft({
      manifest: (m) => {
        (m.isi as Record<string, { sha256: string }>).cetakan!.sha256 = 'f'.repeat(64);
      },
    }),
  );
  add(
    'sections out of order',
    'hash-mismatch',
    await craft({
      lines: (l) => {
        [l.koperasi, l.anggota] = [l.anggota, l.koperasi];
      },
      manifest: (m) => {
        const isi = m.isi as Record<string, unknown>;
        [isi.koperasi, isi.anggota] = [isi.anggota, isi.koperasi];
      },
    }),
  );
  add(
    'count mismatch (manifest claims 2 koperasi)',
    'count-mismatch',
    await craft({
      manifest: (m) => {
        (m.isi as Record<string, { jumlah: number }>).koperasi!.jumlah = 2;
      },
    }),
  );
  add(
    'huge counts claimed',
    'count-mismatch',
    await craft({
      manifest: (m) => {
        for (const s of bundleSections) if (s !== 'alias') (m.isi as Record<string, { jumlah: number }>)[s]!.jumlah = 5_000_000;
      },
    }),
  );
  add(
    'more aliases claimed than the cap',
    'too-large',
    await craft({
      manifest: (m) => {
        (m.isi as Record<string, { jumlah: number }>).alias!.jumlah = 5_000_000;
      },
    }),
  );
  add('an extra line after the last section', 'count-mismatch', await craft({ tail: '{"table":"anggota","id":"ang-x","into":"ang-y"}\n' }));
  add(
    'a record line missing',
    'count-mismatch',
    await craft({
      alter: (l) => {
        l.peran = [];
      },
    }),
  );
  add(
    'a record line added inside a section',
    'count-mismatch',
    await craft({
      alter: (l) => {
        l.kegiatan.push(l.kegiatan[0]!.replace('keg-sosialisasi-01', 'keg-sosialisasi-02'));
      },
    }),
  );
  add('an empty line at the end', 'count-mismatch', await craft({ tail: '\n' }));

  // Records built to pollute prototypes.
  add(
    '__proto__ at the top of a record',
    'forbidden-key',
    await craft({ lines: editRecord('koperasi', (r) => JSON.stringify(r).replace('{', '{"__proto__":{"polluted":"top"},')) }),
  );
  add(
    '__proto__ inside undangan of a kegiatan',
    'forbidden-key',
    await craft({ lines: editRecord('kegiatan', (r) => JSON.stringify(r).replace('"undangan":[{', '"undangan":[{"__proto__":{"polluted":"undangan"},')) }),
  );
  add(
    '__proto__ inside fieldClocks',
    'forbidden-key',
    await craft({ lines: editRecord('anggota', (r) => JSON.stringify(r).replace('"fieldClocks":{', '"fieldClocks":{"__proto__":{"polluted":"clocks"},')) }),
  );
  add(
    '__proto__ in an encrypted bundle',
    'forbidden-key',
    await craft({ passphrase: p, lines: editRecord('peran', (r) => JSON.stringify(r).replace('{', '{"__proto__":{"polluted":"encrypted"},')) }),
    p,
  );
  add(
    '__proto__ in an alias',
    'forbidden-key',
    await craft({ lines: editRecord('alias', (r) => JSON.stringify(r).replace('{', '{"__proto__":{"polluted":"alias"},')) }),
  );
  add(
    'constructor key',
    'forbidden-key',
    await craft({ lines: editRecord('koperasi', (r) => JSON.stringify(r).replace('{', '{"constructor":{"prototype":{"polluted":"ctor"}},')) }),
  );
  add(
    'prototype key nested',
    'forbidden-key',
    await craft({
      lines: editRecord('kegiatan', (r) => {
        (r.narasumber as Json[])[0]!.prototype = { polluted: 'proto' };
      }),
    }),
  );

  // Records that break the schemas.
  add(
    'unexpected plain key',
    'invalid-record',
    await craft({
      lines: editRecord('koperasi', (r) => {
        r.kataSandi = 'rahasia';
      }),
    }),
  );
  add(
    'unexpected key inside an undangan',
    'invalid-record',
    await craft({
      lines: editRecord('kegiatan', (r) => {
        (r.undangan as Json[])[0]!.catatanRahasia = 'x';
      }),
    }),
  );
  add(
    'unexpected key inside a narasumber',
    'invalid-record',
    await craft({
      lines: editRecord('kegiatan', (r) => {
        (r.narasumber as Json[])[0]!.nik = '3674011203900001';
      }),
    }),
  );
  add(
    'derived field (changedAt) travelling',
    'invalid-record',
    await craft({
      lines: editRecord('anggota', (r) => {
        r.changedAt = sampleStamp;
      }),
    }),
  );
  add(
    'a 2 MB string',
    'too-large',
    await craft({
      lines: editRecord('koperasi', (r) => {
        r.catatan = 'a'.repeat(2 * 1024 * 1024);
      }),
    }),
  );
  add(
    'a name of 100,000 characters',
    'invalid-record',
    await craft({
      lines: editRecord('anggota', (r) => {
        r.nama = 'Siti '.repeat(20_000);
      }),
    }),
  );
  add(
    'a name among the NIKs a person is known by',
    'invalid-record',
    await craft({
      lines: editRecord('anggota', (r) => {
        r.nikDikenal = ['Siti Aminah'];
      }),
    }),
  );
  add(
    'a NIK of letters',
    'invalid-record',
    await craft({
      lines: editRecord('anggota', (r) => {
        r.nik = 'ABCDEFGHIJKLMNOP';
      }),
    }),
  );
  add(
    'deleted: 2',
    'invalid-record',
    await craft({
      lines: editRecord('peran', (r) => {
        r.deleted = 2;
      }),
    }),
  );
  add(
    'a record that is an array',
    'invalid-record',
    await craft({
      lines: (l) => {
        l.cetakan[0] = '["ctk-1"]';
      },
    }),
  );
  add(
    'a record that is not JSON',
    'invalid-record',
    await craft({
      lines: (l) => {
        l.cetakan[0] = '{"id":';
      },
    }),
  );
  add(
    'nesting deeper than 6',
    'invalid-record',
    await craft({
      lines: editRecord('kegiatan', (r) => {
        r.catatan = { a: { b: { c: { d: { e: { f: {} } } } } } };
      }),
    }),
  );
  add(
    'an array of 5,000 items',
    'invalid-record',
    await craft({
      lines: editRecord('anggota', (r) => {
        r.nikPeringatanDiakui = Array.from({ length: 5000 }, () => 'x');
      }),
    }),
  );
  add(
    'a record id that could be a path',
    'invalid-record',
    await craft({
      lines: editRecord('koperasi', (r) => {
        r.id = '../../etc/passwd';
      }),
    }),
  );
  add(
    'an alias for another table',
    'invalid-record',
    await craft({
      lines: editRecord('alias', (r) => {
        r.table = 'koperasi';
      }),
    }),
  );

  // Clocks.
  add(
    'a malformed clock',
    'invalid-record',
    await craft({
      lines: editRecord('anggota', (r) => {
        (r.fieldClocks as Json).nama = 'kemarin sore';
      }),
    }),
  );
  add(
    'a clock on the 13th month',
    'invalid-record',
    await craft({
      lines: editRecord('anggota', (r) => {
        (r.fieldClocks as Json).nama = '2026-13-01T00:00:00.000Z-0000-laptop-a';
      }),
    }),
  );
  add(
    'a clock on 30 February',
    'invalid-record',
    await craft({
      lines: editRecord('anggota', (r) => {
        (r.fieldClocks as Json).nama = '2026-02-30T10:00:00.000Z-0000-laptop-a';
      }),
    }),
  );
  add(
    'a clock for a field the table does not have',
    'invalid-record',
    await craft({
      lines: editRecord('anggota', (r) => {
        (r.fieldClocks as Json).gaji = sampleStamp;
      }),
    }),
  );
  add(
    'a field clock from the future',
    'future-clock',
    await craft({
      lines: editRecord('koperasi', (r) => {
        (r.fieldClocks as Json).nama = future;
      }),
    }),
  );
  add(
    'a createdAt from the future',
    'future-clock',
    await craft({
      lines: editRecord('kehadiran', (r) => {
        r.createdAt = future;
      }),
    }),
  );
  add(
    'a clock one minute ahead with its counter at FFFF',
    'clock-overflow',
    await craft({
      lines: editRecord('anggota', (r) => {
        (r.fieldClocks as Json).nama = soonFull;
      }),
    }),
  );
  add(
    'a field basis from the future',
    'future-clock',
    await craft({
      lines: editRecord('kepesertaan', (r) => {
        r.fieldBasis = { status: future };
      }),
    }),
  );

  // Duplicates.
  add(
    'duplicate ids in a section',
    'duplicate-id',
    await craft({
      lines: (l) => {
        l.koperasi.push(l.koperasi[0]!.replace('Sejahtera Bersama', 'Sejahtera Abadi'));
      },
    }),
  );
  add(
    'duplicate alias ids',
    'duplicate-id',
    await craft({
      lines: (l) => {
        l.alias.push(l.alias[0]!);
      },
    }),
  );

  return cases;
}
