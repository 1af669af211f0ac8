import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tanggalHariIni } from '../../../shared/format/format-date';
import type { KepalaLaporan } from '../../../shared/laporan-pusat/data-laporan';
import type { NamaLembar } from '../../../shared/laporan-pusat/lembar';
import { namaBerkasLaporanPusat } from '../../../shared/laporan-pusat/nama-berkas-laporan';
import { useApp } from '../../app/app-context';
import { usePetugas } from '../../app/use-petugas';
import type { SaveTextOutcome } from '../../../shared/ipc/contract';
import { desktop, unwrap } from '../../desktop';
import type { ProgresLaporan } from '../../exchange/laporan-pusat/buat-laporan-pusat';
import { jalankanLaporanPusat, LaporanGagalError } from '../../exchange/laporan-pusat/jalankan-laporan-pusat';
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
 * The whole run of a central office workbook: number it, make it in the Worker with progress, ask where to save
 * it, write it, and log the export (UU 27/2022: every file with personal data that leaves the laptop is logged).
 * A cancelled save writes and logs nothing. Leaving the page mid-run ends the Worker and asks nothing more.
 */
export function useLaporanPusat() {
  const { t } = useTranslation();
  const { settings, ekspor } = useApp();
  const { petugas } = usePetugas();
  const [keadaan, setKeadaan] = useState<KeadaanLaporan>({ tahap: 'siap' });
  const aktif = useRef<AbortController | null>(null);
  useEffect(() => () => aktif.current?.abort(), []);

  const buat = useCallback(async (nikLengkap: boolean) => {
    const profil = settings.officeProfile;
    if (!profil || aktif.current) return;
    const kendali = new AbortController();
    aktif.current = kendali;
    setKeadaan({ tahap: 'bekerja', progres: null });
    let filePath: string | undefined;
    try {
      const nomorEkspor = await ekspor.nomorBerikutnya();
      const tanggal = tanggalHariIni();
      const kepala: KepalaLaporan = {
        namaKantor: profil.namaKantor, provinsiNama: profil.provinsiNama, kabupatenKode: profil.kabupatenKode,
        kabupatenNama: profil.kabupatenNama, tanggal, dibuatOleh: petugas, nomorEkspor, nikLengkap,
      };
      const hasil = await jalankanLaporanPusat(kepala, (progres) => setKeadaan({ tahap: 'bekerja', progres }), kendali.signal);
      if (kendali.signal.aborted) return;
      const namaBerkas = namaBerkasLaporanPusat(profil.kabupatenNama, tanggal);
      // Pending before the workbook is written, completed after: a crash between leaves a trace in Riwayat.
      const tertunda = await ekspor.mulai({
        waktu: new Date().toISOString(), berkas: 'xlsx', tujuan: 'Kantor Pusat', jenis: 'semua', nomorEkspor, sejak: '', sampai: '',
        jumlah: hasil.jumlah, namaBerkas, petugas, terenkripsi: false, nikLengkap,
      });
      let outcome: SaveTextOutcome;
      try {
        outcome = await unwrap(desktop().files.saveBytes({ kind: 'workbook', suggestedName: namaBerkas, bytes: hasil.bytes }));
      } catch (error) {
        await ekspor.batal(tertunda.id);
        throw error;
      }
      if (!outcome.saved) {
        await ekspor.batal(tertunda.id);
        setKeadaan({ tahap: 'dibatalkan' });
        return;
      }
      filePath = outcome.filePath;
      await ekspor.selesai(tertunda.id, namaDari(filePath));
      setKeadaan({ tahap: 'tersimpan', filePath, jumlah: hasil.jumlah, nomorEkspor });
    } catch (error) {
      if (kendali.signal.aborted) return;
      if (error instanceof LaporanGagalError) console.error(error);
      const reason = error instanceof LaporanGagalError ? t('laporanPusat.gagalMenyusun') : failureReason(t, error);
      setKeadaan({ tahap: 'gagal', pesan: filePath ? t('laporanPusat.gagalCatat', { path: filePath, reason }) : t('laporanPusat.gagal', { reason }) });
    } finally {
      if (aktif.current === kendali) aktif.current = null;
    }
  }, [settings.officeProfile, ekspor, petugas, t]);

  return { keadaan, buat, siap: settings.officeProfile !== null };
}
