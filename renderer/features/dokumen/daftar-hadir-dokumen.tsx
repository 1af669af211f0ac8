import type { ReactNode } from 'react';
import type { BarisDaftarHadir } from '../../../shared/cetak/baris-daftar-hadir';
import { formatJamKegiatan, formatTanggal } from '../../../shared/format/format-date';
import type { Kegiatan } from '../../../shared/kegiatan/kegiatan-schema';
import { useTeksDokumen } from '../cetak/use-teks-dokumen';
import { Keterangan } from './dokumen-bagian';

export interface DaftarHadirDokumenProps {
  readonly kegiatan: Pick<Kegiatan, 'judul' | 'tanggal' | 'jamMulai' | 'jamSelesai' | 'tempat' | 'alamatTempat'>;
  /** From barisDaftarHadir: numbered, zig-zagged, blank rows included. */
  readonly baris: readonly BarisDaftarHadir[];
  /** The office's time zone (WIB, WITA, WIT) the event's hours are written in (useZonaWaktu). */
  readonly zona: string;
  /** The letterhead (`<KopSurat />` in the app); left out, the sheet starts with its title. */
  readonly kop?: ReactNode;
  /** The signature block after the table. */
  readonly tandaTangan?: ReactNode;
}

/**
 * The daftar hadir itself (docs/domain.md §5), from plain data only, so it can be rendered without the app around it
 * (the benchmark prints it with hundreds of rows): title, event, Hari/Tanggal, Waktu, Tempat, then No | Nama |
 * Koperasi/Instansi | Jabatan | No. HP | Tanda Tangan with the header repeated on every page. No NIK on it.
 */
export function DaftarHadirDokumen({ kegiatan, zona, baris, kop, tandaTangan }: DaftarHadirDokumenProps) {
  const t = useTeksDokumen();
  const tempat = [kegiatan.tempat, kegiatan.alamatTempat].filter((p) => p !== '').join(', ');
  return (
    <>
      {kop}
      <h1 className="dok-judul">{t('dokumen.teks.daftarHadir.judul')}</h1>
      <p className="dok-subjudul">{kegiatan.judul}</p>
      <table className="tanpa-garis dok-keterangan">
        <tbody>
          <Keterangan label={t('dokumen.teks.daftarHadir.hariTanggal')} value={formatTanggal(kegiatan.tanggal, 'id', 'full')} />
          <Keterangan label={t('dokumen.teks.daftarHadir.waktu')} value={formatJamKegiatan(kegiatan.jamMulai, kegiatan.jamSelesai, zona)} />
          <Keterangan label={t('dokumen.teks.daftarHadir.tempat')} value={tempat} />
        </tbody>
      </table>
      <table className="dok-daftar-hadir">
        <colgroup>
          <col className="dok-kol-no" />
          <col className="dok-kol-nama" />
          <col className="dok-kol-koperasi" />
          <col className="dok-kol-jabatan" />
          <col className="dok-kol-telepon" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('dokumen.teks.daftarHadir.no')}</th>
            <th scope="col">{t('dokumen.teks.daftarHadir.nama')}</th>
            <th scope="col">{t('dokumen.teks.daftarHadir.koperasi')}</th>
            <th scope="col">{t('dokumen.teks.daftarHadir.jabatan')}</th>
            <th scope="col">{t('dokumen.teks.daftarHadir.telepon')}</th>
            <th scope="col">{t('dokumen.teks.daftarHadir.tandaTangan')}</th>
          </tr>
        </thead>
        <tbody>
          {baris.map((r) => (
            <tr key={r.nomor} data-jenis={r.jenis}>
              <td className="dok-tengah">{r.nomor}</td>
              <td>{r.nama}</td>
              <td>{r.koperasi}</td>
              <td>{r.jabatan}</td>
              <td className="dok-telepon">{r.telepon}</td>
              <td className="dok-ttd">
                <div className="dok-ttd-zigzag">
                  <span className={`dok-ttd-${r.sisi}`}>{r.nomor}. ..........</span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {tandaTangan}
    </>
  );
}
