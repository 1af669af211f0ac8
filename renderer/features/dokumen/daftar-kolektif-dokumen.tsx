import type { ReactNode } from 'react';
import type { BarisDaftarKolektif, JumlahDaftarKolektif } from '../../../shared/cetak/baris-daftar-kolektif';
import { useTeksDokumen } from '../cetak/use-teks-dokumen';
import { Keterangan } from './dokumen-bagian';
import type { Messages } from '../../i18n/id';

export interface KoperasiKolektif {
  readonly nama: string;
  /** The address in one line: street, RT/RW, kelurahan, kecamatan. */
  readonly alamat: string;
  readonly nomorIndukKoperasi: string;
  readonly nomorBadanHukum: string;
  readonly npp: string;
}

export interface DaftarKolektifDokumenProps {
  readonly koperasi: KoperasiKolektif;
  /** The event the list is restricted to, when it is. */
  readonly kegiatan?: string;
  readonly baris: readonly BarisDaftarKolektif[];
  readonly jumlah: JumlahDaftarKolektif;
  readonly kop?: ReactNode;
  /** The signatures (the cooperative's chairman and the office). */
  readonly tandaTangan?: ReactNode;
}

/**
 * A cooperative's daftar kolektif for the BPJS branch: the cooperative and its legal numbers, then everyone to
 * register with the whole NIK, mother's maiden name, birth date, sex, category, programs, wage or income and
 * effective date, and the totals. The NPP line is always printed, a line to write on while the cooperative has none
 * recorded. Printed landscape: ten columns do not fit a portrait A4.
 */
export function DaftarKolektifDokumen({ koperasi, kegiatan, baris, jumlah, kop, tandaTangan }: DaftarKolektifDokumenProps) {
  const t = useTeksDokumen();
  const k = (key: keyof Messages['dokumen']['teks']['kolektif']) => t(`dokumen.teks.kolektif.${key}`);
  return (
    <>
      {kop}
      <h1 className="dok-judul">{k('judul')}</h1>
      <table className="tanpa-garis dok-keterangan">
        <tbody>
          <Keterangan label={k('koperasi')} value={koperasi.nama} />
          <Keterangan label={k('alamat')} value={koperasi.alamat} />
          <Keterangan label={k('nomorIndukKoperasi')} value={koperasi.nomorIndukKoperasi} />
          <Keterangan label={k('nomorBadanHukum')} value={koperasi.nomorBadanHukum} />
          <Keterangan label={k('npp')} value={koperasi.npp} />
          {kegiatan && <Keterangan label={k('kegiatan')} value={kegiatan} />}
        </tbody>
      </table>
      <table className="dok-kolektif">
        <thead>
          <tr>
            <th scope="col">{k('no')}</th>
            <th scope="col">{k('nama')}</th>
            <th scope="col">{k('nik')}</th>
            <th scope="col">{k('namaIbuKandung')}</th>
            <th scope="col">{k('tanggalLahir')}</th>
            <th scope="col">{k('jenisKelamin')}</th>
            <th scope="col">{k('kategori')}</th>
            <th scope="col">{k('program')}</th>
            <th scope="col">{k('upah')}</th>
            <th scope="col">{k('tanggalEfektif')}</th>
          </tr>
        </thead>
        <tbody>
          {baris.map((r) => (
            <tr key={r.kepesertaanId}>
              <td className="dok-tengah">{r.nomor}</td>
              <td>{r.nama}</td>
              <td className="dok-nik">{r.nik}</td>
              <td>{r.namaIbuKandung}</td>
              <td>{r.tanggalLahir}</td>
              <td className="dok-tengah">{r.jenisKelamin}</td>
              <td className="dok-tengah">{r.kategori}</td>
              <td>{r.program}</td>
              <td className="numeric">{r.upah}</td>
              <td>{r.tanggalEfektif}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {k('jumlah')}
            </th>
            <td colSpan={5}>{t('dokumen.teks.kolektif.jumlahOrang', { orang: jumlah.orang, pu: jumlah.pu, bpu: jumlah.bpu })}</td>
            <td className="numeric">{jumlah.upah}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      {tandaTangan}
    </>
  );
}
