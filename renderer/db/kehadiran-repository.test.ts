import { describe, expect, it, vi } from 'vitest';
import { emptyAnggota } from '../../shared/anggota/anggota-schema';
import { emptyKegiatan } from '../../shared/kegiatan/kegiatan-schema';
import { kodeUndangan } from '../../shared/kegiatan/kode-undangan';
import { rekapKehadiran } from '../../shared/kegiatan/kehadiran-schema';
import { emptyKoperasi } from '../../shared/koperasi/koperasi-schema';
import { AnggotaRepository, NikInUseError } from './anggota-repository';
import { KegiatanHasKehadiranError, KegiatanRepository } from './kegiatan-repository';
import { appendFullAnswer, CARI_LIMIT, KegiatanClosedError, KehadiranRepository, NoKoperasiError } from './kehadiran-repository';
import { openTestDb } from '../test-support/test-db';
import { exportFrom, importInto, openDevice } from '../test-support/test-devices';

async function setup() {
  const t = await openTestDb();
  let tick = 0;
  const anggota = new AnggotaRepository(t.db, t.writes);
  const repo = new KehadiranRepository(t.db, t.writes, anggota, () => `2026-11-21T02:${String(tick++).padStart(2, '0')}:00.000Z`);
  const kegiatanRepo = new KegiatanRepository(t.db, t.writes);
  const maju = await t.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju Bersama' });
  const lain = await t.writes.create('koperasi', { ...emptyKoperasi(), nama: 'KSP Sejahtera' });
  const ahmad = await anggota.create({ ...emptyAnggota(), nama: 'Ahmad Fauzi', nik: '3674011203900001', telepon: '0812 3456 7890' });
  const siti = await anggota.create({ ...emptyAnggota(), nama: 'Siti Aminah' });
  const budi = await anggota.create({ ...emptyAnggota(), nama: 'Budi Hartono' });
  await t.writes.create('peran', { anggotaId: ahmad.id, koperasiId: maju.id, peran: 'pengurus', jabatan: 'Ketua', mulai: '', selesai: '', catatan: '' });
  await t.writes.create('peran', { anggotaId: siti.id, koperasiId: maju.id, peran: 'karyawan', jabatan: '', mulai: '', selesai: '', catatan: '' });
  await t.writes.create('peran', {
    anggotaId: budi.id,
    koperasiId: lain.id,
    peran: 'pengawas',
    jabatan: 'Ketua Pengawas',
    mulai: '',
    selesai: '',
    catatan: '',
  });
  const kegiatan = await kegiatanRepo.create({
    ...emptyKegiatan(),
    judul: 'Sosialisasi BPJS Ketenagakerjaan',
    tanggal: '2026-11-21',
    tempat: 'Aula Dinas',
    undangan: [
      { koperasiId: maju.id, perwakilan: [ahmad.id, siti.id], jumlahPerwakilan: 3 },
      { koperasiId: lain.id, perwakilan: [], jumlahPerwakilan: 2 },
    ],
  });
  return { ...t, repo, kegiatanRepo, anggota, maju, lain, ahmad, siti, budi, kegiatan };
}

