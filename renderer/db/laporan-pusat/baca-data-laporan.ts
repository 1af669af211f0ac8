import type { Table } from 'dexie';
import type {
  DataLaporan,
  KegiatanLaporan,
  KehadiranLaporan,
  KepesertaanLaporan,
  KoperasiLaporan,
  OrangLaporan,
  TargetLaporan,
} from '../../../shared/laporan-pusat/data-laporan';
import { nomorPerjanjian } from '../../../shared/program/perjanjian-schema';
import { HitunganDomisili } from '../../../shared/laporan-pusat/hitungan-domisili';
import { CapaianRepository } from '../capaian-repository';
import type { KopLindungDb } from '../database';

/** The tables the workbook reads, in the order they are read. */
export const tabelLaporan = ['kehadiran', 'kepesertaan', 'kegiatan', 'koperasi', 'anggota'] as const;
export type TabelLaporan = (typeof tabelLaporan)[number];

/** Records read so far of one table, and how many it holds (tombstones included, so `dibaca` may end short). */
export type ProgresBaca = (tabel: TabelLaporan, dibaca: number, total: number) => void;

/** Records per read: each chunk is its own short transaction, so a check-in or an edit never waits long behind us. */
export const UKURAN_POTONGAN = 5000;

/**
 * Reads what the central office workbook needs, table by table in chunks by primary key, keeping of each live
 * record only the fields the workbook uses (a person's search tokens, address and mother's name never enter the
 * report's memory). Tables that refer to others are read first and the people last, so an enrollment or check-in
 * written while the report is made finds its person; a record deleted meanwhile is simply left out. Of the people,
 * only those an enrollment or check-in names are kept; everyone is counted by domicile (`domisili`). Values a
 * district repeats thousands of times (a kecamatan, a cooperative's id, a status, a date, the programs) are kept
 * once and shared: every string read from IndexedDB is a copy of its own. At district size the two take what the
 * report holds after reading from 155 MB to 97 MB (docs/laporan-pusat.md). Runs on the UI thread or in a Worker
 * alike: it needs only the database.
 */
export async function bacaDataLaporan(db: KopLindungDb, onProgress: ProgresBaca = () => {}, ukuran = UKURAN_POTONGAN): Promise<DataLaporan> {
  const baca = <R extends { readonly id: string; readonly deleted: 0 | 1 }, T>(table: Table<R, string>, tabel: TabelLaporan, ambil: (r: R) => T | null) =>
    bacaBertahap(table, tabel, onProgress, ambil, ukuran);
  const satu = sekali();
  const kehadiran = await baca(db.kehadiran, 'kehadiran', (r): KehadiranLaporan => ({
    id: r.id,
    kegiatanId: satu(r.kegiatanId),
    anggotaId: r.anggotaId,
    koperasiId: satu(r.koperasiId),
    waktu: r.waktu,
    walkIn: r.walkIn,
    inginMendaftar: r.inginMendaftar,
  }));
  const kepesertaan = await baca(db.kepesertaan, 'kepesertaan', (r): KepesertaanLaporan => ({
    id: r.id,
    anggotaId: r.anggotaId,
    koperasiId: satu(r.koperasiId),
    kategori: satu(r.kategori),
    program: satu.daftar(r.program),
    upah: r.upah,
    tanggalEfektif: satu(r.tanggalEfektif),
    status: satu(r.status),
    statusSejak: r.statusSejak,
    kpj: r.kpj,
    alasanDitolak: r.alasanDitolak,
    persetujuanWaktu: r.persetujuanWaktu,
  }));
  const kegiatan = await baca(db.kegiatan, 'kegiatan', (r): KegiatanLaporan => ({
    id: r.id,
    judul: r.judul,
    program: r.program,
    tanggal: r.tanggal,
    tempat: r.tempat,
    kecamatanKode: r.kecamatanKode,
    kecamatanNama: r.kecamatanNama,
    status: r.status,
    undangan: r.undangan,
  }));
  const koperasi = await baca(db.koperasi, 'koperasi', (r): KoperasiLaporan => ({
    id: r.id,
    nama: r.nama,
    bentuk: r.bentuk,
    jenis: r.jenis,
    pola: r.pola,
    kelompok: r.kelompok,
    golongan: r.golongan,
    nomorBadanHukum: r.nomorBadanHukum,
    tanggalBadanHukum: r.tanggalBadanHukum,
    nomorIndukKoperasi: r.nomorIndukKoperasi,
    nib: r.nib,
    npwp: r.npwp,
    alamat: r.alamat,
    kecamatanKode: r.kecamatanKode,
    kecamatanNama: r.kecamatanNama,
    kelurahanNama: r.kelurahanNama,
    skalaUsaha: r.skalaUsaha,
    anggotaLaki: r.anggotaLaki,
    anggotaPerempuan: r.anggotaPerempuan,
    karyawanLaki: r.karyawanLaki,
    karyawanPerempuan: r.karyawanPerempuan,
    ratTerakhir: r.ratTerakhir,
    ratTahunBuku: r.ratTahunBuku,
    status: r.status,
    npp: r.npp,
    statusBpjs: r.statusBpjs,
  }));
  const disebut = new Set<string>();
  for (const e of kepesertaan) disebut.add(e.anggotaId);
  for (const h of kehadiran) disebut.add(h.anggotaId);
  const domisili = new HitunganDomisili();
  const orang = await baca(db.anggota, 'anggota', (r): OrangLaporan | null => {
    domisili.tambah(r);
    if (!disebut.has(r.id)) return null;
    return {
      id: r.id,
      nik: r.nik,
      nama: r.nama,
      jenisKelamin: satu(r.jenisKelamin),
      tanggalLahir: satu(r.tanggalLahir),
      kecamatanKode: satu(r.kecamatanKode),
      kecamatanNama: satu(r.kecamatanNama),
    };
  });
  return { koperasi, orang, domisili: domisili.daftar, kepesertaan, kegiatan, kehadiran, target: await bacaTarget(db) };
}

