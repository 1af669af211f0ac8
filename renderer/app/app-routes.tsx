import { lazy, Suspense } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { AboutPage } from '../features/about/about-page';
import { AnggotaDetailPage } from '../features/anggota/anggota-detail-page';
import { AnggotaFormPage } from '../features/anggota/anggota-form-page';
import { AnggotaListPage } from '../features/anggota/anggota-list-page';
import { BeritaAcaraPage } from '../features/dokumen/berita-acara-page';
import { SuratUndanganPage } from '../features/dokumen/surat-undangan-page';
import { DaftarHadirPage } from '../features/dokumen/daftar-hadir-page';
import { DaftarKolektifPage } from '../features/dokumen/daftar-kolektif-page';
import { DataPribadiPage } from '../features/dokumen/data-pribadi-page';
import { FormulirKegiatanPage, FormulirKepesertaanPage } from '../features/dokumen/formulir-page';
import { KepesertaanFormPage } from '../features/kepesertaan/kepesertaan-form-page';
import { TindakLanjutPage } from '../features/kepesertaan/tindak-lanjut-page';
import { DuplikatPage } from '../features/duplikat/duplikat-page';
import { HomePage } from '../features/home/home-page';
import { ImporExcelPage } from '../features/impor-excel/impor-excel-page';
import { CheckInPage } from '../features/kegiatan/check-in-page';
import { KegiatanDetailPage } from '../features/kegiatan/kegiatan-detail-page';
import { KegiatanFormPage } from '../features/kegiatan/kegiatan-form-page';
import { KegiatanListPage } from '../features/kegiatan/kegiatan-list-page';
import { KoperasiDetailPage } from '../features/koperasi/koperasi-detail-page';
import { KoperasiFormPage } from '../features/koperasi/koperasi-form-page';
import { KoperasiListPage } from '../features/koperasi/koperasi-list-page';
import { PertukaranPage } from '../features/pertukaran/pertukaran-page';
import { PerjanjianDetailPage } from '../features/program/perjanjian-detail-page';
import { PerjanjianFormPage } from '../features/program/perjanjian-form-page';
import { ProgramDetailPage } from '../features/program/program-detail-page';
import { ProgramFormPage } from '../features/program/program-form-page';
import { ProgramListPage } from '../features/program/program-list-page';
import { TargetFormPage } from '../features/program/target-form-page';
import { SettingsPage } from '../features/settings/settings-page';
import { AppLayout } from './app-layout';
import { GalatRute } from './galat-rute';

// The report draws charts: it loads with the chart library's chunk only when opened.
const LaporanCapaianPage = lazy(() => import('../features/dokumen/laporan-capaian-page'));

/**
 * A hash router: the app is served from one file (app://koplindung/index.html in Electron, the harness server in
 * tests), so routes must never reach the file system as paths.
 */
const router = createHashRouter([
  {
    element: <AppLayout />,
    errorElement: <GalatRute />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/koperasi', element: <KoperasiListPage /> },
      { path: '/koperasi/baru', element: <KoperasiFormPage /> },
      { path: '/koperasi/:id', element: <KoperasiDetailPage /> },
      { path: '/koperasi/:id/ubah', element: <KoperasiFormPage /> },
      { path: '/anggota', element: <AnggotaListPage /> },
      { path: '/anggota/baru', element: <AnggotaFormPage /> },
      { path: '/anggota/duplikat', element: <DuplikatPage /> },
      { path: '/anggota/:id', element: <AnggotaDetailPage /> },
      { path: '/anggota/:id/ubah', element: <AnggotaFormPage /> },
      { path: '/anggota/:id/cetak/data-pribadi', element: <DataPribadiPage /> },
      { path: '/anggota/:id/kepesertaan/baru', element: <KepesertaanFormPage mode="baru" /> },
      { path: '/kepesertaan', element: <TindakLanjutPage /> },
      { path: '/kepesertaan/:id/ubah', element: <KepesertaanFormPage mode="ubah" /> },
      { path: '/kepesertaan/:id/cetak', element: <FormulirKepesertaanPage /> },
      { path: '/kegiatan/:id/cetak/daftar-hadir', element: <DaftarHadirPage /> },
      { path: '/kegiatan/:id/cetak/formulir', element: <FormulirKegiatanPage /> },
      { path: '/kegiatan/:id/cetak/berita-acara', element: <BeritaAcaraPage /> },
      { path: '/kegiatan/:id/cetak/surat-undangan', element: <SuratUndanganPage /> },
      { path: '/koperasi/:id/cetak/kolektif', element: <DaftarKolektifPage /> },
      { path: '/kegiatan', element: <KegiatanListPage /> },
      { path: '/kegiatan/baru', element: <KegiatanFormPage /> },
      { path: '/kegiatan/:id', element: <KegiatanDetailPage /> },
      { path: '/kegiatan/:id/ubah', element: <KegiatanFormPage /> },
      { path: '/kegiatan/:id/check-in', element: <CheckInPage /> },
      { path: '/program', element: <ProgramListPage /> },
      { path: '/program/baru', element: <ProgramFormPage /> },
      { path: '/program/:id', element: <ProgramDetailPage /> },
      { path: '/program/:id/ubah', element: <ProgramFormPage /> },
      {
        path: '/program/:id/cetak',
        element: (
          <Suspense fallback={null}>
            <LaporanCapaianPage />
          </Suspense>
        ),
      },
      { path: '/program/:id/target/baru', element: <TargetFormPage /> },
      { path: '/program/:id/target/:targetId/ubah', element: <TargetFormPage /> },
      { path: '/perjanjian/baru', element: <PerjanjianFormPage /> },
      { path: '/perjanjian/:id', element: <PerjanjianDetailPage /> },
      { path: '/perjanjian/:id/ubah', element: <PerjanjianFormPage /> },
      { path: '/pertukaran', element: <PertukaranPage /> },
      { path: '/pengaturan', element: <SettingsPage /> },
      { path: '/impor-excel', element: <ImporExcelPage /> },
      { path: '/tentang', element: <AboutPage /> },
      { path: '*', element: <HomePage /> },
    ],
  },
]);

export function AppRoutes() {
  return <RouterProvider router={router} />;
}
