// Must stay the first import: the Trusted Types policy exists before any module can reach a sink.
import './security/install-trusted-types';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { StatusBasisData } from '../shared/cadangan/status-basis-data';
import type { AppInfo, Settings } from '../shared/settings/settings';
import { petugasBertugas } from '../shared/settings/petugas-bertugas';
import { App } from './app/app';
import { BatasGalat } from './app/batas-galat';
import { BootFailure } from './app/boot-failure';
import { tandaiMulai } from './app/tandai-mulai';
import { CadanganService } from './cadangan/cadangan-service';
import { PenjagaBasisData } from './cadangan/penjaga-basis-data';
import { periksaBasisDataAwal } from './cadangan/periksa-basis-data-awal';
import { perluCadanganSebelumPembaruan } from './cadangan/cadangan-sebelum-pembaruan';
import { ChangeClock } from './db/change-clock';
import { DEFAULT_DB_NAME, openKopLindungDb, type KopLindungDb } from './db/database';
import { deleteDatabase } from './db/delete-database';
import { bacaKeadaan, cerminkanDeviceId, tetapkanIdentitas } from './db/keadaan-basis-data';
import { kosongkanTerhapusLama } from './db/kosongkan-terhapus-lama';
import { createRepositories } from './db/repositories';
import { WritePath } from './db/write-path';
import { desktop, DesktopMissingError, unwrap } from './desktop';
import { ExchangeService } from './exchange/exchange-service';
import { PemulihanPage } from './features/pemulihan/pemulihan-page';
import { failureReason } from './i18n/failure-reason';
import { initI18n } from './i18n/i18n';
import { requestPersistentStorage } from './storage/persistent-storage';
import { laporGalat } from './log/lapor-galat';
import { pasangPenjagaGalat } from './log/penjaga-galat';
import './styles/app.css';
import './styles/print.css';

/** How long after start the retention pass waits (the first screen reads the database first). */
const RETENSI_SETELAH_MS = 5000;

/**
 * The write path over `db`, its clock resumed from the journal and never behind the newest clock main recorded
 * (a database restored from an older backup must not issue stamps older than ones already sent out).
 */
async function penulisan(db: KopLindungDb, deviceId: string, tercatat: StatusBasisData | null, current: () => Settings) {
  const clock = await ChangeClock.resume(db, deviceId);
  try {
    if (tercatat?.jamTerbaru) clock.receive(tercatat.jamTerbaru);
  } catch {
    // A recorded clock from the future (the wall clock was set back since): the journal's own clock stands.
  }
  return new WritePath(db, clock, () => petugasBertugas(current()));
}

/**
 * Start-up: settings and the device id from main, the language, then the database judged against main's record of
 * it (identity, counts, newest clock). A database missing, recreated, much smaller than recorded or failing to open
 * stops on the recovery page; it is never silently replaced by an empty one.
 */