/**
 * Every live program's targets with their achievement, counted as the program's page counts them. A few dozen
 * targets; the counting data is read once (CapaianRepository, only the fields the rules need).
 */
async function bacaTarget(db: KopLindungDb): Promise<TargetLaporan[]> {
  const programs = (await db.program.toArray()).filter((p) => p.deleted === 0);
  if (programs.length === 0) return [];
  const targets = (await db.target.toArray()).filter((t) => t.deleted === 0);
  const perjanjian = new Map((await db.perjanjian.toArray()).filter((p) => p.deleted === 0).map((p) => [p.id, p]));
  const capaian = new CapaianRepository(db);
  const data = await capaian.getData();
  return programs.flatMap((p) =>
    targets
      .filter((t) => t.programId === p.id)
      .map((t): TargetLaporan => {
        const c = capaian.compute(p, t, data);
        return {
          program: p.nama,
          nomorPerjanjian: p.perjanjianIds
            .flatMap((id) => {
              const x = perjanjian.get(id);
              return x ? nomorPerjanjian(x) : [];
            })
            .join('; '),
          nama: t.nama,
          segmen: t.segmen,
          segmenNilai: t.segmenNilai,
          jumlahDaftar: t.koperasiIds.length,
          mulai: t.mulai,
          sampai: t.sampai,
          satuan: c.satuan,
          target: c.target,
          tercapai: c.tercapai,
          persen: c.persen,
          belum: c.belum.length,
        };
      }),
  );
}

/**
 * Gives back the first copy of each value it was given, so equal values read from many records share one string
 * (or one list, for the programs). Lives as long as one reading.
 */
function sekali(): (<S extends string>(s: S) => S) & { daftar<S extends string>(list: readonly S[]): S[] } {
  const kata = new Map<string, string>();
  const daftar = new Map<string, readonly string[]>();
  const satu = <S extends string>(s: S): S => {
    const ada = kata.get(s);
    if (ada !== undefined) return ada as S;
    kata.set(s, s);
    return s;
  };
  return Object.assign(satu, {
    daftar<S extends string>(list: readonly S[]): S[] {
      const kunci = list.join('\u0000');
      const ada = daftar.get(kunci);
      if (ada) return ada as S[];
      daftar.set(kunci, list);
      return list as S[];
    },
  });
}

async function bacaBertahap<R extends { readonly id: string; readonly deleted: 0 | 1 }, T>(
  table: Table<R, string>,
  tabel: TabelLaporan,
  onProgress: ProgresBaca,
  /** The fields kept of a live record, or null to keep nothing of it. */
  ambil: (record: R) => T | null,
  ukuran: number,
): Promise<T[]> {
  const total = await table.count();
  const out: T[] = [];
  let dibaca = 0;
  let setelah: string | undefined;
  onProgress(tabel, 0, total);
  for (;;) {
    const potongan = await (setelah === undefined ? table.orderBy(':id') : table.where(':id').above(setelah)).limit(ukuran).toArray();
    if (potongan.length === 0) break;
    for (const r of potongan) {
      if (r.deleted === 1) continue;
      const t = ambil(r);
      if (t !== null) out.push(t);
    }
    dibaca += potongan.length;
    setelah = potongan[potongan.length - 1]!.id;
    onProgress(tabel, dibaca, Math.max(total, dibaca));
    if (potongan.length < ukuran) break;
  }
  return out;
}
