import type { ReactNode } from 'react';
import type { PerwakilanSurat } from '../../../shared/cetak/surat-undangan';
import { formatJamKegiatan, formatTanggal } from '../../../shared/format/format-date';
import type { Kegiatan } from '../../../shared/kegiatan/kegiatan-schema';
import { Halaman } from '../cetak/dokumen-preview';
import { useTeksDokumen } from '../cetak/use-teks-dokumen';
import { Isian, Keterangan } from './dokumen-bagian';
import type { TOptions } from 'i18next';
import type { Messages } from '../../i18n/id';

/** One cooperative's letter: to whom, where it is sent, and the representatives it lists. */
export interface SuratUndangan {
  readonly koperasiId: string;
  /** After "Yth.": "Ketua Koperasi …" (tujuanSuratUndangan). */
  readonly tujuan: string;
  /** The cooperative's address under "di"; '' prints "Tempat", as letters delivered by hand say. */
  readonly alamat: string;
  readonly perwakilan: readonly PerwakilanSurat[];
}

export interface SuratUndanganDokumenProps {
  readonly kegiatan: Pick<Kegiatan, 'judul' | 'program' | 'tanggal' | 'jamMulai' | 'jamSelesai' | 'tempat' | 'alamatTempat'>;
  /** What the event serves, for "Dalam rangka …": the linked program's name, else the event's free text, else nothing. */
  readonly dalamRangka: string;
  readonly surat: readonly SuratUndangan[];
  /** The office's time zone (WIB, WITA, WIT) the hours are written in. */
  readonly zona: string;
  /** The letter number from the office's register, the same on every letter of the batch; '' prints a line. */
  readonly nomor: string;
  /** The letters' date (YYYY-MM-DD) and the place written before it. */
  readonly tanggalSurat: string;
  readonly tempatSurat: string;
  readonly kop?: ReactNode;
  readonly tandaTangan?: ReactNode;
  /** What stands in the *Kode hadir* cell above the code's letters: the QR code, when one is drawn. */
  readonly gambarKode?: (kode: string) => ReactNode;
}

/**
 * The surat undangan of an event (docs/cetak.md), one A4 letter per invited cooperative in the shape of an
 * official letter (docs/domain.md §5): the letterhead, place and date at the top right, *Nomor / Lampiran /
 * Perihal*, "Yth. Ketua Koperasi …", the day, date, hours and place of the event, the representatives invited with
 * each one's check-in code (a blank row for each further person expected), and the office's signer.
 */
export function SuratUndanganDokumen({
  kegiatan,
  dalamRangka,
  surat,
  zona,
  nomor,
  tanggalSurat,
  tempatSurat,
  kop,
  tandaTangan,
  gambarKode,
}: SuratUndanganDokumenProps) {
  const t = useTeksDokumen();
  const s = (key: keyof Messages['dokumen']['teks']['suratUndangan'], values?: TOptions) => t(`dokumen.teks.suratUndangan.${key}`, values);
  const tanggal = tanggalSurat === '' ? t('cetak.dokumen.titik') : formatTanggal(tanggalSurat, 'id');
  const tempat = [kegiatan.tempat, kegiatan.alamatTempat].filter((p) => p.trim() !== '').join(', ');
  const waktu = formatJamKegiatan(kegiatan.jamMulai, kegiatan.jamSelesai, zona);
  const pembuka =
    dalamRangka.trim() === '' ? s('pembuka', { judul: kegiatan.judul }) : s('pembukaDalamRangka', { judul: kegiatan.judul, rangka: dalamRangka.trim() });
  return (
    <>
      {surat.map((u) => (
        <Halaman key={u.koperasiId}>
          <div className="dok-surat-undangan">
            {kop}
            <p className="dok-surat-tanggal">{tempatSurat === '' ? tanggal : t('cetak.dokumen.tempatTanggal', { tempat: tempatSurat, tanggal })}</p>
            <table className="tanpa-garis dok-nomor-dasar dok-surat-kepala">
              <tbody>
                <Keterangan label={s('nomor')} value={nomor.trim()} />
                <Keterangan label={s('lampiran')} value="-" />
                <Keterangan label={s('perihal')} value={s('perihalIsi', { judul: kegiatan.judul })} />
              </tbody>
            </table>
            <div className="dok-surat-tujuan">
              <p>{s('kepada')}</p>
              <p>{s('yth', { tujuan: u.tujuan })}</p>
              <p>{s('di')}</p>
              <p className="dok-surat-alamat">{u.alamat.trim() === '' ? s('tempat') : u.alamat}</p>
            </div>
            <p>{s('salam')}</p>
            <p className="dok-surat-isi">{pembuka}</p>
            <table className="tanpa-garis dok-keterangan dok-surat-acara">
              <tbody>
                <Keterangan label={s('hariTanggal')} value={formatTanggal(kegiatan.tanggal, 'id', 'full')} />
                <Keterangan label={s('waktu')} value={waktu} />
                <Keterangan label={s('tempatAcara')} value={tempat} />
                <Keterangan label={s('acara')} value={kegiatan.judul} />
              </tbody>
            </table>
            <p className="dok-surat-isi">{s('perwakilan')}</p>
            <table className="dok-surat-perwakilan">
              <thead>
                <tr>
                  <th scope="col" className="dok-kol-no">
                    {s('no')}
                  </th>
                  <th scope="col">{s('nama')}</th>
                  <th scope="col" className="dok-kol-jabatan">
                    {s('jabatan')}
                  </th>
                  <th scope="col" className="dok-kol-kode">
                    {s('kodeHadir')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {u.perwakilan.map((p) => (
                  <tr key={p.nomor} data-kode={p.kode || undefined}>
                    <td className="dok-tengah">{p.nomor}</td>
                    <td>{p.nama || <Isian value="" pendek />}</td>
                    <td>{p.jabatan || (p.nama ? '' : <Isian value="" pendek />)}</td>
                    <td className="dok-kode-hadir">
                      {p.kode ? (
                        <div className="dok-kode-isi">
                          {gambarKode?.(p.kode)}
                          <span className="dok-kode-teks">{p.kode}</span>
                        </div>
                      ) : (
                        s('tanpaKode')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="dok-surat-isi">{s('petunjukKode')}</p>
            <div className="dok-penutup">
              <p>{s('penutup')}</p>
              {tandaTangan}
            </div>
          </div>
        </Halaman>
      ))}
    </>
  );
}
