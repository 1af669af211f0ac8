import type { KegiatanLaporan, KoperasiLaporan, OrangLaporan } from './data-laporan';
import type { HadirOrang } from './hadir-per-orang';
import { lembarTabel, urutanNama, type KolomDari, type Lembar } from './lembar';
import { nikLaporan } from './nik-laporan';
import { selTanggal, selWaktu, selYaTidak } from './sel-format';

interface BarisKehadiran {
  readonly h: HadirOrang;
  readonly g: KegiatanLaporan;
  readonly o: OrangLaporan;
  /** The first check-in as a number, for sorting. */
  readonly t: number;
}

/**
 * One row per person per event (hadirPerOrang: never one per check-in record), by event date, then event, then time
 * of arrival. Rows of events or people no longer recorded are left out.
 */
export function lembarKehadiran(
  hadir: readonly HadirOrang[],
  kegiatan: ReadonlyMap<string, KegiatanLaporan>,
  orang: ReadonlyMap<string, OrangLaporan>,
  koperasi: ReadonlyMap<string, KoperasiLaporan>,
  nikLengkap: boolean,
): Lembar {
  const rows: BarisKehadiran[] = [];
  for (const h of hadir) {
    const g = kegiatan.get(h.kegiatanId);
    const o = orang.get(h.anggotaId);
    if (g && o) rows.push({ h, g, o, t: Date.parse(h.waktu) });
  }
  rows.sort(
    (a, b) =>
      (a.g.tanggal < b.g.tanggal ? -1 : a.g.tanggal > b.g.tanggal ? 1 : 0) ||
      urutanNama(a.g.judul, b.g.judul) ||
      (a.g.id < b.g.id ? -1 : a.g.id > b.g.id ? 1 : 0) ||
      a.t - b.t ||
      urutanNama(a.o.nama, b.o.nama),
  );

  const kolom: KolomDari<BarisKehadiran>[] = [
    { judul: 'No', lebar: 7, nilai: (_, n) => n },
    { judul: 'Tanggal Kegiatan', lebar: 18, format: 'tanggal', nilai: ({ g }) => selTanggal(g.tanggal) },
    { judul: 'Kegiatan', lebar: 36, nilai: ({ g }) => g.judul },
    { judul: 'NIK', lebar: 19, nilai: ({ o }) => nikLaporan(o.nik, nikLengkap) },
    { judul: 'Nama', lebar: 30, nilai: ({ o }) => o.nama },
    { judul: 'Koperasi', lebar: 36, nilai: ({ h }) => koperasi.get(h.koperasiId)?.nama ?? '' },
    { judul: 'Check-in Pertama', lebar: 28, format: 'waktu', nilai: ({ h }) => selWaktu(h.waktu) },
    { judul: 'Pendaftar di Tempat', lebar: 9, nilai: ({ h }) => selYaTidak(h.walkIn) },
    { judul: 'Ingin Mendaftar', lebar: 10, nilai: ({ h }) => selYaTidak(h.inginMendaftar) },
  ];
  return lembarTabel('Kehadiran', kolom, rows);
}
