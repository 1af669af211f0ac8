import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tanggalHariIni } from '../../../shared/format/format-date';
import type { KepalaLaporan } from '../../../shared/laporan-pusat/data-laporan';
import type { NamaLembar } from '../../../shared/laporan-pusat/lembar';
import { namaBerkasLaporanPusat } from '../../../shared/laporan-pusat/nama-berkas-laporan';
import { useApp } from '../../app/app-context';
import { usePetugas } from '../../app/use-petugas';
import type { SaveTextOutcome } from '../../../shared/ipc/contract';
import type { EksporLog } from '../../db/ekspor-log';
import { desktop, unwrap } from '../../desktop';
import type { HasilLaporan, ProgresLaporan, TujuanLaporan } from '../../exchange/laporan-pusat/buat-laporan-pusat';
import { jalankanLaporanPusat, LaporanFailedError } from '../../exchange/laporan-pusat/jalankan-laporan-pusat';
import { failureReason } from '../../i18n/failure-reason';

export type KeadaanLaporan =
  | { readonly tahap: 'siap' }
  | { readonly tahap: 'bekerja'; readonly progres: ProgresLaporan | null }
  | { readonly tahap: 'tersimpan'; readonly filePath: string; readonly jumlah: Readonly<Record<NamaLembar, number>>; readonly nomorEkspor: number }
  | { readonly tahap: 'dibatalkan' }
  | { readonly tahap: 'gagal'; readonly pesan: string };

/** The file's own name from a path main returned (Windows or POSIX), for the export log. */
const namaDari = (filePath: string) => filePath.split(/[\\/]/).pop() ?? filePath;

/**
 * The whole run of a central office workbook: number it, read and arrange it in the Worker with progress, ask
 * where to save it, stream its rows to main, which writes the file as they come, and log the export (UU 27/2022:
 * every file with personal data that leaves the laptop is logged). A cancelled save writes and logs nothing.
 * Leaving the page mid-run ends the Worker, deletes what main wrote and asks nothing more.
 */
export function useLaporanPusat() {
  const { t } = useTranslation();
  const { settings, ekspor } = useApp();
  const { petugas } = usePetugas();
  const [keadaan, setKeadaan] = useState<KeadaanLaporan>({ tahap: 'siap' });
  const aktif = useRef<AbortController | null>(null);
  useEffect(() => () => aktif.current?.abort(), []);

  const buat = useCallback(
    async (nikLengkap: boolean) => {
      const profil = settings.officeProfile;
      if (!profil || aktif.current) return;
      const kendali = new AbortController();
      aktif.current = kendali;
      setKeadaan({ tahap: 'bekerja', progres: null });
      let filePath: string | undefined;
      try {
        const nomorEkspor = await ekspor.getNextNomor();
        const tanggal = tanggalHariIni();
        const kepala: KepalaLaporan = {
          namaKantor: profil.namaKantor,
          provinsiNama: profil.provinsiNama,
          kabupatenKode: profil.kabupatenKode,
          kabupatenNama: profil.kabupatenNama,
          tanggal,
          dibuatOleh: petugas,
          nomorEkspor,
          nikLengkap,
        };
        const namaBerkas = namaBerkasLaporanPusat(profil.kabupatenNama, tanggal);
        // Set from inside `tujuan`, so kept in an object TypeScript does not narrow to null.
        const jejak: { tertunda: EksporLog | null; id: string | null } = { tertunda: null, id: null };
        // Pending before the save dialog, completed after main renamed the file: a crash between leaves a trace in
        // Riwayat. A cancelled dialog, a failed write or leaving the page removes it and main deletes what it wrote.
        const tujuan: TujuanLaporan = {
          mulai: async ({ judul, lembar, jumlah }) => {
            jejak.tertunda = await ekspor.createPending({
              waktu: new Date().toISOString(),
              berkas: 'xlsx',
              tujuan: 'Kantor Pusat',
              jenis: 'semua',
              nomorEkspor,
              sejak: '',
              sampai: '',
              jumlah,
              namaBerkas,
              petugas,
              terenkripsi: false,
              nikLengkap,
            });
            const awal = await unwrap(
              desktop().files.beginWorkbook({ kind: 'workbook', suggestedName: namaBerkas, judul, dibuat: Date.now(), sheets: [...lembar] }),
            );
            if (!awal.started) return false;
            jejak.id = awal.id;
            return !kendali.signal.aborted;
          },
          tambah: async (lembar, rows, tebal) => {
            if (jejak.id === null || kendali.signal.aborted) throw new LaporanFailedError('aborted');
            await unwrap(desktop().files.appendRows({ id: jejak.id, sheet: lembar, rows, tebal }));
          },
        };
        const batalkan = async () => {
          if (jejak.id !== null) await desktop().files.abortWorkbook({ id: jejak.id });
          if (jejak.tertunda) await ekspor.removePending(jejak.tertunda.id);
        };
        let hasil: HasilLaporan;
        let outcome: SaveTextOutcome;
        try {
          hasil = await jalankanLaporanPusat(kepala, tujuan, (progres) => setKeadaan({ tahap: 'bekerja', progres }), kendali.signal);
          outcome =
            hasil.tersimpan && jejak.id !== null && !kendali.signal.aborted ? await unwrap(desktop().files.finishWorkbook({ id: jejak.id })) : { saved: false };
        } catch (error) {
          await batalkan();
          throw error;
        }
        if (!hasil.tersimpan || !outcome.saved || jejak.tertunda === null) {
          await batalkan();
          if (!kendali.signal.aborted) setKeadaan({ tahap: 'dibatalkan' });
          return;
        }
        filePath = outcome.filePath;
        await ekspor.complete(jejak.tertunda.id, namaDari(filePath));
        setKeadaan({ tahap: 'tersimpan', filePath, jumlah: hasil.jumlah, nomorEkspor });
      } catch (error) {
        if (kendali.signal.aborted) return;
        if (error instanceof LaporanFailedError) console.error(error);
        const reason = error instanceof LaporanFailedError ? t('laporanPusat.gagalMenyusun') : failureReason(t, error);
        setKeadaan({ tahap: 'gagal', pesan: filePath ? t('laporanPusat.gagalCatat', { path: filePath, reason }) : t('laporanPusat.gagal', { reason }) });
      } finally {
        if (aktif.current === kendali) aktif.current = null;
      }
    },
    [settings.officeProfile, ekspor, petugas, t],
  );

  return { keadaan, buat, siap: settings.officeProfile !== null };
}
