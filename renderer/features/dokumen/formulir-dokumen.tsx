import type { ReactNode } from 'react';
import type { IsiFormulir } from '../../../shared/cetak/isi-formulir';
import { kategoriPeserta } from '../../../shared/kepesertaan/kepesertaan-options';
import { Halaman } from '../cetak/dokumen-preview';
import { useTeksDokumen } from '../cetak/use-teks-dokumen';
import { Isian, Keterangan, Kotak, TandaTanganNama } from './dokumen-bagian';
import type { Messages } from '../../i18n/id';

export interface FormulirDokumenProps {
  /** One form per person, each on its own sheet. */
  readonly lembar: readonly (IsiFormulir & { readonly key: string })[];
  /** The place before the date line ("Tangerang Selatan, ……"); the date is written when the person signs. */
  readonly tempat: string;
  readonly kop?: ReactNode;
}

/**
 * The formulir pendaftaran (docs/domain.md §3 worker form, §5): the person's data with the whole NIK (this sheet
 * goes to BPJS Ketenagakerjaan), the enrollment with tick boxes, the consent statement they sign, and signatures of the
 * participant and the officer. Whatever the record lacks is a dotted line to fill in at the table. As on the
 * branch's own forms (F1a for wage earners, the BPU form): marital status, e-mail, an earlier KPJ, the employee
 * number for PU, the work location and payment period for BPU; no JP or JKP boxes for BPU.
 */
export function FormulirDokumen({ lembar, tempat, kop }: FormulirDokumenProps) {
  return (
    <>
      {lembar.map((isi) => (
        <Halaman key={isi.key}>
          <FormulirLembar isi={isi} tempat={tempat} kop={kop} />
        </Halaman>
      ))}
    </>
  );
}

function FormulirLembar({ isi, tempat, kop }: { isi: IsiFormulir; tempat: string; kop?: ReactNode }) {
  const t = useTeksDokumen();
  const f = (key: keyof Messages['dokumen']['teks']['formulir']) => t(`dokumen.teks.formulir.${key}`);
  const tanggal = t('cetak.dokumen.titik');
  return (
    <div className="dok-formulir-lembar">
      {kop}
      <h1 className="dok-judul">{f('judul')}</h1>
      <p className="dok-subjudul">{f('subjudul')}</p>

      <h2 className="dok-formulir-bagian">{f('dataDiri')}</h2>
      <table className="tanpa-garis dok-formulir">
        <tbody>
          <Keterangan label={f('nama')} value={isi.nama} />
          <Keterangan label={f('nik')} value={isi.nik} />
          <Keterangan label={f('ttl')}>
            <Isian value={isi.tempatLahir} pendek />, <Isian value={isi.tanggalLahir} pendek />
          </Keterangan>
          <Keterangan label={f('jenisKelamin')}>
            <Kotak checked={isi.jenisKelamin === 'L'}>{f('laki')}</Kotak>
            <Kotak checked={isi.jenisKelamin === 'P'}>{f('perempuan')}</Kotak>
          </Keterangan>
          <Keterangan label={f('statusKawin')}>
            {(['belumKawin', 'kawin', 'ceraiHidup', 'ceraiMati'] as const).map((s) => (
              <Kotak key={s} checked={false}>
                {f(s)}
              </Kotak>
            ))}
          </Keterangan>
          <Keterangan label={f('namaIbuKandung')} value={isi.namaIbuKandung} />
          <Keterangan label={f('alamat')} value={isi.alamat} />
          <Keterangan label={f('rtRw')} value={isi.rtRw} />
          <Keterangan label={f('kelurahan')} value={isi.kelurahan} />
          <Keterangan label={f('kecamatan')} value={isi.kecamatan} />
          <Keterangan label={f('telepon')} value={isi.telepon} />
          <Keterangan label={f('surel')} value="" />
          <Keterangan label={f('pekerjaan')} value={isi.pekerjaan} />
        </tbody>
      </table>

      <h2 className="dok-formulir-bagian">{f('kepesertaan')}</h2>
      <table className="tanpa-garis dok-formulir">
        <tbody>
          <Keterangan label={f('koperasi')} value={isi.koperasi} />
          <Keterangan label={f('npp')} value={isi.npp} />
          {isi.kategori === 'PU' && <Keterangan label={f('nomorPegawai')} value="" />}
          <Keterangan label={f('pernahPeserta')}>
            <Kotak checked={false}>{f('tidak')}</Kotak>
            <Kotak checked={false}>{f('ya')}</Kotak> {f('kpjLama')} <span className="dok-titik dok-titik-pendek" />
          </Keterangan>
          <Keterangan label={f('kategori')}>
            {kategoriPeserta.map((k) => (
              <Kotak key={k} checked={isi.kategori === k}>
                {t(`kepesertaan.options.kategori.${k}`)}
              </Kotak>
            ))}
          </Keterangan>
          <Keterangan label={f('program')}>
            {isi.program.map((p) => (
              <Kotak key={p.kode} checked={p.ikut}>
                {p.kode}
              </Kotak>
            ))}
          </Keterangan>
          <Keterangan label={isi.kategori === 'PU' ? f('upah') : f('penghasilan')} value={isi.upah} />
          {isi.kategori === 'BPU' && (
            <>
              <Keterangan label={f('lokasiKerja')} value="" />
              <Keterangan label={f('periodeBayar')}>
                {['1', '3', '6', '12'].map((bulan) => (
                  <Kotak key={bulan} checked={false}>
                    {t('dokumen.teks.formulir.bulan', { count: Number(bulan) })}
                  </Kotak>
                ))}
              </Keterangan>
            </>
          )}
          <Keterangan label={f('tanggalEfektif')} value={isi.tanggalEfektif} />
        </tbody>
      </table>

      <h2 className="dok-formulir-bagian">{f('persetujuan')}</h2>
      <p className="dok-pernyataan">{isi.pernyataan.teks}</p>
      <p className="dok-pernyataan-versi">{t('dokumen.teks.formulir.versi', { versi: isi.pernyataan.versi })}</p>

      {/* The place and date stand above the officer's block, on the participant's line: one row less, one page kept. */}
      <div className="blok-ttd-berjajar">
        <TandaTanganNama atas="" label={f('peserta')} nama={isi.nama} />
        <TandaTanganNama atas={tempat ? t('cetak.dokumen.tempatTanggal', { tempat, tanggal }) : tanggal} label={f('petugas')} nama={isi.petugas} />
      </div>
    </div>
  );
}
