import { formatTanggal } from '../format/format-date';
import { statusKepesertaan, type StatusKepesertaan } from '../kepesertaan/kepesertaan-options';
import { statusTerdaftar } from '../kepesertaan/status-kepesertaan';
import type { DomisiliLaporan, KegiatanLaporan, KepalaLaporan, KepesertaanLaporan, KoperasiLaporan, LabelLaporan } from './data-laporan';
import { kelompokHadir, labelKelompokHadir, petaUndangan, type PetaUndangan } from '../kegiatan/kehadiran-schema';
import type { HadirOrang } from './hadir-per-orang';
import { barisTetap, type Baris, type Kolom, type Lembar } from './lembar';
import { selTanggal } from './sel-format';

/** The live records the achievement summary counts (people and events looked up by id). */
export interface SumberCapaian {
  readonly koperasi: readonly KoperasiLaporan[];
  /** Every live person, counted by the kecamatan of their domicile. */
  readonly domisili: readonly DomisiliLaporan[];
  /** Enrollments of people still recorded. */
  readonly kepesertaan: readonly KepesertaanLaporan[];
  readonly kegiatan: readonly KegiatanLaporan[];
  /** One entry per person per event, of people and events still recorded. */
  readonly hadir: readonly HadirOrang[];
}

interface Hitungan {
  koperasi: number;
  koperasiBpjs: number;
  orang: number;
  perStatus: Record<StatusKepesertaan, number>;
  kepesertaan: number;
  readonly pesertaAktif: Set<string>;
  kegiatan: number;
  hadir: number;
  undanganHadir: number;
  perwakilanLain: number;
  tanpaUndangan: number;
  walkIn: number;
  inginMendaftar: number;
}

const hitunganBaru = (): Hitungan => ({
  koperasi: 0,
  koperasiBpjs: 0,
  orang: 0,
  perStatus: Object.fromEntries(statusKepesertaan.map((s) => [s, 0])) as Record<StatusKepesertaan, number>,
  kepesertaan: 0,
  pesertaAktif: new Set(),
  kegiatan: 0,
  hadir: 0,
  undanganHadir: 0,
  perwakilanLain: 0,
  tanpaUndangan: 0,
  walkIn: 0,
  inginMendaftar: 0,
});

const TANPA_KECAMATAN = '';
const LUAR_WILAYAH = 'luar';

/**
 * The achievement summary the head of office and the central office read first: per kecamatan of the district, and
 * a Jumlah row, how many cooperatives, people, enrollments at each status, people covered, events held and people
 * who came. Each record counts in exactly one row (its cooperative's kecamatan for enrollments, the person's own
 * for people, the venue's for events and attendance); kecamatan outside the office's kab/kota are one "Luar" row,
 * and records without a kecamatan one more. The Jumlah row is counted over everything, not summed, so a person
 * covered through cooperatives in two kecamatan is one person there.
 */
