import type { ReactNode } from 'react';
import { Trans } from 'react-i18next';
import type { BarisDaftarHadir } from '../../../shared/cetak/baris-daftar-hadir';
import type { RekapBeritaAcara } from '../../../shared/cetak/rekap-berita-acara';
import { formatAngka, formatJamKegiatan } from '../../../shared/format/format-date';
import { tanggalTerbilang } from '../../../shared/format/tanggal-terbilang';
import type { Kegiatan } from '../../../shared/kegiatan/kegiatan-schema';
import { useTeksDokumen } from '../cetak/use-teks-dokumen';
import { Keterangan } from './dokumen-bagian';
import type { TOptions } from 'i18next';
import type { Messages } from '../../i18n/id';

export interface BeritaAcaraDokumenProps {
  readonly kegiatan: Pick<
    Kegiatan,
    'judul' | 'program' | 'tanggal' | 'jamMulai' | 'jamSelesai' | 'tempat' | 'alamatTempat' | 'penyelenggara' | 'mitra' | 'narasumber' | 'catatan'
  >;
  readonly rekap: RekapBeritaAcara;
  /** The office's time zone (WIB, WITA, WIT) the event's hours are written in. */
  readonly zona: string;
  /** The program the event serves (by name), and its agreements as the *Dasar:* line names them (dasar-perjanjian.ts). */
  readonly dilayani?: { readonly program: string; readonly dasar: readonly string[] } | undefined;
  /** The letter number the office gives the report in its register ("500.3/123/Diskop"); '' prints a line to write it on. */
  readonly nomor?: string;
  /** The organisers as printed: the office's own name with its region (penyelenggaraBerwilayah). */
  readonly penyelenggara?: readonly string[];
  /** The people present (barisDaftarHadir without blank rows): No | Nama | Koperasi | Jabatan. */
  readonly hadir: readonly BarisDaftarHadir[];
  readonly kop?: ReactNode;
  readonly tandaTangan?: ReactNode;
}

/**
 * The berita acara of an event (docs/domain.md §5): opens with the date in words ("Pada hari ini, Sabtu tanggal Dua
 * Puluh Satu bulan November …"), then what was served, who organised and spoke, the attendance figures, the list
 * of people present (no NIK), the notes, and the closing formula. Under the title the office's *Nomor:* and the
 * *Dasar:* (docs/domain.md §5); whatever is not known is a line to write on.
 */
