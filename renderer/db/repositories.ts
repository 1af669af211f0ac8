import { AnggotaRepository } from './anggota-repository';
import type { KopLindungDb } from './database';
import { KepesertaanRepository } from './kepesertaan-repository';
import { KoperasiRepository } from './koperasi-repository';
import { PeranRepository } from './peran-repository';
import type { WritePath } from './write-path';

/** Every repository the screens use, over one database and one write path. */
export interface Repositories {
  readonly koperasi: KoperasiRepository;
  readonly anggota: AnggotaRepository;
  readonly peran: PeranRepository;
  readonly kepesertaan: KepesertaanRepository;
}

export function createRepositories(db: KopLindungDb, writes: WritePath): Repositories {
  return {
    koperasi: new KoperasiRepository(db, writes),
    anggota: new AnggotaRepository(db, writes),
    peran: new PeranRepository(db, writes),
    kepesertaan: new KepesertaanRepository(db, writes),
  };
}
