import { AnggotaRepository } from './anggota-repository';
import { CapaianRepository } from './capaian-repository';
import { CetakanRepository } from './cetakan-repository';
import { DataPribadiRepository } from './data-pribadi-repository';
import { EksporRepository } from './ekspor-repository';
import { DuplikatRepository } from './duplikat-repository';
import { ImporExcelRepository } from './impor-excel-repository';
import { ImporRepository } from './impor-repository';
import { KonflikRepository } from './konflik-repository';
import { KegiatanRepository } from './kegiatan-repository';
import { KehadiranRepository } from './kehadiran-repository';
import { KeikutsertaanRepository } from './keikutsertaan-repository';
import type { KopLindungDb } from './database';
import { KepesertaanRepository } from './kepesertaan-repository';
import { KoperasiRepository } from './koperasi-repository';
import { PeranRepository } from './peran-repository';
import { PerjanjianRepository } from './perjanjian-repository';
import { ProgramRepository } from './program-repository';
import { TargetRepository } from './target-repository';
import type { WritePath } from './write-path';

/** Every repository the screens use, over one database and one write path. */
export interface Repositories {
  readonly koperasi: KoperasiRepository;
  readonly anggota: AnggotaRepository;
  readonly peran: PeranRepository;
  readonly kepesertaan: KepesertaanRepository;
  readonly kegiatan: KegiatanRepository;
  readonly kehadiran: KehadiranRepository;
  readonly cetakan: CetakanRepository;
  readonly ekspor: EksporRepository;
  readonly dataPribadi: DataPribadiRepository;
  readonly impor: ImporRepository;
  readonly konflik: KonflikRepository;
  readonly imporExcel: ImporExcelRepository;
  readonly duplikat: DuplikatRepository;
  readonly perjanjian: PerjanjianRepository;
  readonly program: ProgramRepository;
  readonly target: TargetRepository;
  readonly keikutsertaan: KeikutsertaanRepository;
  readonly capaian: CapaianRepository;
}

export function createRepositories(db: KopLindungDb, writes: WritePath): Repositories {
  const anggota = new AnggotaRepository(db, writes);
  return {
    koperasi: new KoperasiRepository(db, writes),
    anggota,
    peran: new PeranRepository(db, writes),
    kepesertaan: new KepesertaanRepository(db, writes),
    kegiatan: new KegiatanRepository(db, writes),
    kehadiran: new KehadiranRepository(db, writes, anggota),
    cetakan: new CetakanRepository(db, writes),
    ekspor: new EksporRepository(db),
    dataPribadi: new DataPribadiRepository(db),
    impor: new ImporRepository(db),
    konflik: new KonflikRepository(db, writes),
    imporExcel: new ImporExcelRepository(db, writes),
    duplikat: new DuplikatRepository(db, writes),
    perjanjian: new PerjanjianRepository(db, writes),
    program: new ProgramRepository(db, writes),
    target: new TargetRepository(db, writes),
    keikutsertaan: new KeikutsertaanRepository(db, writes),
    capaian: new CapaianRepository(db),
  };
}
