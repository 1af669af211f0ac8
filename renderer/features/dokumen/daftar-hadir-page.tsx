import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BARIS_KOSONG_MAKS, barisDaftarHadir, type PesertaDaftarHadir } from '../../../shared/cetak/baris-daftar-hadir';
import { namaBerkasPdf } from '../../../shared/cetak/nama-berkas';
import type { PesertaKegiatan } from '../../db/kehadiran-repository';
import { BlokTandaTangan } from '../cetak/blok-tanda-tangan';
import { DokumenPreview } from '../cetak/dokumen-preview';
import { KopSurat } from '../cetak/kop-surat';
import { useTeksDokumen } from '../cetak/use-teks-dokumen';
import { DaftarHadirDokumen } from './daftar-hadir-dokumen';
import { DokumenMemuat } from './dokumen-memuat';
import { useDataDaftarHadir, type DataDaftarHadir } from './use-data-dokumen';
import { useZonaWaktu } from '../../app/use-zona-waktu';

/** Blank rows for walk-ins until the officer says otherwise: a typical event brings a handful of uninvited people. */
export const BARIS_KOSONG_BAWAAN = 10;

/** /kegiatan/:id/cetak/daftar-hadir: the event's attendance sheet, with the number of blank rows set in the toolbar. */
export function DaftarHadirPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const data = useDataDaftarHadir(id);
  return (
    <DokumenMemuat judul={t('cetak.jenis.daftar_hadir')} data={data}>
      {(d) => <DaftarHadirPreview data={d} />}
    </DokumenMemuat>
  );
}

/** The list's people as the sheet prints them. */
export function pesertaDaftarHadir(p: PesertaKegiatan): PesertaDaftarHadir {
  return {
    nama: p.anggota.nama,
    koperasiId: p.koperasi?.id ?? '',
    koperasiNama: p.koperasi?.nama ?? '',
    jabatan: p.jabatan,
    peran: p.peran,
    telepon: p.anggota.telepon,
  };
}

function DaftarHadirPreview({ data }: { data: DataDaftarHadir }) {
  const { t } = useTranslation();
  const teks = useTeksDokumen();
  const zona = useZonaWaktu();
  const [kosong, setKosong] = useState(String(BARIS_KOSONG_BAWAAN));
  const barisKosong = Number(kosong) || 0;
  const k = data.kegiatan;
  // Cheap even for hundreds of rows, so it is simply rebuilt on each render (the count is typed key by key).
  const baris = barisDaftarHadir({
    peserta: data.peserta.map(pesertaDaftarHadir),
    undangan: k.undangan,
    koperasiNama: data.koperasiNama,
    barisKosong,
    labelPeran: (p) => teks(`peran.options.peran.${p}`),
  });
  return (
    <DokumenPreview
      jenis="daftar_hadir"
      judul={t('dokumen.judul.daftarHadir', { judul: k.judul })}
      refId={k.id}
      namaBerkas={namaBerkasPdf(teks('dokumen.teks.berkas.daftarHadir'), k.judul, k.tanggal)}
      alat={
        <label>
          {t('dokumen.barisKosong')}
          <input type="number" inputMode="numeric" min={0} max={BARIS_KOSONG_MAKS} step={1} value={kosong} onChange={(e) => setKosong(e.target.value)} />
        </label>
      }
    >
      <DaftarHadirDokumen
        kegiatan={k}
        baris={baris}
        zona={zona.singkatan}
        kop={<KopSurat />}
        tandaTangan={<BlokTandaTangan tanggal={k.tanggal} mengetahui />}
      />
    </DokumenPreview>
  );
}
