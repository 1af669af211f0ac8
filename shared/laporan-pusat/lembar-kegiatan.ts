import { jumlahDiundang } from '../kegiatan/kegiatan-schema';
import { labelKelompokHadir, rekapKehadiran, type RekapKehadiran } from '../kegiatan/kehadiran-schema';
import type { KegiatanLaporan, KehadiranLaporan, LabelLaporan } from './data-laporan';
import { lembarTabel, urutanNama, type KolomDari, type Lembar } from './lembar';
import { selTanggal } from './sel-format';

interface BarisKegiatan {
  readonly g: KegiatanLaporan;
  readonly rekap: RekapKehadiran;
}

/**
 * One row per outreach event, by date: what, where, its status, whom it invited, and who came. Attendance is
 * rekapKehadiran over the event's check-ins, the same count as the check-in screen and the berita acara: distinct
 * people, never records, in the same three groups (named invitees present, others from invited cooperatives,
 * without an invitation).
 */
export function lembarKegiatan(kegiatan: readonly KegiatanLaporan[], kehadiran: readonly KehadiranLaporan[], label: LabelLaporan): Lembar {
  const perKegiatan = new Map<string, KehadiranLaporan[]>();
  for (const h of kehadiran) {
    const list = perKegiatan.get(h.kegiatanId);
    if (list) list.push(h);
    else perKegiatan.set(h.kegiatanId, [h]);
  }
  const rows: BarisKegiatan[] = [...kegiatan]
    .sort((a, b) => (a.tanggal < b.tanggal ? -1 : a.tanggal > b.tanggal ? 1 : urutanNama(a.judul, b.judul)))
    .map((g) => ({ g, rekap: rekapKehadiran(perKegiatan.get(g.id) ?? [], g.undangan) }));

  const kolom: KolomDari<BarisKegiatan>[] = [
    { judul: 'No', lebar: 6, nilai: (_, n) => n },
    { judul: 'Tanggal', lebar: 18, format: 'tanggal', nilai: ({ g }) => selTanggal(g.tanggal) },
    { judul: 'Judul Kegiatan', lebar: 40, nilai: ({ g }) => g.judul },
    { judul: 'Program/Kerja Sama', lebar: 26, nilai: ({ g }) => g.program },
    { judul: 'Tempat', lebar: 30, nilai: ({ g }) => g.tempat },
    { judul: 'Kecamatan', lebar: 18, nilai: ({ g }) => g.kecamatanNama },
    { judul: 'Status', lebar: 14, nilai: ({ g }) => label.statusKegiatan[g.status] },
    { judul: 'Koperasi Diundang', lebar: 12, format: 'bilangan', nilai: ({ g }) => g.undangan.length },
    { judul: 'Perwakilan Diundang', lebar: 12, format: 'bilangan', nilai: ({ g }) => g.undangan.reduce((n, u) => n + jumlahDiundang(u), 0) },
    { judul: 'Hadir (orang)', lebar: 11, format: 'bilangan', nilai: ({ rekap }) => rekap.hadir },
    { judul: 'Undangan Bernama', lebar: 11, format: 'bilangan', nilai: ({ rekap }) => rekap.undanganBernama },
    { judul: labelKelompokHadir.undangan, lebar: 11, format: 'bilangan', nilai: ({ rekap }) => rekap.undanganHadir },
    { judul: labelKelompokHadir.perwakilanLain, lebar: 16, format: 'bilangan', nilai: ({ rekap }) => rekap.perwakilanLain },
    { judul: labelKelompokHadir.tanpaUndangan, lebar: 12, format: 'bilangan', nilai: ({ rekap }) => rekap.tanpaUndangan },
    { judul: 'Koperasi Hadir', lebar: 11, format: 'bilangan', nilai: ({ rekap }) => rekap.koperasiHadir },
    { judul: 'Pendaftar di Tempat', lebar: 10, format: 'bilangan', nilai: ({ rekap }) => rekap.walkIn },
    { judul: 'Ingin Mendaftar', lebar: 11, format: 'bilangan', nilai: ({ rekap }) => rekap.inginMendaftar },
  ];
  return lembarTabel('Kegiatan', kolom, rows);
}