export function BeritaAcaraDokumen({
  kegiatan,
  zona,
  rekap,
  hadir,
  kop,
  tandaTangan,
  dilayani,
  nomor = '',
  penyelenggara = kegiatan.penyelenggara,
}: BeritaAcaraDokumenProps) {
  const t = useTeksDokumen();
  const b = (key: keyof Messages['dokumen']['teks']['beritaAcara'], values?: TOptions) => t(`dokumen.teks.beritaAcara.${key}`, values);
  const tanggal = tanggalTerbilang(kegiatan.tanggal);
  const tempat = [kegiatan.tempat, kegiatan.alamatTempat].filter((p) => p !== '').join(', ');
  const waktu = formatJamKegiatan(kegiatan.jamMulai, kegiatan.jamSelesai, zona);
  const n = (v: number) => formatAngka(v, 'id');
  // The agreements the event's program rests on; before an event names a program, what its free text says it serves.
  const dasar = dilayani && dilayani.dasar.length > 0 ? `${dilayani.dasar.join('; ')}.` : kegiatan.program.trim();
  const judulAtas = /^kegiatan\s/i.test(kegiatan.judul) ? kegiatan.judul : b('subjudul', { judul: kegiatan.judul });
  const figures: [string, string][] = [
    [b('koperasiDiundang'), b('satuanKoperasi', { n: n(rekap.koperasiDiundang) })],
    [b('koperasiHadir'), b('satuanKoperasi', { n: n(rekap.koperasiHadir) })],
    [b('hadir'), b('satuanOrang', { n: n(rekap.hadir) })],
    [b('undanganHadir'), b('satuanDari', { n: n(rekap.undanganHadir), dari: n(rekap.undanganBernama) })],
    [b('perwakilanLain'), b('satuanOrang', { n: n(rekap.perwakilanLain) })],
    [b('tanpaUndangan'), b('satuanOrang', { n: n(rekap.tanpaUndangan) })],
    [b('inginMendaftar'), b('satuanOrang', { n: n(rekap.inginMendaftar) })],
    [b('drafDibuat'), b('satuanOrang', { n: n(rekap.drafDibuat) })],
  ];
  return (
    <div className="dok-berita-acara">
      {kop}
      <h1 className="dok-judul">{b('judul')}</h1>
      <p className="dok-subjudul">{judulAtas}</p>
      <table className="tanpa-garis dok-nomor-dasar">
        <tbody>
          <Keterangan label={b('nomor')} value={nomor.trim()} />
          <Keterangan label={b('dasar')} value={dasar} />
        </tbody>
      </table>
      <p>
        <Trans
          t={t}
          i18nKey="dokumen.teks.beritaAcara.pembuka"
          values={{
            hari: tanggal?.hari ?? '…',
            tanggal: tanggal?.tanggal ?? '…',
            bulan: tanggal?.bulan ?? '…',
            tahun: tanggal?.tahun ?? '…',
            angka: tanggal?.angka ?? kegiatan.tanggal,
            tempat: tempat || t('cetak.dokumen.titik'),
            judul: kegiatan.judul,
            waktu: waktu ? b('pukul', { waktu }) : '',
          }}
          components={{ nowrap: <span className="dok-nowrap" /> }}
        />
      </p>
      <ol className="dok-uraian">
        {(dilayani?.program || kegiatan.program) && (
          <li>
            {b('program')}: {[...new Set([dilayani?.program ?? '', kegiatan.program].filter((x) => x !== ''))].join(' — ')}
          </li>
        )}
        {penyelenggara.length > 0 && (
          <li>
            {b('penyelenggara')}: {penyelenggara.join('; ')}
          </li>
        )}
        {kegiatan.mitra.length > 0 && (
          <li>
            {b('mitra')}: {kegiatan.mitra.join('; ')}
          </li>
        )}
        {kegiatan.narasumber.length > 0 && (
          <li>
            {b('narasumber')}:
            <ol>
              {kegiatan.narasumber.map((s, i) => (
                <li key={i}>{s.jabatan ? `${s.nama}, ${s.jabatan}` : s.nama}</li>
              ))}
            </ol>
          </li>
        )}
        <li>
          {b('kehadiran')}:
          <table className="tanpa-garis dok-rekap">
            <tbody>
              {figures.map(([label, value]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td className="dok-titik-dua">:</td>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </li>
        <li>
          {b('catatan')}:
          {kegiatan.catatan ? (
            <p className="dok-isian">{kegiatan.catatan}</p>
          ) : (
            <>
              <div className="dok-garis-tulis" />
              <div className="dok-garis-tulis" />
              <div className="dok-garis-tulis" />
            </>
          )}
        </li>
      </ol>
      {/* The closing sentence and both signatures are one block: a signature never stands alone on the next page. */}
      <div className="dok-penutup">
        <p>{b('penutup')}</p>
        {tandaTangan}
      </div>
      <h2 className="halaman-baru">{b('daftarPeserta')}</h2>
      {hadir.length === 0 ? (
        <p>{b('tidakAdaPeserta')}</p>
      ) : (
        <table className="dok-peserta-hadir">
          <thead>
            <tr>
              <th scope="col">{b('no')}</th>
              <th scope="col">{b('nama')}</th>
              <th scope="col">{b('koperasi')}</th>
              <th scope="col">{b('jabatan')}</th>
            </tr>
          </thead>
          <tbody>
            {hadir.map((r) => (
              <tr key={r.nomor}>
                <td className="dok-tengah">{r.nomor}</td>
                <td>{r.nama}</td>
                <td>{r.koperasi}</td>
                <td>{r.jabatan}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
