import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { barisDaftarHadir } from '../../../shared/cetak/baris-daftar-hadir';
import { namaBerkasPdf } from '../../../shared/cetak/nama-berkas';
import { penyelenggaraBerwilayah } from '../../../shared/cetak/penyelenggara-berwilayah';
import { kepesertaanDariKehadiran, rekapBeritaAcara } from '../../../shared/cetak/rekap-berita-acara';
import { dasarPerjanjian } from '../../../shared/program/dasar-perjanjian';
import type { PerjanjianRecord } from '../../db/synced-records';
import { useApp } from '../../app/app-context';
import type { KepesertaanRecord } from '../../db/synced-records';
import { BlokTandaTangan } from '../cetak/blok-tanda-tangan';
import { DokumenPreview } from '../cetak/dokumen-preview';
import { KopSurat } from '../cetak/kop-surat';
import { useTeksDokumen } from '../cetak/use-teks-dokumen';
import { usePetugas } from '../../app/use-petugas';
import { BeritaAcaraDokumen } from './berita-acara-dokumen';
import { pesertaDaftarHadir } from './daftar-hadir-page';
import { TandaTanganNama } from './dokumen-bagian';
import { DokumenMemuat } from './dokumen-memuat';
import { useZonaWaktu } from '../../app/use-zona-waktu';

/**
 * /kegiatan/:id/cetak/berita-acara: the event report, signed by the officer who made it (the officer working on
 * this laptop) and acknowledged by the office's signer.
 */
export function BeritaAcaraPage() {
  const { t } = useTranslation();
  const teks = useTeksDokumen();
  const { id } = useParams();
  const { kegiatan, kehadiran, kepesertaan, program, perjanjian, settings } = useApp();
  const { petugas } = usePetugas();
  const zona = useZonaWaktu();
  // The number the office gives the report in its own register: typed in the toolbar, a line to write on when empty.
  const [nomor, setNomor] = useState('');
  const nomorId = useId();
  const data = useLiveQuery(async () => {
    const k = id ? await kegiatan.get(id) : undefined;
    if (!k) return null;
    const [checkIns, peserta] = await Promise.all([kehadiran.listForKegiatan(k.id), kehadiran.listPeserta(k)]);
    const linked = await Promise.all(kepesertaanDariKehadiran(checkIns).map((kid) => kepesertaan.get(kid)));
    // The program the event serves, and the agreements it rests on: the *Dasar:* line.
    const p = k.programId ? await program.get(k.programId) : undefined;
    const agreements = p ? (await Promise.all(p.perjanjianIds.map((pid) => perjanjian.get(pid)))).filter((x): x is PerjanjianRecord => x !== undefined) : [];
    return {
      dilayani: p ? { program: p.nama, dasar: dasarPerjanjian(agreements) } : undefined,
      kegiatan: k,
      rekap: rekapBeritaAcara(
        k,
        checkIns,
        linked.filter((r): r is KepesertaanRecord => r !== undefined),
      ),
      hadir: peserta.filter((p) => p.kehadiran !== undefined).map(pesertaDaftarHadir),
    };
  }, [kegiatan, kehadiran, kepesertaan, program, perjanjian, id]);

  return (
    <DokumenMemuat judul={t('cetak.jenis.berita_acara')} data={data}>
      {(d) => (
        <DokumenPreview
          jenis="berita_acara"
          judul={t('dokumen.judul.beritaAcara', { judul: d.kegiatan.judul })}
          refId={d.kegiatan.id}
          namaBerkas={namaBerkasPdf(teks('dokumen.teks.berkas.beritaAcara'), d.kegiatan.judul, d.kegiatan.tanggal)}
          alat={
            <label htmlFor={nomorId}>
              {t('dokumen.nomorSurat')}
              <input id={nomorId} value={nomor} onChange={(e) => setNomor(e.target.value)} title={t('dokumen.nomorSuratHint')} />
            </label>
          }
        >
          <BeritaAcaraDokumen
            kegiatan={d.kegiatan}
            rekap={d.rekap}
            zona={zona.singkatan}
            dilayani={d.dilayani}
            nomor={nomor}
            penyelenggara={penyelenggaraBerwilayah(d.kegiatan.penyelenggara, settings.officeProfile)}
            hadir={barisDaftarHadir({
              peserta: d.hadir,
              undangan: [],
              koperasiNama: new Map(),
              barisKosong: 0,
              labelPeran: (p) => teks(`peran.options.peran.${p}`),
            })}
            kop={<KopSurat />}
            tandaTangan={
              <div className="blok-ttd-berjajar">
                <TandaTanganNama atas="" label={teks('dokumen.teks.beritaAcara.pembuat')} nama={petugas} nip="" />
                <BlokTandaTangan tanggal={d.kegiatan.tanggal} mengetahui />
              </div>
            }
          />
        </DokumenPreview>
      )}
    </DokumenMemuat>
  );
}
