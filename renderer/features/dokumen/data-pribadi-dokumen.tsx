import type { ReactNode } from 'react';
import { formatJam, formatTanggal, formatWaktu } from '../../../shared/format/format-date';
import { formatRupiah } from '../../../shared/format/format-rupiah';
import type { ZonaWaktu } from '../../../shared/region/zona-waktu';
import type { DataPribadi } from '../../db/data-pribadi-repository';
import { useTeksDokumen } from '../cetak/use-teks-dokumen';
import { Keterangan } from './dokumen-bagian';
import type { TOptions } from 'i18next';
import type { Messages } from '../../i18n/id';

export interface DataPribadiDokumenProps {
  readonly data: DataPribadi;
  readonly zona: ZonaWaktu;
  readonly kop?: ReactNode;
  readonly tandaTangan?: ReactNode;
}

/**
 * *Ekspor data pribadi* (UU 27/2022 art. 7, the right of access): one paper with everything the office holds about a
 * person — the record with the whole NIK and every NIK they were known by, their roles, enrollments and check-ins,
 * and from the logs each print and file that named them. Empty sections say so, so the person sees they were
 * looked for. Always in Bahasa Indonesia, like every official paper.
 */
export function DataPribadiDokumen({ data, zona, kop, tandaTangan }: DataPribadiDokumenProps) {
  const t = useTeksDokumen();
  const k = (key: keyof Messages['dokumen']['teks']['dataPribadi'], values?: TOptions) => t(`dokumen.teks.dataPribadi.${key}`, values ?? {});
  const a = data.anggota;
  const tanggal = (iso: string) => (iso ? formatTanggal(iso, 'id') : '—');
  const waktu = (iso: string) => formatWaktu(iso, 'id', zona.timeZone);
  const rtRw = a.rt || a.rw ? `RT ${a.rt || '-'}/RW ${a.rw || '-'}` : '';
  const nikLain = (a.nikDikenal ?? []).filter((n) => n !== a.nik);
  const kosong = <p className="dok-kosong">{k('kosong')}</p>;

  return (
    <>
      {kop}
      <h1 className="dok-judul">{k('judul')}</h1>
      <p className="dok-subjudul">{k('subjudul')}</p>
      <p className="dok-dasar">{k('pengantar')}</p>

      <h2 className="dok-bagian">{k('identitas')}</h2>
      <table className="tanpa-garis dok-keterangan">
        <tbody>
          <Keterangan label={k('nama')} value={a.nama} />
          <Keterangan label={k('nik')} value={a.nik || '—'} />
          {nikLain.length > 0 && <Keterangan label={k('nikLain')} value={nikLain.join(', ')} />}
          <Keterangan label={k('ttl')} value={[a.tempatLahir, a.tanggalLahir ? formatTanggal(a.tanggalLahir, 'id') : ''].filter(Boolean).join(', ') || '—'} />
          <Keterangan label={k('jenisKelamin')} value={a.jenisKelamin ? t(`anggota.options.jenisKelamin.${a.jenisKelamin}`) : '—'} />
          <Keterangan label={k('namaIbuKandung')} value={a.namaIbuKandung || '—'} />
          <Keterangan label={k('alamat')} value={[a.alamat, rtRw].filter(Boolean).join(', ') || '—'} />
          <Keterangan label={k('kelurahan')} value={a.kelurahanNama || '—'} />
          <Keterangan label={k('kecamatan')} value={a.kecamatanNama || '—'} />
          <Keterangan label={k('telepon')} value={a.telepon || '—'} />
          <Keterangan label={k('pekerjaan')} value={a.pekerjaan || '—'} />
          {a.catatan && <Keterangan label={k('catatan')} value={a.catatan} />}
          <Keterangan label={k('dicatat')} value={waktu(a.createdAt)} />
          <Keterangan label={k('diubah')} value={waktu(a.changedAt)} />
        </tbody>
      </table>

      <h2 className="dok-bagian">{k('peran')}</h2>
      {data.peran.length === 0 ? (
        kosong
      ) : (
        <table className="dok-data-pribadi">
          <thead>
            <tr>
              <th scope="col">{k('koperasi')}</th>
              <th scope="col">{k('peranKolom')}</th>
              <th scope="col">{k('jabatan')}</th>
              <th scope="col">{k('mulai')}</th>
              <th scope="col">{k('selesai')}</th>
            </tr>
          </thead>
          <tbody>
            {data.peran.map(({ peran, koperasi }) => (
              <tr key={peran.id}>
                <td>{koperasi || k('koperasiTerhapus')}</td>
                <td>{t(`peran.options.peran.${peran.peran}`)}</td>
                <td>{peran.jabatan || '—'}</td>
                <td>{tanggal(peran.mulai)}</td>
                <td>{peran.selesai ? tanggal(peran.selesai) : k('masihBerlaku')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 className="dok-bagian">{k('kepesertaan')}</h2>
      {data.kepesertaan.length === 0 ? (
        kosong
      ) : (
        <table className="dok-data-pribadi">
          <thead>
            <tr>
              <th scope="col">{k('koperasi')}</th>
              <th scope="col">{k('kategori')}</th>
              <th scope="col">{k('program')}</th>
              <th scope="col">{k('upah')}</th>
              <th scope="col">{k('tanggalEfektif')}</th>
              <th scope="col">{k('status')}</th>
              <th scope="col">{k('kpj')}</th>
            </tr>
          </thead>
          <tbody>
            {data.kepesertaan.map(({ kepesertaan: p, koperasi }) => (
              <tr key={p.id}>
                <td>{koperasi || k('koperasiTerhapus')}</td>
                <td className="dok-tengah">{p.kategori}</td>
                <td>{p.program.join(', ')}</td>
                <td className="numeric">{p.upah > 0 ? formatRupiah(p.upah) : '—'}</td>
                <td>{tanggal(p.tanggalEfektif)}</td>
                <td>{t(`kepesertaan.options.status.${p.status}`)}</td>
                <td>{p.kpj || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 className="dok-bagian">{k('kehadiran')}</h2>
      {data.kehadiran.length === 0 ? (
        kosong
      ) : (
        <table className="dok-data-pribadi">
          <thead>
            <tr>
              <th scope="col">{k('kegiatan')}</th>
              <th scope="col">{k('tanggal')}</th>
              <th scope="col">{k('jamHadir')}</th>
              <th scope="col">{k('petugas')}</th>
            </tr>
          </thead>
          <tbody>
            {data.kehadiran.map(({ kehadiran: h, kegiatan, tanggal: hari }) => (
              <tr key={h.id}>
                <td>
                  {kegiatan || k('kegiatanTerhapus')}
                  {h.walkIn ? ` (${k('tanpaUndangan')})` : ''}
                </td>
                <td>{tanggal(hari)}</td>
                <td>{`${formatJam(h.waktu, zona.timeZone)} ${zona.singkatan}`}</td>
                <td>{h.petugas || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 className="dok-bagian">{k('cetakan')}</h2>
      {data.cetakan.length === 0 ? (
        kosong
      ) : (
        <table className="dok-data-pribadi">
          <thead>
            <tr>
              <th scope="col">{k('waktu')}</th>
              <th scope="col">{k('dokumen')}</th>
              <th scope="col">{k('cara')}</th>
              <th scope="col">{k('petugas')}</th>
            </tr>
          </thead>
          <tbody>
            {data.cetakan.map((c) => (
              <tr key={c.id}>
                <td>{waktu(c.waktu)}</td>
                <td>{c.judul}</td>
                <td>{t(`cetak.cara.${c.cara}`)}</td>
                <td>{c.petugas || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 className="dok-bagian">{k('ekspor')}</h2>
      {data.ekspor.length === 0 ? (
        kosong
      ) : (
        <table className="dok-data-pribadi">
          <thead>
            <tr>
              <th scope="col">{k('waktu')}</th>
              <th scope="col">{k('berkas')}</th>
              <th scope="col">{k('tujuan')}</th>
              <th scope="col">{k('petugas')}</th>
            </tr>
          </thead>
          <tbody>
            {data.ekspor.map((e) => (
              <tr key={e.id}>
                <td>{waktu(e.waktu)}</td>
                <td>{`${t(`pertukaran.jenis.${e.berkas === 'xlsx' ? 'xlsx' : e.jenis}`)}: ${e.namaBerkas}`}</td>
                <td>{e.tujuan || '—'}</td>
                <td>{e.petugas || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="dok-dasar">{k('penutup')}</p>
      {tandaTangan}
    </>
  );
}
