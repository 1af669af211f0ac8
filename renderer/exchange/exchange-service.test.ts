import type { Remote } from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyKoperasi } from '../../shared/koperasi/koperasi-schema';
import type { Settings } from '../../shared/settings/settings';
import { openDevice, type TestDevice } from '../test-support/test-devices';
import { BundleError } from './bundle-error';
import { ExchangeService } from './exchange-service';
import { createExchangeWorkerApi, type ExchangeWorkerApi } from './exchange-worker-api';
import { withOutcomes, type Outcomes } from './worker-outcome';

const manifest = {
  appVersion: '0.1.0',
  kantor: { kode: '32.04', nama: 'Dinas Koperasi Uji' },
  deviceId: 'laptop-a',
  petugas: 'Rina',
  nomorEkspor: 1,
  dibuat: '2026-11-21T08:00:00.000Z',
  tujuan: 'Kantor Dinas',
};

/** The service as the Pertukaran Data screen builds it, on a test laptop, with the worker running in-process. */
function serviceOn(device: TestDevice, settings: Partial<Settings> = {}): ExchangeService {
  const worker = withOutcomes(createExchangeWorkerApi(async () => device.db)) as unknown as Remote<Outcomes<ExchangeWorkerApi>>;
  return new ExchangeService({
    writes: device.writes,
    ekspor: device.repos.ekspor,
    info: { name: 'KopLindung', version: '0.1.0', deviceId: device.deviceId, shell: 'harness', pengaturanDipulihkan: null },
    settings: () => settings as Settings,
    petugas: () => 'Dewi',
    worker: () => worker,
  });
}

