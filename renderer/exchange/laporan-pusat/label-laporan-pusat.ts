import type { LabelLaporan } from '../../../shared/laporan-pusat/data-laporan';
import { id } from '../../i18n/id';

/**
 * The words the workbook writes for stored codes, taken from the app's Bahasa Indonesia translation: the central
 * office reads the same "Simpan pinjam" or "Formulir dicetak" as the officer sees, whatever language the screen is in.
 */
export function labelLaporanPusat(): LabelLaporan {
  const { koperasi, anggota, kepesertaan, kegiatan } = id;
  return {
    bentuk: koperasi.options.bentuk,
    jenis: koperasi.options.jenis,
    pola: koperasi.options.pola,
    golongan: koperasi.options.golongan,
    skalaUsaha: koperasi.options.skalaUsaha,
    statusKoperasi: koperasi.options.status,
    statusBpjs: koperasi.options.statusBpjs,
    jenisKelamin: { L: anggota.options.jenisKelamin.L, P: anggota.options.jenisKelamin.P },
    kategori: kepesertaan.options.kategori,
    statusKepesertaan: kepesertaan.options.status,
    statusKegiatan: kegiatan.options.status,
  };
}
