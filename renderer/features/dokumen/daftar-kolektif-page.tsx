import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { barisDaftarKolektif } from '../../../shared/cetak/baris-daftar-kolektif';
import { namaBerkasPdf } from '../../../shared/cetak/nama-berkas';
import { tanggalHariIni } from '../../../shared/format/format-date';
import { useApp } from '../../app/app-context';
import type { KoperasiRecord } from '../../db/synced-records';
import { BlokTandaTangan } from '../cetak/blok-tanda-tangan';
import { DokumenPreview } from '../cetak/dokumen-preview';
import { KopSurat } from '../cetak/kop-surat';
import { useTeksDokumen } from '../cetak/use-teks-dokumen';
import { DaftarKolektifDokumen, type KoperasiKolektif } from './daftar-kolektif-dokumen';
import { TandaTanganNama } from './dokumen-bagian';
import { DokumenMemuat } from './dokumen-memuat';

/**
 * /koperasi/:id/cetak/kolektif[?kegiatan=<id>]: the cooperative's people to register with the BPJS branch (their
 * enrollments in draf or formulir dicetak), optionally only those enrolled at one event.
 */
export function DaftarKolektifPage() {
  const { t } = useTranslation();
  const teks = useTeksDokumen();
  const { id } = useParams();
  const [params] = useSearchParams();
  const kegiatanId = params.get('kegiatan') ?? '';
  const { koperasi, kepesertaan, kegiatan, peran } = useApp();
  const data = useLiveQuery(async () => {
    const kop = id ? await koperasi.get(id) : undefined;
    if (!kop) return null;
    const [rows, event, ketua] = await Promise.all([
      kepesertaan.listForKoperasi(kop.id),
      kegiatanId ? kegiatan.get(kegiatanId) : undefined,
      peran.findKetua(kop.id, tanggalHariIni()),
    ]);
    return { koperasi: kop, kegiatan: event, ketua: ketua?.nama ?? '', ...barisDaftarKolektif(rows, kegiatanId) };
  }, [koperasi, kepesertaan, kegiatan, peran, id, kegiatanId]);
  const hariIni = tanggalHariIni();

  return (
    <DokumenMemuat judul={t('cetak.jenis.daftar_kolektif')} data={data} kosong={(d) => (d.rows.length === 0 ? t('dokumen.kolektifKosong') : null)}>
      {(d) => (
        <DokumenPreview
          jenis="daftar_kolektif"
          judul={t('dokumen.judul.kolektif', { koperasi: d.koperasi.nama })}
          // Printed for an event, it is logged on the event (its print history); otherwise on the cooperative.
          refId={d.kegiatan?.id ?? d.koperasi.id}
          namaBerkas={namaBerkasPdf(teks('dokumen.teks.berkas.kolektif'), d.koperasi.nama, hariIni)}
          landscape
        >
          <DaftarKolektifDokumen
            koperasi={koperasiKolektif(d.koperasi)}
            kegiatan={d.kegiatan?.judul}
            baris={d.rows}
            jumlah={d.jumlah}
            kop={<KopSurat />}
            tandaTangan={
              <div className="blok-ttd-berjajar">
                <TandaTanganNama atas="" label={teks('dokumen.teks.kolektif.ketua')} nama={d.ketua} />
                <BlokTandaTangan tanggal={hariIni} mengetahui />
              </div>
            }
          />
        </DokumenPreview>
      )}
    </DokumenMemuat>
  );
}

/** The cooperative as the list's header prints it: the address in one line ("…, RT 003/RW 005, Setu, Kec. Setu"). */
function koperasiKolektif(k: KoperasiRecord): KoperasiKolektif {
  const rtRw = k.rt || k.rw ? `RT ${k.rt.padStart(3, '0') || '…'}/RW ${k.rw.padStart(3, '0') || '…'}` : '';
  const alamat = [k.alamat, rtRw, k.kelurahanNama, k.kecamatanNama && `Kec. ${k.kecamatanNama}`].filter((p) => p !== '').join(', ');
  return { nama: k.nama, alamat, nomorIndukKoperasi: k.nomorIndukKoperasi, nomorBadanHukum: k.nomorBadanHukum, npp: k.npp };
}
