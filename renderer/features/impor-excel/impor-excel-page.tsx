import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { tanggalHariIni } from '../../../shared/format/format-date';
import { jenisImpor, kolomImpor, sarankanPemetaan, sidikTataLetak, type JenisImpor } from '../../../shared/impor-excel/kolom-impor';
import { useApp } from '../../app/app-context';
import { focusOnMount } from '../../components/focus-on-mount';
import { Page } from '../../components/page';
import { ProgressBar } from '../../components/progress-bar';
import { useToast } from '../../components/toast';
import { tabelRencana, type RencanaImpor } from '../../db/impor-excel/rencana-impor';
import { ImporStaleError, ImporHasInvalidRowsError } from '../../db/impor-excel/terapkan-impor';
import { failureReason } from '../../i18n/failure-reason';
import type { Messages } from '../../i18n/id';
import { SpreadsheetRefusedError } from '../../impor-excel/spreadsheet-refused-error';
import { ImporCancelledError, ImporExcelService, type BerkasExcel } from '../../impor-excel/impor-excel-service';
import type { JudulLembar, LembarDipilih, LembarSejenis } from '../../impor-excel/impor-excel-worker-api';
import { useKabupatenRegions } from '../../regions/use-regions';
import { bandingkanRencana } from './bandingkan-rencana';
import { PemetaanKolom } from './pemetaan-kolom';
import { pesanMasalah } from './pesan-masalah';
import { PratinjauBaris } from './pratinjau-baris';

interface Kerja {
  readonly apa: 'membaca' | 'memeriksa' | 'mencocokkan' | 'mencadangkan' | 'menerapkan';
  readonly done: number;
  readonly total: number;
}

/**
 * Impor dari Excel: choose what the file holds, pick the file (read in a worker), the sheet and the header row,
 * check the column mapping (suggested, remembered per layout), preview every row with its reasons, then apply
 * through the write path in one transaction. Every long step shows its progress and can be cancelled; a refused
 * file is explained where it happened and nothing is written.
 */
