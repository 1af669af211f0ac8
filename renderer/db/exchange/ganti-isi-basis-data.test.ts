import { describe, expect, it } from 'vitest';
import { emptyKoperasi } from '../../../shared/koperasi/koperasi-schema';
import { createExchangeWorkerApi } from '../../exchange/exchange-worker-api';
import { bacaKeadaan, cerminkanDeviceId, tetapkanIdentitas } from '../keadaan-basis-data';
import { openDevice } from '../../test-support/test-devices';

const manifest = {
  appVersion: '0.1.0',
  kantor: { kode: '32.04', nama: 'Dinas Koperasi Uji' },
  deviceId: 'laptop-a',
  petugas: 'Rina',
  nomorEkspor: 7,
  dibuat: '2026-11-21T08:00:00.000Z',
  tujuan: 'Cadangan otomatis',
};

describe('backup and restore (createCadangan, previewRestore, restore)', () => {
  it('checks a backup, then replaces the records in one step; identity and device id stay, the clock moves on', async () => {
    const a = await openDevice('laptop-a', Date.now() - 60_000);
    await tetapkanIdentitas(a.db, 'db-1');
    await cerminkanDeviceId(a.db, 'laptop-a');
    const kept = await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju Bersama' });
    const gone = await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'KUD Sumber Tani' });
    await a.writes.remove('koperasi', gone.id);
    const worker = createExchangeWorkerApi(async () => a.db);
    const backup = await worker.createCadangan({ passphrase: 'kunci-os', manifest, iterations: 1000 });
    expect(backup.jumlah).toMatchObject({ koperasi: 2, anggota: 0 });

    // Work after the backup: an edit, a new record, a conflict-free restore of the deleted one.
    await a.writes.update('koperasi', kept.id, { nama: 'Koperasi Maju Jaya' });
    await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Baru' });
    const before = await bacaKeadaan(a.db);

    const preview = await worker.previewRestore([{ berkas: 'a.kopl', bytes: backup.bytes }], 'kunci-os');
    expect(preview.manifest.isi.koperasi.jumlah).toBe(2);
    expect(await worker.countHere()).toMatchObject({ koperasi: 3 });
    const importHlc = a.writes.stampImport(preview.newest);
    await worker.restore({ importHlc, deviceId: 'laptop-a', petugas: 'Rina' });

    const rows = (await a.db.koperasi.toArray()).sort((x, y) => x.nama.localeCompare(y.nama));
    expect(rows.map((k) => [k.nama, k.deleted])).toEqual([
      ['Koperasi Maju Bersama', 0],
      ['KUD Sumber Tani', 1],
    ]);
    const after = await bacaKeadaan(a.db);
    expect(after).toMatchObject({ identitas: 'db-1', deviceId: 'laptop-a', jumlah: { koperasi: 1 } });
    expect(after.jamTerbaru > before.jamTerbaru).toBe(true);
    expect(a.writes.deviceId).toBe('laptop-a');
  });

  it('refuses a backup opened with another key, and changes nothing', async () => {
    const a = await openDevice('laptop-a', Date.now() - 60_000);
    await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju Bersama' });
    const worker = createExchangeWorkerApi(async () => a.db);
    const backup = await worker.createCadangan({ passphrase: 'kunci-os', manifest, iterations: 1000 });
    await expect(worker.previewRestore([{ berkas: 'a.kopl', bytes: backup.bytes }], 'kunci-lain')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await expect(worker.restore({ importHlc: a.writes.stampImport(''), deviceId: 'laptop-a', petugas: '' })).rejects.toThrow();
    expect(await a.db.koperasi.count()).toBe(1);
  });
});
