import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { namaBerkasPdf } from '../../../shared/cetak/nama-berkas';
import { tanggalHariIni } from '../../../shared/format/format-date';
import { useApp } from '../../app/app-context';
import { useZonaWaktu } from '../../app/use-zona-waktu';
import { BlokTandaTangan } from '../cetak/blok-tanda-tangan';
import { DokumenPreview } from '../cetak/dokumen-preview';
import { KopSurat } from '../cetak/kop-surat';
import { useTeksDokumen } from '../cetak/use-teks-dokumen';
import { DataPribadiDokumen } from './data-pribadi-dokumen';
import { DokumenMemuat } from './dokumen-memuat';

/**
 * /anggota/:id/cetak/data-pribadi: *Ekspor data pribadi*, everything the office holds about a person, to hand them
 * on paper or as a PDF. Printed through the same preview as every document, so each print or save is in the print
 * log (`data_pribadi`, from the person's record) with the officer who made it: the access export is logged.
 */
export function DataPribadiPage() {
  const { t } = useTranslation();
  const teks = useTeksDokumen();
  const zona = useZonaWaktu();
  const { id = '' } = useParams();
  const { dataPribadi } = useApp();
  const data = useLiveQuery(async () => (await dataPribadi.collect(id)) ?? null, [dataPribadi, id]);
  const hariIni = tanggalHariIni();
  return (
    <DokumenMemuat judul={t('cetak.jenis.data_pribadi')} data={data}>
      {(d) => (
        <DokumenPreview
          jenis="data_pribadi"
          judul={t('dokumen.judul.dataPribadi', { nama: d.anggota.nama })}
          refId={d.anggota.id}
          namaBerkas={namaBerkasPdf(teks('dokumen.teks.berkas.dataPribadi'), d.anggota.nama, hariIni)}
        >
          <DataPribadiDokumen data={d} zona={zona} kop={<KopSurat />} tandaTangan={<BlokTandaTangan tanggal={hariIni} />} />
        </DokumenPreview>
      )}
    </DokumenMemuat>
  );
}