export function ImporExcelPage() {
  const { t } = useTranslation();
  const { imporExcel, cadangan, settings } = useApp();
  const toast = useToast();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const jenis: JenisImpor = (jenisImpor as readonly string[]).includes(params.get('jenis') ?? '') ? (params.get('jenis') as JenisImpor) : 'koperasi';
  const service = useMemo(() => new ImporExcelService(), []);
  useEffect(() => () => service.cancel(), [service]);
  const wilayah = useKabupatenRegions(settings.officeProfile?.kabupatenKode);

  const [berkas, setBerkas] = useState<BerkasExcel>();
  const [lembar, setLembar] = useState(0);
  const [judul, setJudul] = useState<JudulLembar>();
  const [pemetaan, setPemetaan] = useState<string[]>([]);
  const [diingat, setDiingat] = useState(false);
  const [sejenis, setSejenis] = useState<readonly LembarSejenis[]>([]);
  const [dipilih, setDipilih] = useState<ReadonlySet<number>>(new Set());
  const [rencana, setRencana] = useState<RencanaImpor>();
  /** The sheets the preview was made from, for the row report and the log. */
  const [diperiksa, setDiperiksa] = useState<readonly LembarDipilih[]>([]);
  /** Records changed between the preview and Terapkan: what the re-check found different. */
  const [berubah, setBerubah] = useState<string>();
  const [semuaAtauTidak, setSemuaAtauTidak] = useState(false);
  const [kerja, setKerja] = useState<Kerja>();
  const [galat, setGalat] = useState<string>();
  const [pesan, setPesan] = useState<string>();
  const [selesai, setSelesai] = useState<string>();

  const ulang = () => {
    setBerkas(undefined);
    setJudul(undefined);
    setRencana(undefined);
    setSelesai(undefined);
    setGalat(undefined);
    setBerubah(undefined);
    setSejenis([]);
  };

  const gagal = (error: unknown) => {
    setKerja(undefined);
    if (error instanceof ImporCancelledError) {
      ulang();
      setPesan(t('imporExcel.dibatalkan'));
    } else if (error instanceof SpreadsheetRefusedError) setGalat(t(`imporExcel.ditolak.${error.kode}`));
    else if (error instanceof ImporHasInvalidRowsError) setGalat(t('imporExcel.semuaAtauTidakMasihGalat', { jumlah: error.galat }));
    else setGalat(t('imporExcel.gagal', { reason: failureReason(t, error) }));
  };

  const bacaJudul = async (b: BerkasExcel, indeks: number, barisJudul?: number) => {
    const j = await service.readJudul(indeks, jenis, barisJudul);
    const sidik = sidikTataLetak(jenis, j.judul);
    const ingat = await imporExcel.getPemetaan(sidik);
    setBerkas(b);
    setLembar(indeks);
    setJudul(j);
    setPemetaan(ingat && ingat.length === j.judul.length ? ingat : sarankanPemetaan(jenis, j.judul));
    setDiingat(!!ingat && ingat.length === j.judul.length);
    setRencana(undefined);
    setBerubah(undefined);
    // Workbooks with one sheet per cooperative: the other sheets with these columns, offered to take at once.
    setSejenis(b.ringkasan.lembar.length > 1 ? await service.listSejenis(indeks, jenis, j.barisJudul) : []);
    setDipilih(new Set([indeks]));
  };

  const pilih = async () => {
    ulang();
    setPesan(undefined);
    setKerja({ apa: 'membaca', done: 0, total: 0 });
    try {
      const b = await service.pickFile();
      if (b) await bacaJudul(b, 0);
      setKerja(undefined);
    } catch (error) {
      gagal(error);
    }
  };

  const wajibBelum = kolomImpor[jenis].filter((k) => k.wajib && !pemetaan.includes(k.field));
  const pilihan: LembarDipilih[] = sejenis.length > 1 ? sejenis.filter((l) => dipilih.has(l.indeks)) : [{ indeks: lembar, barisJudul: judul?.barisJudul ?? 0 }];
  const periksa = async (sebelumnya?: RencanaImpor) => {
    if (!berkas || !judul) return;
    if (!sebelumnya) setGalat(undefined);
    setKerja({ apa: 'memeriksa', done: 0, total: judul.jumlahData });
    try {
      await imporExcel.savePemetaan(sidikTataLetak(jenis, judul.judul), pemetaan);
      const kolom = Object.fromEntries(kolomImpor[jenis].map((k) => [k.field, judul.judul[pemetaan.indexOf(k.field)] || t(`imporExcel.field.${k.field}`)]));
      for (const [f, field] of [
        ['kecamatanKode', 'kecamatan'],
        ['kelurahanKode', 'kelurahan'],
        ['peran', 'peran'],
        ['jabatan', 'jabatan'],
      ] as const)
        kolom[f] ??= t(`imporExcel.field.${field}`);
      const konteks = { jenis, pemetaan, wilayah: wilayah.status === 'ready' ? wilayah.value : undefined, hariIni: tanggalHariIni() };
      const baru = await service.check(pilihan, konteks, kolom, (done, total, tahap) =>
        setKerja({ apa: tahap === 'mencocokkan' ? 'mencocokkan' : 'memeriksa', done, total }),
      );
      setDiperiksa(pilihan);
      setRencana(baru);
      setKerja(undefined);
      if (sebelumnya) {
        const beda = bandingkanRencana(sebelumnya, baru);
        const contoh = beda.slice(0, 10).map((b) =>
          t('imporExcel.barisBerubah', {
            baris: b.lembar ? `${b.lembar}, ${b.nomor}` : b.nomor,
            label: b.label,
            dari: t(`imporExcel.status.${b.dari}`),
            ke: t(`imporExcel.status.${b.ke}`),
          }),
        );
        setBerubah([t('imporExcel.diperiksaUlang', { jumlah: beda.length }), ...contoh].join('\n'));
      }
    } catch (error) {
      gagal(error);
    }
  };

  const terapkan = async () => {
    if (!rencana) return;
    setGalat(undefined);
    setKerja({ apa: 'mencadangkan', done: 0, total: 1 });
    try {
      // Like a bundle import, a spreadsheet import is preceded by a backup: an office that applied the wrong file
      // restores the state just before it (Pengaturan → Cadangan, "Sebelum impor"). No backup, no import.
      await cadangan.create('sebelum-impor', (done, total) => setKerja({ apa: 'mencadangkan', done, total }));
      setKerja({ apa: 'menerapkan', done: 0, total: 1 });
      const jumlah = await imporExcel.apply(rencana, {
        semuaAtauTidak,
        berkas: { namaBerkas: berkas?.namaBerkas ?? '', lembar: diperiksa.map((p) => berkas?.ringkasan.lembar[p.indeks]?.nama ?? '') },
        onProgress: (done, total) => setKerja({ apa: 'menerapkan', done, total }),
      });
      setKerja(undefined);
      setBerubah(undefined);
      setSelesai(t('imporExcel.selesai', { jumlah, ...rencana.jumlah }));
    } catch (error) {
      setKerja(undefined);
      if (error instanceof ImporStaleError) {
        // Someone else's change reached these records since the preview: nothing was written. Check the file again
        // against the records as they are now, and say which rows' outcome changed.
        const rincian = tabelRencana
          .flatMap((tabel) => {
            const jumlah = error.berubah[tabel];
            return jumlah === undefined ? [] : [t(`imporExcel.tabelBerubah.${tabel}`, { jumlah })];
          })
          .join(', ');
        setGalat(t('imporExcel.berubah', { rincian }));
        await periksa(rencana);
      } else if (error instanceof ImporHasInvalidRowsError) setGalat(t('imporExcel.semuaAtauTidakMasihGalat', { jumlah: error.galat }));
      else setGalat(t('imporExcel.gagalTulis', { reason: failureReason(t, error) }));
    }
  };

  const laporan = async () => {
    if (!rencana || !judul || !berkas) return;
    try {
      const hasil = rencana.baris.map((b) => ({
        nomor: b.nomor,
        lembar: b.lembar,
        status: t(`imporExcel.status.${b.status}`),
        pesan: b.masalah.map((m) => pesanMasalah(t, m)).join(' '),
      }));
      const nama = `${berkas.namaBerkas.replace(/\.[^.]+$/, '')}-laporan-impor.xlsx`;
      if (await service.saveLaporan(diperiksa, hasil, [t('imporExcel.laporanJudul'), t('imporExcel.laporanPesan')], nama))
        toast(t('imporExcel.laporanTersimpan'));
    } catch (error) {
      gagal(error);
    }
  };

  const templat = async () => {
    try {
      const p = (k: keyof Messages['imporExcel']['templatPetunjuk']) => t(`imporExcel.templatPetunjuk.${k}`);
      const teks = {
        petunjuk: [
          t('imporExcel.templatPetunjuk.judul', { jenis: t(`imporExcel.jenis.${jenis}`) }),
          t(`imporExcel.jenisHint.${jenis}`),
          p('satu'),
          p('nik'),
          p('tanggal'),
          p('pilihan'),
          p('simpan'),
        ],
        judul: Object.fromEntries(kolomImpor[jenis].map((k) => [k.field, t(`imporExcel.field.${k.field}`)])),
      };
      if (await service.saveTemplat(jenis, teks, `templat-impor-${jenis}.xlsx`)) toast(t('imporExcel.templatTersimpan'));
    } catch (error) {
      gagal(error);
    }
  };

  const batal = () => service.cancel();
  const bekerja = kerja !== undefined;
  const progres = kerja && (
    <div className="impor-progres">
      <ProgressBar
        label={
          kerja.total ? `${t(`imporExcel.${kerja.apa}`)}: ${t('imporExcel.progresBaris', { done: kerja.done, total: kerja.total })}` : t('imporExcel.membaca')
        }
        done={kerja.done}
        total={kerja.total}
      />
      {kerja.apa !== 'menerapkan' && kerja.apa !== 'mencadangkan' && (
        <button type="button" className="button" onClick={batal}>
          {t('imporExcel.batal')}
        </button>
      )}
    </div>
  );

  return (
    <Page title={t('imporExcel.judul')}>
      <p className="lead">{t('imporExcel.intro')}</p>
      <section className="card">
        <fieldset className="radio-group" disabled={bekerja}>
          <legend>{t('imporExcel.jenisLabel')}</legend>
          {jenisImpor.map((j) => (
            <label key={j} className="radio program-option">
              <input
                type="radio"
                name={`${id}-jenis`}
                value={j}
                checked={jenis === j}
                onChange={() => {
                  ulang();
                  setParams({ jenis: j }, { replace: true });
                }}
              />
              {t(`imporExcel.jenis.${j}`)}
            </label>
          ))}
        </fieldset>
        <p className="field-hint">{t(`imporExcel.jenisHint.${jenis}`)}</p>
        <div className="button-row">
          <button type="button" className={berkas ? 'button' : 'button button-primary'} disabled={bekerja} onClick={() => void pilih()}>
            {t(berkas ? 'imporExcel.pilihLain' : 'imporExcel.pilih')}
          </button>
          <button type="button" className="button" disabled={bekerja} onClick={() => void templat()}>
            {t('imporExcel.templat')}
          </button>
        </div>
        {kerja?.apa === 'membaca' && progres}
        {pesan && (
          <p ref={focusOnMount} className="notice" role="status" tabIndex={-1}>
            {pesan}
          </p>
        )}
        {galat && !judul && (
          <p ref={focusOnMount} className="error-banner" role="alert" tabIndex={-1}>
            {galat}
          </p>
        )}
      </section>

      {berkas && judul && !selesai && (
        <section className="card" aria-labelledby={`${id}-pemetaan`}>
          <h2 id={`${id}-pemetaan`}>{t('imporExcel.pemetaan')}</h2>
          <p>
            <strong>{t('imporExcel.berkas', { nama: berkas.namaBerkas })}</strong>
            {berkas.ringkasan.csv && (
              <>
                {' '}
                {t('imporExcel.csvInfo', {
                  encoding: berkas.ringkasan.csv.encoding.toUpperCase(),
                  pemisah: berkas.ringkasan.csv.pemisah === '\t' ? 'Tab' : berkas.ringkasan.csv.pemisah,
                })}
              </>
            )}
          </p>
          <div className="inline-form">
            {berkas.ringkasan.lembar.length > 1 && (
              <div className="field">
                <label htmlFor={`${id}-lembar`}>{t('imporExcel.lembar')}</label>
                <select id={`${id}-lembar`} value={lembar} disabled={bekerja} onChange={(e) => void bacaJudul(berkas, Number(e.target.value)).catch(gagal)}>
                  {berkas.ringkasan.lembar.map((l, i) => (
                    <option key={i} value={i}>
                      {t('imporExcel.lembarInfo', { nama: l.nama, jumlah: l.jumlahBaris })}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div className="field">
              <label htmlFor={`${id}-judul`}>{t('imporExcel.barisJudul')}</label>
              <input
                id={`${id}-judul`}
                className="input-narrow"
                type="number"
                min={1}
                value={judul.barisJudul + 1}
                disabled={bekerja}
                aria-describedby={`${id}-judul-hint`}
                onChange={(e) => Number(e.target.value) >= 1 && void bacaJudul(berkas, lembar, Number(e.target.value) - 1).catch(gagal)}
              />
              <p className="field-hint" id={`${id}-judul-hint`}>
                {t('imporExcel.barisJudulHint')}
              </p>
            </div>
          </div>
          {sejenis.length > 1 && (
            <fieldset className="radio-group" disabled={bekerja}>
              <legend>{t('imporExcel.lembarDiimpor')}</legend>
              <p className="field-hint">{t('imporExcel.lembarSejenisHint')}</p>
              {sejenis.map((l) => (
                <label key={l.indeks} className="checkbox">
                  <input
                    type="checkbox"
                    checked={dipilih.has(l.indeks)}
                    onChange={(e) => {
                      const s2 = new Set(dipilih);
                      if (e.target.checked) s2.add(l.indeks);
                      else s2.delete(l.indeks);
                      setDipilih(s2);
                      setRencana(undefined);
                    }}
                  />
                  {t('imporExcel.lembarInfo', { nama: l.nama, jumlah: l.jumlahData })}
                </label>
              ))}
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  setDipilih(new Set(sejenis.map((l) => l.indeks)));
                  setRencana(undefined);
                }}
              >
                {t('imporExcel.pilihSemuaLembar', { jumlah: sejenis.length })}
              </button>
            </fieldset>
          )}
          <p className="muted">{t('imporExcel.pemetaanHint')}</p>
          {diingat && <p className="notice">{t('imporExcel.pemetaanDiingat')}</p>}
          {pemetaan.every((f) => !f) && <p className="notice-warning">{t('imporExcel.barisJudulTidakAda')}</p>}
          <PemetaanKolom
            jenis={jenis}
            judul={judul.judul}
            contoh={judul.contoh}
            pemetaan={pemetaan}
            onChange={(p) => {
              setPemetaan(p);
              setRencana(undefined);
            }}
          />
          {wajibBelum.length > 0 && (
            <p className="error-text">{t('imporExcel.wajibBelum', { fields: wajibBelum.map((k) => t(`imporExcel.field.${k.field}`)).join(', ') })}</p>
          )}
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={bekerja || wajibBelum.length > 0 || pilihan.length === 0}
              onClick={() => void periksa()}
            >
              {t('imporExcel.periksa')}
            </button>
          </div>
          {(kerja?.apa === 'memeriksa' || kerja?.apa === 'mencocokkan') && progres}
          {galat && !rencana && (
            <p ref={focusOnMount} className="error-banner" role="alert" tabIndex={-1}>
              {galat}
            </p>
          )}
        </section>
      )}

      {rencana && !selesai && (
        <PratinjauBaris rencana={rencana}>
          <label className="checkbox">
            <input type="checkbox" checked={semuaAtauTidak} disabled={bekerja} onChange={(e) => setSemuaAtauTidak(e.target.checked)} />
            {t('imporExcel.semuaAtauTidak')}
          </label>
          {semuaAtauTidak && rencana.jumlah.galat > 0 && (
            <p className="notice-warning">{t('imporExcel.semuaAtauTidakMasihGalat', { jumlah: rencana.jumlah.galat })}</p>
          )}
          {rencana.jumlah.baru + rencana.jumlah.diperbarui === 0 && <p className="notice">{t('imporExcel.tidakAdaPerubahan')}</p>}
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={bekerja || rencana.jumlah.baru + rencana.jumlah.diperbarui === 0 || (semuaAtauTidak && rencana.jumlah.galat > 0)}
              onClick={() => void terapkan()}
            >
              {t('imporExcel.terapkan')}
            </button>
            <button type="button" className="button" disabled={bekerja} onClick={() => void laporan()}>
              {t('imporExcel.laporan')}
            </button>
            <button
              type="button"
              className="button"
              disabled={bekerja}
              onClick={() => {
                ulang();
                setPesan(t('imporExcel.dibatalkan'));
              }}
            >
              {t('imporExcel.batal')}
            </button>
          </div>
          {(kerja?.apa === 'mencadangkan' || kerja?.apa === 'menerapkan') && progres}
          {berubah && (
            <p className="notice-warning prewrap" role="status">
              {berubah}
            </p>
          )}
          {galat && (
            <p ref={focusOnMount} className="error-banner" role="alert" tabIndex={-1}>
              {galat}
            </p>
          )}
        </PratinjauBaris>
      )}

      {selesai && (
        <section className="card">
          <p ref={focusOnMount} className="notice" role="status" tabIndex={-1}>
            {selesai}
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void laporan()}>
              {t('imporExcel.laporan')}
            </button>
            <button type="button" className="button button-primary" onClick={() => void pilih()}>
              {t('imporExcel.lagi')}
            </button>
          </div>
        </section>
      )}
    </Page>
  );
}
