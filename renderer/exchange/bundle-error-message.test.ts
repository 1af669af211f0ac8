import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { id } from '../i18n/id';
import { BundleError, bundleErrorCodes } from './bundle-error';
import { bundleErrorMessage } from './bundle-error-message';

let t: TFunction;
let tEn: TFunction;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ resources: { id: { translation: id }, en: { translation: en } }, lng: 'id', interpolation: { escapeValue: false } });
  t = instance.getFixedT('id');
  tEn = instance.getFixedT('en');
});

describe('bundleErrorMessage', () => {
  it('words every code in both languages, never showing a raw key', () => {
    for (const code of bundleErrorCodes) {
      for (const translate of [t, tEn]) {
        const text = bundleErrorMessage(translate, new BundleError(code));
        expect(text, code).not.toContain('bundleError.');
        expect(text.length, code).toBeGreaterThan(30);
      }
    }
  });

  it('says a refused passphrase may also be a damaged header, since the two cannot be told apart', () => {
    expect(bundleErrorMessage(t, new BundleError('wrong-passphrase'))).toMatch(
      /^Kata sandi salah\..*bagian awal berkas mungkin rusak: minta berkas baru dari pengirim\.$/,
    );
    expect(bundleErrorMessage(tEn, new BundleError('wrong-passphrase'))).toMatch(/^Wrong passphrase\..*may be damaged/);
  });

  it('names the table, the row from 1 and the field of a bad record, with the rule it breaks', () => {
    const text = bundleErrorMessage(t, new BundleError('invalid-record', { section: 'anggota', index: 41, path: 'nik', issue: 'validation.nik' }));
    expect(text).toContain('Letaknya: Data perorangan, data ke-42, kolom “nik”.');
    expect(text).toContain(id.validation.nik);
  });

  it('hides developer English from zod and words its own checks', () => {
    const zod = bundleErrorMessage(t, new BundleError('invalid-record', { section: 'peran', index: 0, path: 'deleted', issue: 'Invalid input' }));
    expect(zod).not.toContain('Invalid input');
    expect(zod).toContain(id.bundleError.masalah.invalid);
    const own = bundleErrorMessage(t, new BundleError('invalid-record', { section: 'kegiatan', index: 2, path: 'catatan.a', issue: 'too-deep' }));
    expect(own).toContain(id.bundleError.masalah['too-deep']);
  });

  it('says where a section or the manifest is wrong, and leaves out a misleading place', () => {
    expect(bundleErrorMessage(t, new BundleError('hash-mismatch', { section: 'cetakan' }))).toContain('Letaknya: bagian Riwayat cetak.');
    expect(bundleErrorMessage(t, new BundleError('invalid-manifest', { section: 'manifest', path: 'deviceId', issue: 'x' }))).toContain(
      'daftar isi berkas, kolom “deviceId”',
    );
    expect(bundleErrorMessage(t, new BundleError('count-mismatch', { section: 'alias', issue: '0/1' }))).not.toContain('Letaknya');
  });
});
