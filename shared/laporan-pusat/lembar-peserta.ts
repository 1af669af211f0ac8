import { programBpjs } from '../kepesertaan/kepesertaan-options';
import type { KepesertaanLaporan, KoperasiLaporan, LabelLaporan, OrangLaporan } from './data-laporan';
import { lembarTabel, urutanNama, type KolomDari, type Lembar } from './lembar';
import { nikLaporan } from './nik-laporan';
import { selRupiah, selTanggal, selTanggalDari } from './sel-format';

interface BarisPeserta {
  readonly e: KepesertaanLaporan;
  readonly o: OrangLaporan;
  readonly k: KoperasiLaporan | undefined;
}

/**
 * One row per enrollment (a person enrolled through two cooperatives has two rows): the person, the cooperative it
 * goes through, category, programs, wage or declared income, status and dates. An enrollment of a person who is
 * no longer recorded (deleted on a request under UU 27/2022) is left out with them. Sorted by cooperative, then
 * person. `orang` and `koperasi` are looked up by id; only live records are passed in.
 */
export function lembarPeserta(
  kepesertaan: readonly KepesertaanLaporan[],
  orang: ReadonlyMap<string, OrangLaporan>,
  koperasi: ReadonlyMap<string, KoperasiLaporan>,
  label: LabelLaporan,
  nikLengkap: boolean,
): Lembar {
  const rows: BarisPeserta[] = [];
  for (const e of kepesertaan) {
    const o = orang.get(e.anggotaId);
    if (o) rows.push({ e, o, k: koperasi.get(e.koperasiId) });
  }
  // Cooperatives are ranked once, so most comparisons of 150,000 rows are of two numbers, not two names.
  const peringkat = new Map([...koperasi.values()].sort((a, b) => urutanNama(a.nama, b.nama)).map((k, i) => [k.id, i]));
  const rank = (r: BarisPeserta) => (r.k ? peringkat.get(r.k.id)! : -1);
  rows.sort((a, b) => rank(a) - rank(b) || urutanNama(a.o.nama, b.o.nama) || (a.e.id < b.e.id ? -1 : 1));

  const kolom: KolomDari<BarisPeserta>[] = [
    { judul: 'No', lebar: 7, nilai: (_, n) => n },
    { judul: 'NIK', lebar: 19, nilai: ({ o }) => nikLaporan(o.nik, nikLengkap) },
    { judul: 'Nama', lebar: 30, nilai: ({ o }) => o.nama },
    { judul: 'Jenis Kelamin', lebar: 12, nilai: ({ o }) => (o.jenisKelamin ? label.jenisKelamin[o.jenisKelamin] : '') },
    { judul: 'Tanggal Lahir', lebar: 18, format: 'tanggal', nilai: ({ o }) => selTanggal(o.tanggalLahir) },
    { judul: 'Kecamatan Domisili', lebar: 18, nilai: ({ o }) => o.kecamatanNama },
    { judul: 'Koperasi', lebar: 36, nilai: ({ k }) => k?.nama ?? '' },
    { judul: 'Nomor Induk Koperasi', lebar: 20, nilai: ({ k }) => k?.nomorIndukKoperasi ?? '' },
    { judul: 'Kategori', lebar: 26, nilai: ({ e }) => label.kategori[e.kategori] },
    { judul: 'Program', lebar: 22, nilai: ({ e }) => programBpjs.filter((p) => e.program.includes(p)).join(', ') },
    { judul: 'Upah/Penghasilan per Bulan', lebar: 16, format: 'rupiah', nilai: ({ e }) => selRupiah(e.upah) },
    { judul: 'Tanggal Efektif', lebar: 18, format: 'tanggal', nilai: ({ e }) => selTanggal(e.tanggalEfektif) },
    { judul: 'Status', lebar: 16, nilai: ({ e }) => label.statusKepesertaan[e.status] },
    { judul: 'Status Sejak', lebar: 18, format: 'tanggal', nilai: ({ e }) => selTanggalDari(e.statusSejak) },
    { judul: 'KPJ', lebar: 14, nilai: ({ e }) => e.kpj },
    { judul: 'Alasan Ditolak', lebar: 30, nilai: ({ e }) => e.alasanDitolak },
    { judul: 'Tanggal Persetujuan', lebar: 18, format: 'tanggal', nilai: ({ e }) => selTanggalDari(e.persetujuanWaktu) },
  ];
  return lembarTabel('Peserta', kolom, rows);
}