async function boot() {
  tandaiMulai('skrip');
  const root = createRoot(document.getElementById('root')!);
  try {
    const [info, settings, tercatat] = await Promise.all([
      unwrap(desktop().app.getInfo()),
      unwrap(desktop().settings.get()),
      unwrap(desktop().database.getState()),
    ]);
    tandaiMulai('pengaturan');
    const i18n = await initI18n(settings.locale);
    // Always a backup before a schema upgrade, read as the older app left the database; no backup, no upgrade.
    if (await perluCadanganSebelumPembaruan()) {
      const cadangan = new CadanganService({ info, settings: () => settings, petugas: () => petugasBertugas(settings) });
      try {
        await cadangan.createBeforePembaruan(DEFAULT_DB_NAME);
      } catch (error) {
        console.error('[cadangan] sebelum pembaruan', error);
        root.render(<BootFailure reason="cadanganPembaruan" detail={failureReason(i18n.t, error)} />);
        return;
      } finally {
        await cadangan.discard();
      }
    }
    const awal = await periksaBasisDataAwal(tercatat);
    tandaiMulai('keadaan-basis-data');
    if (!awal.keputusan.lanjut) {
      const bukaUlang = async (kosongkan: boolean) => {
        awal.db?.close();
        if (kosongkan) await deleteDatabase(DEFAULT_DB_NAME);
        const db = await openKopLindungDb();
        const writes = await penulisan(db, settings.deviceId, tercatat, () => settings);
        const penjaga = new PenjagaBasisData(db, async () => undefined);
        const cadangan = new CadanganService({ writes, info, settings: () => settings, petugas: () => petugasBertugas(settings) });
        const identitas = tercatat?.identitas ?? crypto.randomUUID();
        const sahkan = async () => {
          if ((await bacaKeadaan(db)).identitas === undefined) await tetapkanIdentitas(db, identitas);
          await cerminkanDeviceId(db, settings.deviceId);
          await penjaga.saveState();
        };
        return { cadangan, sahkan };
      };
      root.render(
        <StrictMode>
          <BatasGalat>
            <PemulihanPage keputusan={awal.keputusan} dapatDibuka={awal.db !== undefined} bukaUlang={bukaUlang} />
          </BatasGalat>
        </StrictMode>,
      );
      return;
    }
    await mulaiAplikasi(root, awal.db!, info, settings, tercatat);
  } catch (error) {
    console.error(error);
    laporGalat('boot', error);
    await initI18n('id').catch(() => undefined);
    root.render(<BootFailure reason={error instanceof DesktopMissingError ? 'noDesktop' : 'dbFailed'} />);
  }
}

async function mulaiAplikasi(root: Root, db: KopLindungDb, info: AppInfo, settings: Settings, tercatat: StatusBasisData | null) {
  const keadaan = await bacaKeadaan(db);
  if (keadaan.identitas === undefined) await tetapkanIdentitas(db, crypto.randomUUID());
  // The database keeps the device id that stamped its records: settings that lost it get it back, never a new one.
  if (keadaan.deviceId === undefined) await cerminkanDeviceId(db, settings.deviceId);
  else if (keadaan.deviceId !== settings.deviceId) {
    settings = await unwrap(desktop().settings.repairDeviceId(keadaan.deviceId));
    info = { ...info, deviceId: settings.deviceId };
  }
  void requestPersistentStorage();
  // The write path and the services outlive renders, so they read the settings (office, officer on duty) as they
  // are at each change, each export and each backup.
  let current = settings;
  const writes = await penulisan(db, settings.deviceId, tercatat, () => current);
  tandaiMulai('penulisan');
  const repositories = createRepositories(db, writes);
  // Main's record of the database is written again right after a restore or an import (done in a worker), so a
  // restore to an older backup or an import full of deletions is never mistaken for a loss at the next start.
  const saveState = (): Promise<void> => penjaga.saveState();
  const cadangan = new CadanganService({
    writes,
    info,
    settings: () => current,
    petugas: () => petugasBertugas(current),
    afterRestore: saveState,
    onCadanganStart: () => penjaga.onCadanganStart(),
  });
  const penjaga = new PenjagaBasisData(db, (alasan) => cadangan.create(alasan));
  const exchange = new ExchangeService({
    writes,
    ekspor: repositories.ekspor,
    info,
    settings: () => current,
    petugas: () => petugasBertugas(current),
    beforeApply: () => cadangan.create('sebelum-impor'),
    afterApply: saveState,
  });
  await penjaga.startWatching();
  // Retention: tombstones of people deleted longer ago than the office's setting lose their personal data. A few
  // seconds after start, so its reads never queue ahead of the first screen's.
  setTimeout(() => {
    void kosongkanTerhapusLama(db, repositories.anggota, settings.retensiTerhapusHari).catch((error: unknown) => console.error('[retensi]', error));
  }, RETENSI_SETELAH_MS);
  tandaiMulai('tampil');
  root.render(
    <StrictMode>
      <BatasGalat>
        <App
          info={info}
          settings={settings}
          repositories={repositories}
          exchange={exchange}
          cadangan={cadangan}
          onSettingsChange={(next) => (current = next)}
          hasChangesSinceCadangan={() => penjaga.hasChangesSinceCadangan()}
        />
      </BatasGalat>
    </StrictMode>,
  );
}

pasangPenjagaGalat();
void boot();
