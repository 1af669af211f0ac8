import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { namaBerkasPdf } from '../../../shared/cetak/nama-berkas';
import { perwakilanSurat, tujuanSuratUndangan } from '../../../shared/cetak/surat-undangan';
import { tanggalHariIni } from '../../../shared/format/format-date';
import { useApp } from '../../app/app-context';
import { useZonaWaktu } from '../../app/use-zona-waktu';
import type { KoperasiRecord } from '../../db/synced-records';
import { BlokTandaTangan } from '../cetak/blok-tanda-tangan';
import { DokumenPreview } from '../cetak/dokumen-preview';
import { KopSurat } from '../cetak/kop-surat';
import { useTeksDokumen } from '../cetak/use-teks-dokumen';
import { DokumenMemuat } from './dokumen-memuat';
import { KodeQr } from './kode-qr';
import { SuratUndanganDokumen, type SuratUndangan } from './surat-undangan-dokumen';

/** The cooperative's address as a letter is sent to it: street, RT/RW, kelurahan, kecamatan. */
function alamatKoperasi(k: KoperasiRecord): string {
  const rtRw = k.rt || k.rw ? `RT ${k.rt || '-'}/RW ${k.rw || '-'}` : '';
  return [k.alamat, rtRw, k.kelurahanNama, k.kecamatanNama ? `Kec. ${k.kecamatanNama}` : ''].filter((p) => p.trim() !== '').join(', ');
}

/**
 * /kegiatan/:id/cetak/surat-undangan: the letters inviting every invited cooperative, one page each, printed or
 * saved as one PDF and logged once. The number and the date of the letters are set in the toolbar.
 */
export function SuratUndanganPage() {
  const { t } = useTranslation();
  const teks = useTeksDokumen();
  const { id } = useParams();
  const { kegiatan, kehadiran, koperasi, program, settings } = useApp();
  const zona = useZonaWaktu();
  const [nomor, setNomor] = useState('');
  const [tanggal, setTanggal] = useState(() => tanggalHariIni());
  const nomorId = useId();
  const tanggalId = useId();
  const data = useLiveQuery(async () => {
    const k = id ? await kegiatan.get(id) : undefined;
    if (!k) return null;
    const [peserta, invited, p] = await Promise.all([
      kehadiran.listPeserta(k),
      Promise.all(k.undangan.map((u) => koperasi.get(u.koperasiId))),
      k.programId ? program.get(k.programId) : Promise.resolve(undefined),
    ]);
    const diundang = peserta.filter((x) => x.diundang).map((x) => ({ id: x.anggota.id, nama: x.anggota.nama, jabatan: x.jabatan, peran: x.peran }));
    const koperasiUndangan = k.undangan.flatMap((u, i) => {
      const c = invited[i];
      return c ? [{ undangan: u, koperasi: c }] : [];
    });
    return { kegiatan: k, diundang, koperasiUndangan, dalamRangka: p?.nama ?? k.program };
  }, [kegiatan, kehadiran, koperasi, program, id]);
  // The printed jabatan: as recorded, else the role's label (a pengawas or karyawan without a jabatan). Cheap, so
  // rebuilt on each render (the toolbar's fields are typed key by key).
  const surat = (d: NonNullable<typeof data>): SuratUndangan[] => {
    const orang = new Map(d.diundang.map((x) => [x.id, { nama: x.nama, jabatan: x.jabatan || (x.peran ? teks(`peran.options.peran.${x.peran}`) : '') }]));
    return d.koperasiUndangan.map(({ undangan, koperasi: c }) => ({
      koperasiId: c.id,
      tujuan: tujuanSuratUndangan(c.nama),
      alamat: alamatKoperasi(c),
      perwakilan: perwakilanSurat(d.kegiatan.id, undangan, orang),
    }));
  };

  return (
    <DokumenMemuat judul={t('cetak.jenis.surat_undangan')} data={data} kosong={(d) => (d.koperasiUndangan.length === 0 ? t('dokumen.undanganKosong') : null)}>
      {(d) => (
        <DokumenPreview
          jenis="surat_undangan"
          judul={t('dokumen.judul.suratUndangan', { judul: d.kegiatan.judul })}
          refId={d.kegiatan.id}
          namaBerkas={namaBerkasPdf(teks('dokumen.teks.berkas.suratUndangan'), d.kegiatan.judul, d.kegiatan.tanggal)}
          alat={
            <>
              <label htmlFor={nomorId}>
                {t('dokumen.nomorSurat')}
                <input id={nomorId} value={nomor} onChange={(e) => setNomor(e.target.value)} title={t('dokumen.nomorSuratHint')} />
              </label>
              <label htmlFor={tanggalId}>
                {t('dokumen.tanggalSurat')}
                <input id={tanggalId} type="date" value={tanggal} onChange={(e) => setTanggal(e.target.value)} />
              </label>
              <p className="muted">{t('dokumen.undanganJumlah', { count: d.koperasiUndangan.length })}</p>
            </>
          }
        >
          <SuratUndanganDokumen
            kegiatan={d.kegiatan}
            dalamRangka={d.dalamRangka}
            surat={surat(d)}
            zona={zona.singkatan}
            nomor={nomor}
            tanggalSurat={tanggal}
            tempatSurat={settings.dokumen.tempatTandaTangan}
            kop={<KopSurat />}
            tandaTangan={<BlokTandaTangan tanggal={tanggal} tanpaTempatTanggal />}
            gambarKode={(kode) => <KodeQr teks={kode} label={t('dokumen.kodeQr')} />}
          />
        </DokumenPreview>
      )}
    </DokumenMemuat>
  );
}