export function lembarCapaian(sumber: SumberCapaian, kepala: KepalaLaporan, label: LabelLaporan): Lembar {
  const nama = new Map<string, string>();
  const kelompok = new Map<string, Hitungan>();
  const jumlah = hitunganBaru();
  const kunciDari = (kode: string, namaKecamatan: string) => {
    if (kode === '') return TANPA_KECAMATAN;
    if (!kode.startsWith(`${kepala.kabupatenKode}.`)) return LUAR_WILAYAH;
    if (namaKecamatan && !nama.has(kode)) nama.set(kode, namaKecamatan);
    return kode;
  };
  const tambah = (kunci: string, ubah: (h: Hitungan) => void) => {
    let h = kelompok.get(kunci);
    if (!h) kelompok.set(kunci, (h = hitunganBaru()));
    ubah(h);
    ubah(jumlah);
  };

  const kecamatanKoperasi = new Map<string, string>();
  for (const k of sumber.koperasi) {
    const kunci = kunciDari(k.kecamatanKode, k.kecamatanNama);
    kecamatanKoperasi.set(k.id, kunci);
    tambah(kunci, (h) => {
      h.koperasi++;
      if (k.statusBpjs === 'terdaftar') h.koperasiBpjs++;
    });
  }
  for (const d of sumber.domisili) tambah(kunciDari(d.kecamatanKode, d.kecamatanNama), (h) => void (h.orang += d.jumlah));
  for (const e of sumber.kepesertaan) {
    tambah(kecamatanKoperasi.get(e.koperasiId) ?? TANPA_KECAMATAN, (h) => {
      h.kepesertaan++;
      h.perStatus[e.status]++;
      if (statusTerdaftar.includes(e.status)) h.pesertaAktif.add(e.anggotaId);
    });
  }
  const kecamatanKegiatan = new Map<string, string>();
  const undanganKegiatan = new Map<string, PetaUndangan>();
  for (const g of sumber.kegiatan) {
    const kunci = kunciDari(g.kecamatanKode, g.kecamatanNama);
    kecamatanKegiatan.set(g.id, kunci);
    undanganKegiatan.set(g.id, petaUndangan(g.undangan));
    if (g.status !== 'direncanakan') tambah(kunci, (h) => void h.kegiatan++);
  }
  const tanpaUndangan = petaUndangan([]);
  for (const d of sumber.hadir) {
    const kelompokD = kelompokHadir(undanganKegiatan.get(d.kegiatanId) ?? tanpaUndangan, d.anggotaId, d.koperasiIds);
    tambah(kecamatanKegiatan.get(d.kegiatanId) ?? TANPA_KECAMATAN, (h) => {
      h.hadir++;
      if (kelompokD === 'undangan') h.undanganHadir++;
      else if (kelompokD === 'perwakilanLain') h.perwakilanLain++;
      else h.tanpaUndangan++;
      if (d.walkIn) h.walkIn++;
      if (d.inginMendaftar) h.inginMendaftar++;
    });
  }

  const urutan = [...kelompok.keys()].filter((k) => k !== TANPA_KECAMATAN && k !== LUAR_WILAYAH).sort();
  if (kelompok.has(LUAR_WILAYAH)) urutan.push(LUAR_WILAYAH);
  if (kelompok.has(TANPA_KECAMATAN)) urutan.push(TANPA_KECAMATAN);
  const namaBaris = (kunci: string): [string, string] =>
    kunci === TANPA_KECAMATAN
      ? ['', '(kecamatan tidak diisi)']
      : kunci === LUAR_WILAYAH
        ? ['', `Luar ${kepala.kabupatenNama}`]
        : [kunci, nama.get(kunci) ?? ''];
  const angka = (h: Hitungan): Baris => [
    h.koperasi,
    h.koperasiBpjs,
    h.orang,
    ...statusKepesertaan.map((s) => h.perStatus[s]),
    h.kepesertaan,
    h.pesertaAktif.size,
    h.kegiatan,
    h.hadir,
    h.undanganHadir,
    h.perwakilanLain,
    h.tanpaUndangan,
    h.walkIn,
    h.inginMendaftar,
  ];

  const bilangan = (judul: string, lebar = 12): Kolom => ({ judul, lebar, format: 'bilangan' });
  const kolom: Kolom[] = [
    { judul: 'Kode Kecamatan', lebar: 14 },
    { judul: 'Kecamatan', lebar: 24 },
    bilangan('Koperasi'),
    bilangan('Koperasi Terdaftar BPJS'),
    bilangan('Orang Tercatat'),
    ...statusKepesertaan.map((s) => bilangan(`Kepesertaan ${label.statusKepesertaan[s]}`)),
    bilangan('Jumlah Kepesertaan'),
    bilangan('Peserta Aktif (orang)'),
    bilangan('Kegiatan Terlaksana'),
    bilangan('Hadir (orang per kegiatan)'),
    bilangan(labelKelompokHadir.undangan),
    bilangan(labelKelompokHadir.perwakilanLain, 16),
    bilangan(labelKelompokHadir.tanpaUndangan),
    bilangan('Pendaftar di Tempat'),
    bilangan('Ingin Mendaftar'),
  ];
  const tanggal = formatTanggal(kepala.tanggal, 'id');
  return {
    nama: 'Capaian',
    pembuka: [
      ['LAPORAN CAPAIAN KEPESERTAAN BPJS KETENAGAKERJAAN MELALUI KOPERASI'],
      ['Kantor', kepala.namaKantor],
      ['Wilayah', `${kepala.kabupatenNama} (${kepala.kabupatenKode})`],
      ['Provinsi', kepala.provinsiNama],
      ['Tanggal laporan', selTanggal(kepala.tanggal)],
      ['Periode', `Seluruh data yang tercatat sampai ${tanggal}`],
      ['Dibuat oleh', kepala.dibuatOleh],
      ['Nomor ekspor', kepala.nomorEkspor],
      [
        'NIK',
        kepala.nikLengkap
          ? 'LENGKAP. Berkas ini memuat data pribadi (UU 27/2022): simpan di tempat aman dan kirim hanya melalui saluran resmi.'
          : 'Disamarkan, misalnya 3674********0001.',
      ],
      [],
    ],
    kolom,
    ...barisTetap([...urutan.map((k) => [...namaBaris(k), ...angka(kelompok.get(k)!)]), ['', 'Jumlah', ...angka(jumlah)]]),
    penutup: [
      [],
      ['Catatan'],
      [
        'Koperasi dan kepesertaan dihitung menurut kecamatan koperasi; orang menurut kecamatan domisilinya; kegiatan dan kehadiran menurut kecamatan tempat kegiatan.',
      ],
      ['Kehadiran dihitung per orang per kegiatan: orang yang di-check-in di dua laptop dihitung sekali.'],
      [`Peserta aktif: orang dengan kepesertaan berstatus ${label.statusKepesertaan.terdaftar}. Baris Jumlah menghitung setiap orang sekali.`],
      ['Kegiatan terlaksana: kegiatan yang sudah dimulai (berlangsung, selesai, atau dilaporkan).'],
    ],
    barisJumlah: 1,
  };
}
