import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { barisDaftarHadir, type PesertaDaftarHadir } from '../../../shared/cetak/baris-daftar-hadir';
import { en } from '../../i18n/en';
import { id } from '../../i18n/id';
import { DaftarHadirDokumen } from './daftar-hadir-dokumen';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n
    .use(initReactI18next)
    .init({ resources: { id: { translation: id }, en: { translation: en } }, lng: 'en', fallbackLng: 'id', interpolation: { escapeValue: false } });
});

const kegiatan = {
  judul: 'Sosialisasi BPJS Ketenagakerjaan',
  tanggal: '2026-11-21',
  jamMulai: '09:00',
  jamSelesai: '',
  tempat: 'Aula Kecamatan Setu',
  alamatTempat: '',
};

/** The sheet renders from plain data with nothing of the app around it but i18n: what the benchmark prints. */
describe('DaftarHadirDokumen', () => {
  it('renders hundreds of rows, in Indonesian whatever the screen language, without NIKs', () => {
    const peserta: PesertaDaftarHadir[] = Array.from({ length: 490 }, (_, i) => ({
      nama: `Peserta ${i + 1}`,
      koperasiId: 'k1',
      koperasiNama: 'KSP Sejahtera',
      jabatan: '',
      peran: 'anggota',
      telepon: '0812000000',
    }));
    const baris = barisDaftarHadir({
      peserta,
      undangan: [],
      koperasiNama: new Map(),
      barisKosong: 10,
      labelPeran: (p) => i18n.getFixedT('id')(`peran.options.peran.${p}`),
    });
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <DaftarHadirDokumen kegiatan={kegiatan} baris={baris} zona="WITA" />
      </I18nextProvider>,
    );
    expect(html.match(/<tr data-jenis=/g)).toHaveLength(500);
    expect(html.match(/class="dok-ttd-kiri"/g)).toHaveLength(250);
    expect(html.match(/class="dok-ttd-kanan"/g)).toHaveLength(250);
    expect(html).toContain('Daftar Hadir');
    expect(html).toContain('Sabtu, 21 November 2026');
    expect(html).toContain('09.00 WITA – selesai');
    expect(html).toContain('Tanda Tangan');
    expect(html).toContain('>Anggota<');
    expect(html).toContain('500. ..........');
  });
});
