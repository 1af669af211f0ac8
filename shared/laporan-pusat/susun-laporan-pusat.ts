import { masihAda, type DataLaporan, type KepalaLaporan, type LabelLaporan } from './data-laporan';
import { hadirPerOrang } from './hadir-per-orang';
import { hitungDomisili } from './hitungan-domisili';
import type { Baris, Lembar, NamaLembar, Sel } from './lembar';
import { lembarCapaian } from './lembar-capaian';
import { lembarKegiatan } from './lembar-kegiatan';
import { lembarKehadiran } from './lembar-kehadiran';
import { lembarKoperasi } from './lembar-koperasi';
import { lembarPeserta } from './lembar-peserta';
import { lembarTarget } from './lembar-target';
import { netralkanSel } from './netralkan-sel';

export interface LaporanPusat {
  /** Koperasi, Peserta, Kegiatan, Kehadiran, Capaian, Target, in that order. */
  readonly lembar: readonly Lembar[];
  /** Table rows per sheet (the Capaian's kecamatan rows and its Jumlah row), for the export log. */
  readonly jumlah: Readonly<Record<NamaLembar, number>>;
}

/**
 * The central office workbook as values: deleted records dropped (a person deleted on request takes their
 * enrollments and check-ins along), the six sheets built, and then every text cell neutralised in one place, so
 * no sheet can forget it and no cell a spreadsheet opens starts a formula.
 */
export function susunLaporanPusat(data: DataLaporan, kepala: KepalaLaporan, label: LabelLaporan): LaporanPusat {
  const koperasi = data.koperasi.filter(masihAda);
  const orang = data.orang.filter(masihAda);
  const kegiatan = data.kegiatan.filter(masihAda);
  const koperasiById = new Map(koperasi.map((k) => [k.id, k]));
  const orangById = new Map(orang.map((o) => [o.id, o]));
  const kegiatanById = new Map(kegiatan.map((g) => [g.id, g]));
  const kepesertaan = data.kepesertaan.filter((e) => masihAda(e) && orangById.has(e.anggotaId));
  const kehadiran = data.kehadiran.filter((h) => masihAda(h) && orangById.has(h.anggotaId) && kegiatanById.has(h.kegiatanId));
  const hadir = hadirPerOrang(kehadiran);

  const lembar = [
    lembarKoperasi(koperasi, kepesertaan, label),
    lembarPeserta(kepesertaan, orangById, koperasiById, label, kepala.nikLengkap),
    lembarKegiatan(kegiatan, kehadiran, label),
    lembarKehadiran(hadir, kegiatanById, orangById, koperasiById, kepala.nikLengkap),
    lembarCapaian({ koperasi, domisili: data.domisili ?? hitungDomisili(orang), kepesertaan, kegiatan, hadir }, kepala, label),
    lembarTarget(data.target ?? [], koperasi, label),
  ].map(netralkanLembar);
  const jumlah = Object.fromEntries(lembar.map((l) => [l.nama, l.jumlahBaris])) as Record<NamaLembar, number>;
  return { lembar, jumlah };
}

/**
 * Rows that need no change are kept as they are: a district's sheets hold millions of cells. Table rows are
 * neutralised as they are made, chunk by chunk.
 */
function netralkanLembar(lembar: Lembar): Lembar {
  const sel = (s: Sel) => (typeof s === 'string' ? netralkanSel(s) : s);
  const baris = (rows: readonly Baris[]) => rows.map((row) => (row.every((s) => sel(s) === s) ? row : row.map(sel)));
  return {
    ...lembar,
    pembuka: baris(lembar.pembuka),
    kolom: lembar.kolom.map((k) => ({ ...k, judul: netralkanSel(k.judul) })),
    barisDari: (awal, akhir) => baris(lembar.barisDari(awal, akhir)),
    penutup: baris(lembar.penutup),
  };
}
