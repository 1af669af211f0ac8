import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import type { CadanganInfo, SimpanCadanganRequest } from '../../../shared/cadangan/cadangan-info';
import { namaCadanganSchema } from '../../../shared/cadangan/cadangan-info';
import { pilihCadanganDisimpan } from '../../../shared/cadangan/pilih-cadangan-disimpan';
import { tulisAtomik } from './tulis-atomik';

/** Free and total bytes on the disk that holds the backups (and, in the same user-data folder, the database). */
export interface RuangDisk {
  readonly bebas: number;
  readonly total: number;
}

export interface FolderCadangan {
  list(): Promise<CadanganInfo[]>;
  save(request: SimpanCadanganRequest & { bytes: Uint8Array }): Promise<CadanganInfo>;
  read(berkas: string): Promise<Uint8Array>;
  ruang(): Promise<RuangDisk>;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const infoName = (berkas: string) => `${berkas}.json`;

/**
 * The backups in `<userData>/cadangan/`. A backup is two files: the bundle (`.kopl`), then its description
 * (`.kopl.json`), each written atomically, the description only after the bundle was read back and found equal to
 * what was sent. The description is the commit mark: a bundle without one (a write cut short) is removed when the
 * folder is listed, so every backup offered is whole. Older backups are pruned only after a new one is in place,
 * and never one that a kept changes-only backup continues (pilih-cadangan-disimpan.ts).
 *
 * Listing, saving and reading take turns: a listing that ran while another backup was being written would take
 * that backup (its temporary file, or the bundle before its description) for one cut short and remove it, and a
 * save's pruning could remove a backup being read. The backup before an import, the periodic one and Pengaturan's
 * list do meet.
 */
export function createFolderCadangan(dir: string, opts: { now?: () => Date; offsetMinutes?: () => number } = {}): FolderCadangan {
  const now = opts.now ?? (() => new Date());
  const offsetMinutes = opts.offsetMinutes ?? (() => -now().getTimezoneOffset());
  let antrean: Promise<unknown> = Promise.resolve();
  const bergiliran = <T>(kerja: () => Promise<T>): Promise<T> => {
    const hasil = antrean.then(kerja, kerja);
    antrean = hasil.catch(() => undefined);
    return hasil;
  };

  async function list(): Promise<CadanganInfo[]> {
    await mkdir(dir, { recursive: true });
    const names = new Set(await readdir(dir));
    const out: CadanganInfo[] = [];
    for (const name of names) {
      // A backup's (or its description's) temporary file left by a write cut short; the key's own temporary
      // file is not ours to remove, its write may be running right now.
      if (name.endsWith('.tmp')) {
        if (namaCadanganSchema.safeParse(name.replace(/(\.json)?\.tmp$/, '')).success) await rm(join(dir, name), { force: true });
        continue;
      }
      if (!namaCadanganSchema.safeParse(name).success) continue;
      if (!names.has(infoName(name))) {
        await rm(join(dir, name), { force: true });
        continue;
      }
      try {
        const info = JSON.parse(await readFile(join(dir, infoName(name)), 'utf8')) as CadanganInfo;
        // Descriptions from before changes-only backups: each of those was a full snapshot.
        out.push({ ...info, jenis: info.jenis ?? 'semua' });
      } catch {
        // An unreadable description: the backup cannot be vouched for, so it is not offered.
      }
    }
    return out.sort((a, b) => (a.waktu < b.waktu ? 1 : a.waktu > b.waktu ? -1 : 0));
  }

  return {
    list: () => bergiliran(list),
    save: (request) => bergiliran(() => save(request)),
    read: (berkas) => bergiliran(() => read(berkas)),
    ruang,
  };

  async function save(request: SimpanCadanganRequest & { bytes: Uint8Array }): Promise<CadanganInfo> {
    await mkdir(dir, { recursive: true });
    const berkas = `cadangan-${request.waktu.replace(/[:.]/g, '-')}-${request.alasan}.kopl`;
    const path = join(dir, berkas);
    if (request.jenis === 'perubahan' && (request.dasar === undefined || !(await list()).some((c) => c.berkas === request.dasar))) {
      throw new Error(`${berkas} continues ${request.dasar ?? 'nothing'}, which is not in ${dir}`);
    }
    await tulisAtomik(path, request.bytes);
    const back = await readFile(path);
    const hash = sha256(back);
    if (back.byteLength !== request.bytes.byteLength || hash !== sha256(request.bytes)) {
      await rm(path, { force: true });
      throw new Error(`${berkas} read back differs from what was written`);
    }
    const info: CadanganInfo = {
      berkas,
      waktu: request.waktu,
      alasan: request.alasan,
      jenis: request.jenis,
      dasar: request.jenis === 'perubahan' ? request.dasar : undefined,
      sampai: request.sampai,
      identitas: request.identitas,
      rantai: request.rantai,
      jumlah: request.jumlah,
      ukuran: back.byteLength,
      sha256: hash,
      diperiksa: true,
    };
    await tulisAtomik(join(dir, infoName(berkas)), Buffer.from(JSON.stringify(info, null, '\t'), 'utf8'));
    const all = await list();
    const keep = pilihCadanganDisimpan(all, now(), offsetMinutes());
    for (const c of all) {
      if (keep.has(c.berkas)) continue;
      await rm(join(dir, infoName(c.berkas)), { force: true });
      await rm(join(dir, c.berkas), { force: true });
    }
    return info;
  }

  async function read(berkas: string): Promise<Uint8Array> {
    namaCadanganSchema.parse(berkas);
    return new Uint8Array(await readFile(join(dir, berkas)));
  }

  async function ruang(): Promise<RuangDisk> {
    await mkdir(dir, { recursive: true });
    const s = await statfs(dir);
    // As df counts it: blocks reserved for the superuser are neither used by us nor free to us.
    return { bebas: s.bavail * s.bsize, total: (s.blocks - s.bfree + s.bavail) * s.bsize };
  }
}
