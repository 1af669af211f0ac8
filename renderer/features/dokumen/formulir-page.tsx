import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isiFormulir } from '../../../shared/cetak/isi-formulir';
import { namaBerkasPdf } from '../../../shared/cetak/nama-berkas';
import { tanggalHariIni } from '../../../shared/format/format-date';
import { useApp } from '../../app/app-context';
import { DokumenPreview } from '../cetak/dokumen-preview';
import { KopSurat } from '../cetak/kop-surat';
import { useTeksDokumen } from '../cetak/use-teks-dokumen';
import { usePetugas } from '../../app/use-petugas';
import { DokumenMemuat } from './dokumen-memuat';
import { FormulirDokumen } from './formulir-dokumen';
import { TandaiDicetak } from './tandai-dicetak';
import { useKepesertaanKegiatan, useLembarFormulir, type LembarFormulir } from './use-data-dokumen';

/** /kepesertaan/:id/cetak: one person's enrollment form. */
export function FormulirKepesertaanPage() {
  const { t } = useTranslation();
  const teks = useTeksDokumen();
  const { id } = useParams();
  const ids = useMemo(() => (id ? [id] : null), [id]);
  const lembar = useLembarFormulir(ids);
  return (
    <DokumenMemuat judul={t('cetak.jenis.formulir_pendaftaran')} data={lembar?.length === 0 ? null : lembar}>
      {(l) => {
        const nama = l[0]!.anggota.nama;
        return (
          <FormulirPreview
            lembar={l}
            judul={t('dokumen.judul.formulir', { nama })}
            refId={l[0]!.kepesertaan.id}
            namaBerkas={namaBerkasPdf(teks('dokumen.teks.berkas.formulir'), nama, tanggalHariIni())}
          />
        );
      }}
    </DokumenMemuat>
  );
}

/** /kegiatan/:id/cetak/formulir: the forms of everyone who asked to enroll at the event, one per page. */
export function FormulirKegiatanPage() {
  const { t } = useTranslation();
  const teks = useTeksDokumen();
  const { id } = useParams();
  const event = useKepesertaanKegiatan(id);
  const lembar = useLembarFormulir(event?.ids ?? (event === null ? null : undefined));
  const data = event === null ? null : event && lembar ? { kegiatan: event.kegiatan, lembar } : undefined;
  return (
    <DokumenMemuat judul={t('cetak.jenis.formulir_pendaftaran')} data={data} kosong={(d) => (d.lembar.length === 0 ? t('dokumen.formulirKosong') : null)}>
      {(d) => (
        <FormulirPreview
          lembar={d.lembar}
          judul={t('dokumen.judul.formulirKegiatan', { judul: d.kegiatan.judul })}
          refId={d.kegiatan.id}
          namaBerkas={namaBerkasPdf(teks('dokumen.teks.berkas.formulir'), d.kegiatan.judul, d.kegiatan.tanggal)}
        />
      )}
    </DokumenMemuat>
  );
}

function FormulirPreview({ lembar, judul, refId, namaBerkas }: { lembar: readonly LembarFormulir[]; judul: string; refId: string; namaBerkas: string }) {
  const { settings } = useApp();
  const { petugas } = usePetugas();
  const [dicetak, setDicetak] = useState(false);
  const isi = lembar.map((l) => {
    const values = isiFormulir(l.anggota, l.kepesertaan, l.koperasi);
    // Consent not recorded yet: the officer printing it is the one who will take the signature.
    return { ...values, petugas: values.petugas || petugas, key: l.kepesertaan.id };
  });
  return (
    <DokumenPreview
      jenis="formulir_pendaftaran"
      judul={judul}
      refId={refId}
      namaBerkas={namaBerkas}
      onPrinted={() => setDicetak(true)}
      alat={dicetak ? <TandaiDicetak kepesertaan={lembar.map((l) => l.kepesertaan)} /> : undefined}
    >
      <FormulirDokumen lembar={isi} tempat={settings.dokumen.tempatTandaTangan} kop={<KopSurat />} />
    </DokumenPreview>
  );
}
