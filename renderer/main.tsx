import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { petugasBertugas } from '../shared/settings/petugas-bertugas';
import { App } from './app/app';
import { BootFailure } from './app/boot-failure';
import { ChangeClock } from './db/change-clock';
import { openKopLindungDb } from './db/database';
import { createRepositories } from './db/repositories';
import { WritePath } from './db/write-path';
import { desktop, DesktopMissingError, unwrap } from './desktop';
import { ExchangeService } from './exchange/exchange-service';
import { initI18n } from './i18n/i18n';
import { requestPersistentStorage } from './storage/persistent-storage';
import './styles/app.css';
import './styles/print.css';

/**
 * Start-up: settings and the device id from main, the language, the database (with the clock resumed from its
 * journal), persistent storage. If the database cannot be opened the app says so and never replaces it.
 */
async function boot() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const [info, settings] = await Promise.all([unwrap(desktop().app.getInfo()), unwrap(desktop().settings.get())]);
    await initI18n(settings.locale);
    let db;
    try {
      db = await openKopLindungDb();
    } catch (error) {
      console.error(error);
      root.render(<BootFailure reason="dbFailed" />);
      return;
    }
    void requestPersistentStorage();
    // The write path and the service outlive renders, so they read the settings (office, officer on duty) as they are
    // at each change and each export.
    let current = settings;
    const writes = new WritePath(db, await ChangeClock.resume(db, settings.deviceId), () => petugasBertugas(current));
    const repositories = createRepositories(db, writes);
    const pertukaran = new ExchangeService({
      writes, ekspor: repositories.ekspor, info, settings: () => current, petugas: () => petugasBertugas(current),
    });
    root.render(
      <StrictMode>
        <App info={info} settings={settings} repositories={repositories} pertukaran={pertukaran} onSettingsChange={(next) => (current = next)} />
      </StrictMode>,
    );
  } catch (error) {
    console.error(error);
    await initI18n('id').catch(() => undefined);
    root.render(<BootFailure reason={error instanceof DesktopMissingError ? 'noDesktop' : 'dbFailed'} />);
  }
}

void boot();
