import type { KoperasiLaporan, LabelLaporan, TargetLaporan } from './data-laporan';
import type { Lembar } from './lembar';
import { lembarTabel, urutanNama } from './lembar';
import { selTanggal } from './sel-format';

/** A segment as the central office reads it: the target's own name, else its kind and value in words. */
function labelSegmen(t: TargetLaporan, label: LabelLaporan, kecamatan: ReadonlyMap<string, string>): string {
  if (t.nama.trim()) return t.nama.trim();
  switch (t.segmen) {
    case 'semua':
      return 'Semua koperasi';
    case 'jenis':
      return `Jenis koperasi: ${label.jenis[t.segmenNilai as keyof LabelLaporan['jenis']] ?? t.segmenNilai}`;
    case 'golongan':
      return `Golongan: ${label.golongan[t.segmenNilai as keyof LabelLaporan['golongan']] ?? t.segmenNilai}`;
    case 'kecamatan':
      return `Kecamatan ${kecamatan.get(t.segmenNilai) ?? t.segmenNilai}`;
    case 'daftar':
      return `Daftar koperasi (${t.jumlahDaftar})`;
  }
}

/**
 * The Target sheet: one row per program target, with its agreements' numbers, segment, period, the number to reach
 * and what is achieved, so the district's figures reach the central office as the head of office sees them.
 */
export function lembarTarget(target: readonly TargetLaporan[], koperasi: readonly KoperasiLaporan[], label: LabelLaporan): Lembar {
  const kecamatan = new Map(koperasi.map((k) => [k.kecamatanKode, k.kecamatanNama]));
  const urut = [...target].sort(
    (a, b) =>
      urutanNama(a.program, b.program) ||
      (a.mulai < b.mulai ? -1 : a.mulai > b.mulai ? 1 : 0) ||
      urutanNama(labelSegmen(a, label, kecamatan), labelSegmen(b, label, kecamatan)),
  );
  return lembarTabel<TargetLaporan>(
    'Target',
    [
      { judul: 'No', lebar: 6, nilai: (_, n) => n },
      { judul: 'Program', lebar: 36, nilai: (t) => t.program },
      { judul: 'Nomor Perjanjian', lebar: 36, nilai: (t) => t.nomorPerjanjian },
      { judul: 'Segmen', lebar: 28, nilai: (t) => labelSegmen(t, label, kecamatan) },
      { judul: 'Mulai', lebar: 12, format: 'tanggal', nilai: (t) => selTanggal(t.mulai) },
      { judul: 'Sampai', lebar: 12, format: 'tanggal', nilai: (t) => selTanggal(t.sampai) },
      { judul: 'Satuan', lebar: 10, nilai: (t) => t.satuan },
      { judul: 'Target', lebar: 10, format: 'bilangan', nilai: (t) => t.target },
      { judul: 'Tercapai', lebar: 10, format: 'bilangan', nilai: (t) => t.tercapai },
      { judul: 'Persentase', lebar: 11, nilai: (t) => t.persen },
      { judul: 'Belum Tercapai', lebar: 14, format: 'bilangan', nilai: (t) => t.belum },
    ],
    urut,
  );
}
