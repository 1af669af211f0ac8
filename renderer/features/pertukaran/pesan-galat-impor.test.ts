import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { BundleError, bundleErrorCodes } from '../../exchange/bundle-error';
import { en } from '../../i18n/en';
import { id } from '../../i18n/id';
import { pesanGalatImpor } from './pesan-galat-impor';

let t: TFunction;
let tEn: TFunction;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ resources: { id: { translation: id }, en: { translation: en } }, lng: 'id', interpolation: { escapeValue: false } });
  t = instance.getFixedT('id');
  tEn = instance.getFixedT('en');
});

const count = (text: string, part: string) => text.split(part).length - 1;

describe('pesanGalatImpor', () => {
  it('says exactly once, for every refusal and in both languages, that nothing was changed', () => {
    for (const code of bundleErrorCodes) {
      expect(count(pesanGalatImpor(t, new BundleError(code)), 'Tidak ada data yang diubah.'), code).toBe(1);
      expect(count(pesanGalatImpor(tEn, new BundleError(code)), 'No data was changed.'), code).toBe(1);
    }
  });

  it('words a wrong passphrase in Indonesian, and any other failure with the app’s usual reason', () => {
    expect(pesanGalatImpor(t, new BundleError('wrong-passphrase'))).toMatch(/^Kata sandi salah\./);
    const other = pesanGalatImpor(t, new Error('QuotaExceededError'));
    expect(other).toMatch(/^Impor gagal: penyimpanan di laptop ini menolak perubahan/);
    expect(other).toMatch(/Tidak ada data yang diubah\.$/);
  });
});