describe('KehadiranRepository', () => {
  it('checks a person in once; the second time reports who checked them in and when', async () => {
    const { repo, kegiatan, ahmad, maju, kegiatanRepo, db } = await setup();
    const first = await repo.checkIn({ kegiatanId: kegiatan.id, anggotaId: ahmad.id, koperasiId: maju.id, petugas: 'Siti Nurhaliza' });
    expect(first.hasil).toBe('hadir');
    expect(first.kehadiran).toMatchObject({ petugas: 'Siti Nurhaliza', deviceId: 'device-test', walkIn: false });
    expect((await kegiatanRepo.get(kegiatan.id))?.status).toBe('berlangsung');
    const again = await repo.checkIn({ kegiatanId: kegiatan.id, anggotaId: ahmad.id, koperasiId: maju.id, petugas: 'Budi Santoso' });
    expect(again).toEqual({ hasil: 'sudah_hadir', kehadiran: first.kehadiran });
    expect(await db.kehadiran.count()).toBe(1);
    expect(await db.journal.where('[table+recordId]').equals(['kehadiran', first.kehadiran.id]).count()).toBe(1);
  });

  it('counts distinct people when two laptops checked the same person in (after a merge)', async () => {
    const { repo, kegiatan, ahmad, maju, db } = await setup();
    const mine = await repo.checkIn({ kegiatanId: kegiatan.id, anggotaId: ahmad.id, koperasiId: maju.id, petugas: 'A' });
    await db.kehadiran.add({ ...mine.kehadiran, id: 'from-other-laptop', deviceId: 'device-2', waktu: '2026-11-21T01:00:00.000Z', inginMendaftar: true });
    const rows = await repo.listForKegiatan(kegiatan.id);
    expect(rows.map((r) => r.id)).toEqual(['from-other-laptop', mine.kehadiran.id]);
    expect(rekapKehadiran(rows, kegiatan.undangan)).toMatchObject({ hadir: 1, undanganHadir: 1, koperasiHadir: 1, walkIn: 0, inginMendaftar: 1 });
    const again = await repo.checkIn({ kegiatanId: kegiatan.id, anggotaId: ahmad.id, koperasiId: maju.id, petugas: 'A' });
    expect(again.kehadiran.id).toBe('from-other-laptop');
  });

  it('refuses check-in at a closed event until it is reopened', async () => {
    const { repo, kegiatanRepo, kegiatan, budi, lain } = await setup();
    await kegiatanRepo.changeStatus(kegiatan.id, 'berlangsung');
    await kegiatanRepo.changeStatus(kegiatan.id, 'selesai');
    await expect(repo.checkIn({ kegiatanId: kegiatan.id, anggotaId: budi.id, koperasiId: lain.id, petugas: 'A' })).rejects.toBeInstanceOf(KegiatanClosedError);
    await kegiatanRepo.changeStatus(kegiatan.id, 'berlangsung');
    expect((await repo.checkIn({ kegiatanId: kegiatan.id, anggotaId: budi.id, koperasiId: lain.id, petugas: 'A' })).hasil).toBe('hadir');
  });

  it('registers a walk-in with their role from the jabatan, all or nothing', async () => {
    const { repo, kegiatan, maju, db, ahmad } = await setup();
    const h = await repo.walkIn(
      kegiatan.id,
      { nama: 'Rina Wati', koperasiId: maju.id, jabatan: 'Bendahara', telepon: '081299990000', nik: '' },
      'Siti Nurhaliza',
    );
    expect(h).toMatchObject({ walkIn: true, koperasiId: maju.id });
    const person = await db.anggota.get(h.anggotaId);
    expect(person).toMatchObject({ nama: 'Rina Wati', telepon: '081299990000', nik: '' });
    expect(await db.peran.where('anggotaId').equals(h.anggotaId).toArray()).toMatchObject([{ peran: 'pengurus', jabatan: 'Bendahara', koperasiId: maju.id }]);

    const before = { anggota: await db.anggota.count(), peran: await db.peran.count(), kehadiran: await db.kehadiran.count() };
    await expect(repo.walkIn(kegiatan.id, { nama: 'Ahmad Lagi', koperasiId: maju.id, jabatan: '', telepon: '', nik: ahmad.nik }, 'A')).rejects.toSatisfy(
      (e: unknown) => e instanceof NikInUseError && e.existing.id === ahmad.id,
    );
    expect({ anggota: await db.anggota.count(), peran: await db.peran.count(), kehadiran: await db.kehadiran.count() }).toEqual(before);
  });

  it("fills a walk-in's birth date and sex from their NIK, as the person form does", async () => {
    const { repo, kegiatan, db } = await setup();
    const h = await repo.walkIn(kegiatan.id, { nama: 'Dewi Sartika', koperasiId: '', jabatan: '', telepon: '', nik: '3674015203900007' }, 'A');
    expect(await db.anggota.get(h.anggotaId)).toMatchObject({ nik: '3674015203900007', tanggalLahir: '1990-03-12', jenisKelamin: 'P' });
  });

  it('makes a draft enrollment for "ingin mendaftar", and takes back only a draft nobody touched', async () => {
    const { repo, kegiatan, siti, ahmad, maju, db } = await setup();
    const { kehadiran } = await repo.checkIn({ kegiatanId: kegiatan.id, anggotaId: siti.id, koperasiId: maju.id, petugas: 'A' });
    const on = await repo.setInginMendaftar(kehadiran.id, true);
    const draft = await db.kepesertaan.get(on.kepesertaanId);
    expect(draft).toMatchObject({ status: 'draf', kategori: 'PU', kegiatanId: kegiatan.id, anggotaId: siti.id, koperasiId: maju.id, upah: 0 });
    const off = await repo.setInginMendaftar(kehadiran.id, false);
    expect(off).toMatchObject({ inginMendaftar: false, kepesertaanId: '' });
    expect((await db.kepesertaan.get(draft!.id))?.deleted).toBe(1);

    // Someone already enrolling through the cooperative is linked to that enrollment, which then stays.
    const checked = await repo.checkIn({ kegiatanId: kegiatan.id, anggotaId: ahmad.id, koperasiId: maju.id, petugas: 'A' });
    const first = await repo.setInginMendaftar(checked.kehadiran.id, true);
    const linked = await db.kepesertaan.get(first.kepesertaanId);
    expect(linked?.kategori).toBe('BPU');
    await db.kepesertaan.update(linked!.id, { changedAt: 'later' });
    await repo.setInginMendaftar(checked.kehadiran.id, false);
    expect((await db.kepesertaan.get(linked!.id))?.deleted).toBe(0);
    const again = await repo.setInginMendaftar(checked.kehadiran.id, true);
    expect(again.kepesertaanId).toBe(linked!.id);
    expect(await db.kepesertaan.where('anggotaId').equals(ahmad.id).count()).toBe(1);
  });

  it('asks for a cooperative before an attendee without one can enroll', async () => {
    const { repo, kegiatan } = await setup();
    const h = await repo.walkIn(kegiatan.id, { nama: 'Tanpa Koperasi', koperasiId: '', jabatan: '', telepon: '', nik: '' }, 'A');
    await expect(repo.setInginMendaftar(h.id, true)).rejects.toBeInstanceOf(NoKoperasiError);
  });

  it('finds people by name, NIK, phone and by an invited cooperative, invited people first', async () => {
    const { repo, kegiatan, ahmad, siti, budi, maju, kegiatanRepo } = await setup();
    const byName = await repo.search(kegiatan, 'ahm');
    expect(byName.rows.map((r) => r.anggota.id)).toEqual([ahmad.id]);
    expect(byName.rows[0]).toMatchObject({ diundang: true, jabatan: 'Ketua', peran: 'pengurus', kehadiran: undefined });
    expect(byName.rows[0]!.koperasi?.id).toBe(maju.id);
    expect((await repo.search(kegiatan, '3674011203900001')).rows.map((r) => r.anggota.id)).toEqual([ahmad.id]);
    expect((await repo.search(kegiatan, '0812-3456-7890')).rows.map((r) => r.anggota.id)).toEqual([ahmad.id]);
    const byKoperasi = await repo.search(kegiatan, 'maju bersama');
    expect(byKoperasi.rows.map((r) => r.anggota.id)).toEqual([ahmad.id, siti.id]);
    // The pengawas of an invited cooperative is found by its name although not named in the invitation.
    expect((await repo.search(kegiatan, 'sejahtera')).rows.map((r) => [r.anggota.id, r.diundang, r.jabatan])).toEqual([[budi.id, false, 'Ketua Pengawas']]);
    expect((await repo.search(kegiatan, 'zzz')).rows).toEqual([]);
    const checked = await repo.checkIn({ kegiatanId: kegiatan.id, anggotaId: ahmad.id, koperasiId: maju.id, petugas: 'A' });
    const fresh = (await kegiatanRepo.get(kegiatan.id))!;
    expect((await repo.search(fresh, 'ahmad')).rows[0]?.kehadiran?.id).toBe(checked.kehadiran.id);
  });

  it("finds an invited cooperative's karyawan and anggota by its name, after its representatives and officers", async () => {
    const { repo, kegiatan, ahmad, siti, maju, writes, anggota } = await setup();
    const pengawas = await anggota.create({ ...emptyAnggota(), nama: 'Agus Pengawas' });
    await writes.create('peran', { anggotaId: pengawas.id, koperasiId: maju.id, peran: 'pengawas', jabatan: '', mulai: '', selesai: '', catatan: '' });
    const members = [];
    for (const [nama, peran] of [
      ['Aan Anggota', 'anggota'],
      ['Bayu Karyawan', 'karyawan'],
      ['Cici Lama', 'anggota'],
    ] as const) {
      const a = await anggota.create({ ...emptyAnggota(), nama });
      await writes.create('peran', {
        anggotaId: a.id,
        koperasiId: maju.id,
        peran,
        jabatan: '',
        mulai: '',
        selesai: nama === 'Cici Lama' ? '2020-01-01' : '',
        catatan: '',
      });
      members.push(a);
    }
    const [aan, bayu] = members;
    const found = await repo.search(kegiatan, 'maju bersama');
    // Invited (Ahmad, Siti), then the pengawas, then the members by name; a member who left is not offered.
    expect(found.rows.map((r) => r.anggota.nama)).toEqual(['Ahmad Fauzi', 'Siti Aminah', 'Agus Pengawas', 'Aan Anggota', 'Bayu Karyawan']);
    expect(found.rows.map((r) => r.anggota.id)).toEqual([ahmad.id, siti.id, pengawas.id, aan!.id, bayu!.id]);
    expect(found.rows[4]).toMatchObject({ peran: 'karyawan', diundang: false });
    expect(found.more).toBe(false);
    // The limit holds: the officers and one member fill four places, and the search says there is more.
    const few = await repo.search(kegiatan, 'maju bersama', 4);
    expect(few.rows.map((r) => r.anggota.nama)).toEqual([
      'Ahmad Fauzi',
      'Siti Aminah',
      'Agus Pengawas',
      expect.stringMatching(/^(Aan Anggota|Bayu Karyawan)$/),
    ]);
    expect(few.more).toBe(true);
  });

  it('finds the one person a scanned invitation code names, in any case, and no one for another event', async () => {
    const { repo, kegiatan, kegiatanRepo, ahmad, maju, db } = await setup();
    const kode = kodeUndangan(kegiatan.id, ahmad.id);
    const found = await repo.search(kegiatan, `${kode}\n`);
    expect(found.kodeUndangan).toBe('kegiatan_ini');
    expect(found.rows.map((r) => [r.anggota.nama, r.koperasi?.id, r.jabatan, r.diundang])).toEqual([['Ahmad Fauzi', maju.id, 'Ketua', true]]);
    expect((await repo.search(kegiatan, kode.toUpperCase())).rows.map((r) => r.anggota.id)).toEqual([ahmad.id]);
    // Checked in from the code's row, the second scan says "sudah hadir".
    await repo.checkIn({ kegiatanId: kegiatan.id, anggotaId: ahmad.id, koperasiId: maju.id, petugas: 'A' });
    expect((await repo.search(kegiatan, kode)).rows[0]?.kehadiran?.petugas).toBe('A');

    const other = await kegiatanRepo.create({ ...emptyKegiatan(), judul: 'Sosialisasi lain', tanggal: '2026-12-01', tempat: 'Aula' });
    expect(await repo.search(kegiatan, kodeUndangan(other.id, ahmad.id))).toEqual({ rows: [], more: false, kodeUndangan: 'kegiatan_lain' });
    await db.anggota.update(ahmad.id, { deleted: 1 });
    expect(await repo.search(kegiatan, kode)).toEqual({ rows: [], more: false, kodeUndangan: 'kegiatan_ini' });
  });

  it('always finds an invited person, however many others share the name, and shows at most the limit', async () => {
    const { repo, kegiatanRepo, writes, anggota, maju, siti } = await setup();
    const others = await writes.bulkCreate(
      'anggota',
      Array.from({ length: 30 }, (_, i) => ({ ...emptyAnggota(), nama: `Siti ${String.fromCharCode(65 + (i % 26))}${i}` })),
    );
    const invited = await anggota.create({ ...emptyAnggota(), nama: 'Siti Zulaikha' });
    const kegiatan = await kegiatanRepo.create({
      ...emptyKegiatan(),
      judul: 'Temu',
      tanggal: '2026-11-21',
      tempat: 'Aula',
      undangan: [{ koperasiId: maju.id, perwakilan: [invited.id], jumlahPerwakilan: 1 }],
    });
    // Siti Zulaikha sorts last of 32 Sitis: the people index's first rows never hold her, the invitation does.
    const found = await repo.search(kegiatan, 'siti', 5);
    expect(found.rows).toHaveLength(5);
    expect(found.rows[0]).toMatchObject({ anggota: { id: invited.id }, diundang: true, koperasi: { id: maju.id } });
    expect(found.more).toBe(true);
    // The rest are other Sitis, whichever the name index gives first (ids are random, so which ones varies; the
    // setup's uninvited Siti Aminah may be among them).
    const sitis = new Set([...others.map((o) => o.id), siti.id]);
    expect(found.rows.slice(1).every((r) => sitis.has(r.anggota.id) && !r.diundang)).toBe(true);
    expect((await repo.search(kegiatan, 'siti')).rows).toHaveLength(CARI_LIMIT);
  });

  it('sees a rename, a new officer and a check-in on the next keystroke', async () => {
    const { repo, kegiatan, ahmad, maju, writes, anggota } = await setup();
    expect((await repo.search(kegiatan, 'ahmad')).rows.map((r) => r.anggota.id)).toEqual([ahmad.id]);
    await anggota.update(ahmad.id, { nama: 'Achmad Fauzi' });
    expect((await repo.search(kegiatan, 'ahmad')).rows).toEqual([]);
    expect((await repo.search(kegiatan, 'achmad')).rows.map((r) => r.anggota.nama)).toEqual(['Achmad Fauzi']);
    const baru = await anggota.create({ ...emptyAnggota(), nama: 'Zaki Bendahara' });
    await writes.create('peran', { anggotaId: baru.id, koperasiId: maju.id, peran: 'pengurus', jabatan: 'Bendahara', mulai: '', selesai: '', catatan: '' });
    expect((await repo.search(kegiatan, 'maju')).rows.map((r) => r.anggota.nama)).toContain('Zaki Bendahara');
    const checked = await repo.checkIn({ kegiatanId: kegiatan.id, anggotaId: baru.id, koperasiId: maju.id, petugas: 'A' });
    expect((await repo.search(kegiatan, 'zaki')).rows[0]?.kehadiran?.id).toBe(checked.kehadiran.id);
  });

  it('keeps the rows it already read current: a check-in, its cancel, a role moved', async () => {
    const { repo, kegiatan, siti, maju, lain, writes, db } = await setup();
    const row = async () => (await repo.search(kegiatan, 'siti')).rows[0];
    expect((await row())?.koperasi?.id).toBe(maju.id);
    const { kehadiran } = await repo.checkIn({ kegiatanId: kegiatan.id, anggotaId: siti.id, koperasiId: maju.id, petugas: 'A' });
    expect((await row())?.kehadiran?.id).toBe(kehadiran.id);
    await repo.remove(kehadiran.id);
    expect((await row())?.kehadiran).toBeUndefined();
    // Siti's role moves to the other cooperative, and she is no longer on the invitation: the next keystroke says so.
    const role = (await db.peran.where('anggotaId').equals(siti.id).toArray())[0]!;
    await writes.update('peran', role.id, { koperasiId: lain.id });
    await writes.update('kegiatan', kegiatan.id, { undangan: [{ koperasiId: maju.id, perwakilan: [], jumlahPerwakilan: 3 }] });
    const moved = await repo.search((await db.kegiatan.get(kegiatan.id))!, 'siti');
    expect(moved.rows.map((r) => [r.anggota.id, r.koperasi?.id])).toEqual([[siti.id, lain.id]]);
  });

  it('abandons a search whose keystroke is stale', async () => {
    const { repo, kegiatan } = await setup();
    const stop = new AbortController();
    stop.abort();
    await expect(repo.search(kegiatan, 'ahmad', CARI_LIMIT, stop.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect((await repo.search(kegiatan, 'ahmad')).rows).toHaveLength(1);
  });

  it('checks a person of two cooperatives in for the invited one', async () => {
    const { repo, kegiatan, lain, writes, anggota } = await setup();
    const other = await writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Tidak Diundang' });
    const dua = await anggota.create({ ...emptyAnggota(), nama: 'Dua Koperasi' });
    await writes.create('peran', { anggotaId: dua.id, koperasiId: other.id, peran: 'anggota', jabatan: '', mulai: '', selesai: '', catatan: '' });
    await writes.create('peran', { anggotaId: dua.id, koperasiId: lain.id, peran: 'anggota', jabatan: '', mulai: '', selesai: '', catatan: '' });
    expect((await repo.search(kegiatan, 'dua koperasi')).rows[0]?.koperasi?.id).toBe(lain.id);
  });

  it('finds people through the first five matching invited cooperatives, in invitation order, skipping deleted ones', async () => {
    const { repo, kegiatanRepo, writes, anggota } = await setup();
    const undangan = [];
    const wakil: string[] = [];
    for (let i = 0; i < 8; i++) {
      const k = await writes.create('koperasi', { ...emptyKoperasi(), nama: `Koperasi Melati ${i}`, nomorBadanHukum: `AHU-000${i}12.AH.01.26` });
      const a = await anggota.create({ ...emptyAnggota(), nama: `Wakil ${i}` });
      undangan.push({ koperasiId: k.id, perwakilan: [a.id], jumlahPerwakilan: 1 });
      wakil.push(a.id);
      if (i === 1) await writes.remove('koperasi', k.id);
    }
    // Invitation order is not name order: the list is read in the order the office invited them.
    undangan.reverse();
    const kegiatan = await kegiatanRepo.create({ ...emptyKegiatan(), judul: 'Temu Koperasi', tanggal: '2026-11-21', tempat: 'Aula', undangan });
    const found = await repo.search(kegiatan, 'melati');
    expect(found.rows.map((r) => r.anggota.id).sort()).toEqual([wakil[7], wakil[6], wakil[5], wakil[4], wakil[3]].sort());
    expect((await repo.search(kegiatan, 'mel')).rows).toHaveLength(5);
    // By the legal number, typed with its punctuation (the whole query is matched as one token).
    expect((await repo.search(kegiatan, 'AHU-000512')).rows.map((r) => r.anggota.id)).toEqual([wakil[5]]);
    // The deleted cooperative's representative is still found by name, not by the cooperative.
    expect((await repo.search(kegiatan, 'koperasi melati 1')).rows).toEqual([]);
  });

  it('lists invited and present people by cooperative, then name', async () => {
    const { repo, kegiatan, ahmad, siti, maju } = await setup();
    const walk = await repo.walkIn(kegiatan.id, { nama: 'Zaenal', koperasiId: '', jabatan: '', telepon: '', nik: '' }, 'A');
    await repo.checkIn({ kegiatanId: kegiatan.id, anggotaId: siti.id, koperasiId: maju.id, petugas: 'A' });
    const list = await repo.listPeserta(kegiatan);
    expect(list.map((p) => [p.anggota.id, p.diundang, p.kehadiran !== undefined, p.jabatan, p.peran])).toEqual([
      [ahmad.id, true, false, 'Ketua', 'pengurus'],
      [siti.id, true, true, '', 'karyawan'],
      [walk.anggotaId, false, true, '', undefined],
    ]);
  });

  it('remembers who was confirmed at the table of each event', async () => {
    const { repo, kegiatan } = await setup();
    expect(await repo.getPetugasMeja(kegiatan.id)).toBeNull();
    await repo.setPetugasMeja(kegiatan.id, { tanggal: '2026-11-21', petugas: 'Budi Santoso' });
    expect(await repo.getPetugasMeja(kegiatan.id)).toEqual({ tanggal: '2026-11-21', petugas: 'Budi Santoso' });
    expect(await repo.getPetugasMeja('another-event')).toBeNull();
  });

  it('cancels a mistaken check-in and brings it back on undo', async () => {
    const { repo, kegiatan, ahmad, maju } = await setup();
    const { kehadiran } = await repo.checkIn({ kegiatanId: kegiatan.id, anggotaId: ahmad.id, koperasiId: maju.id, petugas: 'A' });
    await repo.remove(kehadiran.id);
    expect(await repo.listForKegiatan(kegiatan.id)).toEqual([]);
    expect((await repo.checkIn({ kegiatanId: kegiatan.id, anggotaId: ahmad.id, koperasiId: maju.id, petugas: 'A' })).hasil).toBe('hadir');
  });
});

describe('KegiatanRepository', () => {
  it('keeps an event that has check-ins, and walks the status steps', async () => {
    const { repo, kegiatanRepo, kegiatan, ahmad, maju } = await setup();
    await expect(kegiatanRepo.changeStatus(kegiatan.id, 'dilaporkan')).rejects.toThrow(/not allowed/);
    await repo.checkIn({ kegiatanId: kegiatan.id, anggotaId: ahmad.id, koperasiId: maju.id, petugas: 'A' });
    await expect(kegiatanRepo.remove(kegiatan.id)).rejects.toBeInstanceOf(KegiatanHasKehadiranError);
    await kegiatanRepo.changeStatus(kegiatan.id, 'selesai');
    await kegiatanRepo.changeStatus(kegiatan.id, 'dilaporkan');
    await expect(kegiatanRepo.changeStatus(kegiatan.id, 'berlangsung')).rejects.toThrow(/not allowed/);
    const empty = await kegiatanRepo.create({ ...emptyKegiatan(), judul: 'Rapat', tanggal: '2026-12-01', tempat: 'Kantor' });
    await kegiatanRepo.remove(empty.id);
    expect((await kegiatanRepo.list()).map((k) => k.id)).toEqual([kegiatan.id]);
  });
});

describe('KehadiranRepository.searchDiundang (the first phase, from memory)', () => {
  /** The setup, plus an invited person who is also an anggota of another invited cooperative, and namesakes. */
  async function richer() {
    const t = await setup();
    const { writes, anggota, maju, lain, kegiatanRepo, ahmad, siti } = t;
    const dewi = await anggota.create({ ...emptyAnggota(), nama: 'Dewi Sartika' });
    await writes.create('peran', { anggotaId: dewi.id, koperasiId: lain.id, peran: 'anggota', jabatan: '', mulai: '', selesai: '', catatan: '' });
    await writes.bulkCreate(
      'anggota',
      Array.from({ length: 12 }, (_, i) => ({ ...emptyAnggota(), nama: `Siti ${String.fromCharCode(65 + i)}${i}` })),
    );
    const kegiatan = await kegiatanRepo.create({
      ...emptyKegiatan(),
      judul: 'Sosialisasi BPJS Ketenagakerjaan',
      tanggal: '2026-11-21',
      tempat: 'Aula Dinas',
      // Dewi is invited for Maju Bersama, and is an anggota of KSP Sejahtera: "sejahtera" finds her too.
      undangan: [
        { koperasiId: maju.id, perwakilan: [ahmad.id, siti.id, dewi.id], jumlahPerwakilan: 3 },
        { koperasiId: lain.id, perwakilan: [], jumlahPerwakilan: 2 },
      ],
    });
    return { ...t, kegiatan, dewi };
  }

  it('answers exactly the first rows of the full search, for every query that is not a number', async () => {
    const { repo, kegiatan, dewi, ahmad } = await richer();
    await repo.checkIn({ kegiatanId: kegiatan.id, anggotaId: ahmad.id, koperasiId: kegiatan.undangan[0]!.koperasiId, petugas: 'A' });
    const queries = ['s', 'si', 'sit', 'siti', 'siti a', 'ahm', 'ahmad fauzi', 'maju', 'maju bersama', 'sejahtera', 'ksp', 'dewi', 'budi', 'zzz', 'a'];
    for (const limit of [2, 3, CARI_LIMIT]) {
      for (const q of queries) {
        const first = (await repo.searchDiundang(kegiatan, q, limit))!;
        const full = await repo.search(kegiatan, q, limit);
        expect(first.more, q).toBe(false);
        expect(full.rows.slice(0, first.rows.length), `${q} (limit ${limit})`).toEqual(first.rows);
        expect(first.rows.every((r) => r.diundang)).toBe(true);
        // Short of the limit, it holds every invited row: the full search adds only people not invited below.
        if (first.rows.length < limit)
          expect(
            full.rows.slice(first.rows.length).some((r) => r.diundang),
            q,
          ).toBe(false);
      }
    }
    expect((await repo.searchDiundang(kegiatan, 'sejahtera'))!.rows.map((r) => r.anggota.id)).toEqual([dewi.id]);
    expect((await repo.searchDiundang(kegiatan, 'ahmad'))!.rows[0]?.kehadiran?.petugas).toBe('A');
  });

  it('leaves numbers and check-in codes to the full search', async () => {
    const { repo, kegiatan, ahmad } = await setup();
    expect(await repo.searchDiundang(kegiatan, '3674011203900001')).toBeUndefined();
    expect(await repo.searchDiundang(kegiatan, '0812-3456')).toBeUndefined();
    expect(await repo.searchDiundang(kegiatan, kodeUndangan(kegiatan.id, ahmad.id))).toBeUndefined();
    expect(await repo.searchDiundang(kegiatan, '  ')).toEqual({ rows: [], more: false });
  });

  it('reads nothing but the freshness keys once the memo is built', async () => {
    const { repo, kegiatan, db, maju } = await richer();
    await repo.searchDiundang(kegiatan, 'x');
    const reads: string[] = [];
    for (const table of [db.anggota, db.peran, db.koperasi, db.kehadiran])
      for (const method of ['get', 'bulkGet', 'where', 'toArray', 'filter'] as const)
        vi.spyOn(table, method).mockImplementation(() => {
          reads.push(`${table.name}.${method}`);
          throw new Error(`read ${table.name}.${method}`);
        });
    const rows = (await repo.searchDiundang(kegiatan, 'maju'))!.rows;
    expect(rows.map((r) => [r.anggota.nama, r.koperasi?.id, r.jabatan])).toEqual([
      ['Ahmad Fauzi', maju.id, 'Ketua'],
      ['Dewi Sartika', maju.id, ''],
      ['Siti Aminah', maju.id, ''],
    ]);
    expect((await repo.searchDiundang(kegiatan, 'sit'))!.rows).toHaveLength(1);
    expect(reads).toEqual([]);
    vi.restoreAllMocks();
  });

  it('sees a rename, a walk-in and an import on the next keystroke', async () => {
    const { repo, kegiatan, ahmad, anggota, maju } = await setup();
    const names = async (q: string) => (await repo.searchDiundang(kegiatan, q))!.rows.map((r) => r.anggota.nama);
    expect(await names('ahm')).toEqual(['Ahmad Fauzi']);
    await anggota.update(ahmad.id, { nama: 'Achmad Fauzi' });
    expect(await names('ahm')).toEqual([]);
    expect(await names('ach')).toEqual(['Achmad Fauzi']);
    // A walk-in is not invited: the first phase leaves them to the full search, and keeps answering for the invited.
    const h = await repo.walkIn(kegiatan.id, { nama: 'Achmad Walk', koperasiId: maju.id, jabatan: '', telepon: '', nik: '' }, 'A');
    expect(await names('ach')).toEqual(['Achmad Fauzi']);
    expect((await repo.search(kegiatan, 'ach')).rows.map((r) => [r.anggota.nama, r.kehadiran?.id])).toEqual([
      ['Achmad Fauzi', undefined],
      ['Achmad Walk', h.id],
    ]);
  });

  it("sees another laptop's rename and check-in, merged from its file, on the next keystroke", async () => {
    const a = await openDevice('laptop-a');
    const maju = await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju Bersama' });
    const ahmad = await a.repos.anggota.create({ ...emptyAnggota(), nama: 'Ahmad Fauzi' });
    const kegiatan = await a.repos.kegiatan.create({
      ...emptyKegiatan(),
      judul: 'Temu',
      tanggal: '2026-11-21',
      tempat: 'Aula',
      undangan: [{ koperasiId: maju.id, perwakilan: [ahmad.id], jumlahPerwakilan: 1 }],
    });
    const b = await openDevice('laptop-b', Date.parse('2026-11-21T09:00:00.000Z'));
    await importInto(b, await exportFrom(a));
    const rows = async () => (await b.repos.kehadiran.searchDiundang(kegiatan, 'ahm'))!.rows.map((r) => [r.anggota.nama, r.kehadiran?.petugas]);
    expect(await rows()).toEqual([['Ahmad Fauzi', undefined]]);
    await a.repos.anggota.update(ahmad.id, { nama: 'Ahmad Fauzi Rahman' });
    await a.repos.kehadiran.checkIn({ kegiatanId: kegiatan.id, anggotaId: ahmad.id, koperasiId: maju.id, petugas: 'Petugas A' });
    await importInto(b, await exportFrom(a));
    expect(await rows()).toEqual([['Ahmad Fauzi Rahman', 'Petugas A']]);
  });
});

describe('appendFullAnswer', () => {
  it("keeps the first phase's rows in place, brought up to date, and puts the full answer's others below", async () => {
    const { repo, kegiatan, ahmad, siti, budi, maju } = await setup();
    const row = async (id: string) => (await repo.listPeserta(kegiatan)).find((p) => p.anggota.id === id)!;
    const [a, s] = [await row(ahmad.id), await row(siti.id)];
    const b = { ...a, anggota: budi, diundang: false };
    const checkedIn = { ...a, kehadiran: { id: 'h1' } as never };
    const first = { rows: [a, s], more: false };
    // A record that changed between the two reads moves nothing: Siti stays second, Ahmad's row is the newer one.
    expect(appendFullAnswer(first, { rows: [s, checkedIn, b], more: true })).toEqual({ rows: [checkedIn, s, b], more: true });
    expect(appendFullAnswer(first, { rows: [a, s, b], more: false }, 2)).toEqual({ rows: [a, s], more: true });
    expect(appendFullAnswer({ rows: [], more: false }, { rows: [b], more: false }).rows).toEqual([b]);
    expect(a.koperasi?.id).toBe(maju.id);
  });
});