describe('ExchangeService', () => {
  it("refuses in the preview, with the app's own code, a file this laptop's clock could not stamp an import after", async () => {
    const a = await openDevice('laptop-a', Date.now() - 60_000);
    await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju Bersama' });
    const { bytes } = await createExchangeWorkerApi(async () => a.db).export({ jenis: 'semua', sejak: '', manifest, passphrase: null });

    // This laptop's clock ran ahead of its wall time with its counter near the top (an earlier import from a fast clock).
    const office = await openDevice('kantor-dinas', Date.now());
    office.clock.receive(`${new Date(Date.now() + 60_000).toISOString()}-FFFD-laptop-c`);
    const service = serviceOn(office);
    const refused = await service.preview({ namaBerkas: 'a.kopl', bytes, encrypted: false }, null).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(BundleError);
    expect(refused).toMatchObject({ code: 'clock-overflow' });
    expect(await office.db.koperasi.count()).toBe(0);
  });

  it('stops an import cancelled while it is applied (Batal), leaving the database exactly as it was', async () => {
    const a = await openDevice('laptop-a', Date.now() - 60_000);
    for (let i = 0; i < 3; i++) await a.writes.create('koperasi', { ...emptyKoperasi(), nama: `Koperasi Maju ${i}` });
    const { bytes } = await createExchangeWorkerApi(async () => a.db).export({ jenis: 'semua', sejak: '', manifest, passphrase: null });
    const office = await openDevice('kantor-dinas', Date.now());
    await office.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Kantor' });
    const before = { koperasi: await office.db.koperasi.toArray(), journal: await office.db.journal.count(), impor: await office.db.impor.count() };
    const service = serviceOn(office);
    await service.preview({ namaBerkas: 'a.kopl', bytes, encrypted: false }, null);
    // Batal as soon as the first table (the cooperatives) has been merged inside the transaction.
    const cancelled = await service
      .apply(() => void service.cancel())
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(cancelled).toMatchObject({ code: 'cancelled' });
    expect(await office.db.koperasi.toArray()).toEqual(before.koperasi);
    expect(await office.db.journal.count()).toBe(before.journal);
    expect(await office.db.impor.count()).toBe(before.impor);
    // The preview stays: applied again without Batal, the import goes through.
    const log = await service.apply();
    expect(log.hasil.baru).toBe(3);
    expect(await office.db.koperasi.count()).toBe(4);
  });

  describe('Batal while a file is checked', () => {
    /** An office laptop with one cooperative, and a file of 40 from laptop A, checked through the service. */
    async function checking() {
      const a = await openDevice('laptop-a', Date.now() - 60_000);
      await a.writes.bulkCreate(
        'koperasi',
        Array.from({ length: 40 }, (_, i) => ({ ...emptyKoperasi(), nama: `Koperasi Maju ${i}` })),
      );
      const { bytes } = await createExchangeWorkerApi(async () => a.db).export({
        jenis: 'semua',
        sejak: '',
        manifest,
        passphrase: 'sandi kantor dinas',
        iterations: 1000,
      });
      const office = await openDevice('kantor-dinas', Date.now());
      await office.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Kantor' });
      const service = serviceOn(office);
      const snapshot = async () => ({
        koperasi: await office.db.koperasi.toArray(),
        journal: await office.db.journal.count(),
        impor: await office.db.impor.count(),
      });
      return { service, berkas: { namaBerkas: 'a.kopl', bytes, encrypted: true }, snapshot };
    }

    // The check reports the decode in the first half of its bar: as it reads the manifest (done 0) and when every
    // record is checked (half), right before the dry run of the merge. Batal at each stops the check there.
    for (const [when, at] of [
      ['while the file is decoded', (done: number) => done === 0],
      ['before the dry run of the merge', (done: number, total: number) => done * 2 === total],
    ] as const) {
      it(`stops the check ${when}, keeps no preview, writes nothing, and the file can be checked again`, async () => {
        const { service, berkas, snapshot } = await checking();
        const before = await snapshot();
        let asked = false;
        const cancelled = await service
          .preview(berkas, 'sandi kantor dinas', (done, total) => {
            if (!asked && at(done, total)) {
              asked = true;
              void service.cancel();
            }
          })
          .then(
            () => undefined,
            (e: unknown) => e,
          );
        expect(asked).toBe(true);
        expect(cancelled).toMatchObject({ code: 'cancelled' });
        await expect(service.apply()).rejects.toThrow('No previewed bundle');
        expect(await snapshot()).toEqual(before);
        const preview = await service.preview(berkas, 'sandi kantor dinas');
        expect(preview.counts.baru).toBe(40);
      });
    }

    it('moves one bar through the decode and the dry run, then estimates the apply, then keeps the durations', async () => {
      const { service, berkas } = await checking();
      const reports: number[] = [];
      const first = await service.preview(berkas, 'sandi kantor dinas', (done, total) => reports.push(done / total));
      expect(reports[0]).toBe(0);
      expect(reports).toContain(0.5);
      expect(reports.at(-1)).toBe(1);
      expect(reports).toEqual([...reports].sort((x, y) => x - y));
      expect(first.perkiraan.dasar).toBe('pratinjau');
      expect(first.perkiraan.ms).toBeGreaterThanOrEqual(0);
      const log = await service.apply();
      expect(log.durasi?.terapkanMs).toBeGreaterThanOrEqual(0);
      expect(log.durasi?.pratinjauMs).toBeGreaterThanOrEqual(0);
    });
  });

  describe('an export', () => {
    afterEach(() => vi.unstubAllGlobals());

    /** An export whose save dialog answers `answer` and reports the export log as it was while main wrote. */
    async function exportWith(answer: 'cancel' | 'save' | 'fail') {
      const a = await openDevice('laptop-a', Date.now() - 60_000);
      await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju Bersama' });
      const duringWrite: unknown[] = [];
      vi.stubGlobal('window', {
        desktop: {
          files: {
            saveBytes: async (request: { kind: string; suggestedName: string }) => {
              duringWrite.push(...(await a.repos.ekspor.listRecent()).map((r) => ({ status: r.status, namaBerkas: r.namaBerkas, kind: request.kind })));
              if (answer === 'fail') return { ok: false, error: { code: 'io-failed', message: 'disk full' } };
              return { ok: true, value: answer === 'cancel' ? { saved: false } : { saved: true, filePath: `/media/usb/${request.suggestedName}` } };
            },
          },
        },
      });
      const service = serviceOn(a, { officeProfile: null });
      const outcome = await service.export({ jenis: 'semua', tujuan: 'Kantor Dinas', passphrase: 'sandi kantor dinas' }).then(
        (o) => o,
        (e: unknown) => e,
      );
      return { outcome, duringWrite, after: await a.repos.ekspor.listRecent(), a };
    }

    it('is logged as pending, as a bundle kind, while main writes it, and completed after', async () => {
      const { outcome, duringWrite, after, a } = await exportWith('save');
      expect(duringWrite).toEqual([{ status: 'tertunda', namaBerkas: expect.stringMatching(/\.kopl$/), kind: 'bundle' }]);
      expect(outcome).toMatchObject({ saved: true });
      expect(after).toHaveLength(1);
      expect(after[0]!.status).toBeUndefined();
      expect(await a.repos.ekspor.findLastTo('Kantor Dinas')).toMatchObject({ id: after[0]!.id });
    });

    it('stops when the officer presses Batal while the file is made: nothing is saved or logged', async () => {
      const a = await openDevice('laptop-a', Date.now() - 60_000);
      await a.writes.bulkCreate(
        'koperasi',
        Array.from({ length: 40 }, (_, i) => ({ ...emptyKoperasi(), nama: `Koperasi Maju ${i}` })),
      );
      const saveBytes = vi.fn();
      vi.stubGlobal('window', { desktop: { files: { saveBytes } } });
      const service = serviceOn(a, { officeProfile: null });
      const nomor = await a.repos.ekspor.getNextNomor();
      // Batal at the encoder's first report (done 0, before any chunk): the collect already ran, the encode stops.
      const outcome = await service
        .export({ jenis: 'semua', tujuan: 'Kantor Dinas', passphrase: 'sandi kantor dinas' }, () => void service.cancel())
        .then(
          (o) => o,
          (e: unknown) => e,
        );
      expect(outcome).toMatchObject({ code: 'cancelled' });
      expect(saveBytes).not.toHaveBeenCalled();
      expect(await a.repos.ekspor.listRecent()).toEqual([]);
      expect(await a.repos.ekspor.getNextNomor()).toBe(nomor);
    });

    it('leaves no entry when the officer cancels the dialog or the write fails whole', async () => {
      const cancelled = await exportWith('cancel');
      expect(cancelled.duringWrite).toHaveLength(1);
      expect(cancelled.outcome).toEqual({ saved: false });
      expect(cancelled.after).toEqual([]);
      const failed = await exportWith('fail');
      expect(failed.outcome).toMatchObject({ code: 'io-failed' });
      expect(failed.after).toEqual([]);
    });
  });

  describe('an unencrypted file', () => {
    afterEach(() => vi.unstubAllGlobals());

    async function pick(izinkanImporTanpaEnkripsi: boolean, passphrase: string | null) {
      const a = await openDevice('laptop-a', Date.now() - 60_000);
      await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju Bersama' });
      const { bytes } = await createExchangeWorkerApi(async () => a.db).export({ jenis: 'semua', sejak: '', manifest, passphrase, iterations: 1000 });
      vi.stubGlobal('window', {
        desktop: { files: { openFile: async () => ({ ok: true, value: { opened: true, fileName: 'a.kopl', size: bytes.length, bytes } }) } },
      });
      const service = serviceOn(a, { izinkanImporTanpaEnkripsi });
      return service.pickFile().then(
        (berkas) => berkas,
        (e: unknown) => e,
      );
    }

    it('is refused before any passphrase while Pengaturan does not allow it', async () => {
      expect(await pick(false, null)).toMatchObject({ code: 'unencrypted-refused' });
    });

    it('is accepted, marked unencrypted, once the office allows it; an encrypted one always is', async () => {
      expect(await pick(true, null)).toMatchObject({ namaBerkas: 'a.kopl', encrypted: false });
      expect(await pick(false, 'sandi kantor dinas')).toMatchObject({ namaBerkas: 'a.kopl', encrypted: true });
    });
  });
});
