import { useCallback, useMemo, useState } from 'react';
import type { AppInfo, Settings } from '../../shared/settings/settings';
import { ToastProvider } from '../components/toast';
import type { CadanganService } from '../cadangan/cadangan-service';
import type { Repositories } from '../db/repositories';
import type { ExchangeService } from '../exchange/exchange-service';
import { SetupPage } from '../features/setup/setup-page';
import { AppProvider } from './app-context';
import { AppRoutes } from './app-routes';
import { CadanganSaatTutup } from './cadangan-saat-tutup';

/** The app once booted: first-run setup until the office profile exists, then the product. */
export function App(props: {
  info: AppInfo;
  settings: Settings;
  repositories: Repositories;
  exchange: ExchangeService;
  cadangan: CadanganService;
  /** Told of every settings change, for services outside React that read the current settings. */
  onSettingsChange?: (settings: Settings) => void;
  /** Whether anything was written since the last backup: a close then waits for the backup at quit. */
  hasChangesSinceCadangan?: () => boolean;
}) {
  const [settings, setSettingsState] = useState(props.settings);
  const { onSettingsChange } = props;
  const setSettings = useCallback(
    (next: Settings) => {
      onSettingsChange?.(next);
      setSettingsState(next);
    },
    [onSettingsChange],
  );
  const services = useMemo(
    () => ({ info: props.info, ...props.repositories, exchange: props.exchange, cadangan: props.cadangan, settings, setSettings }),
    [props.info, props.repositories, props.exchange, props.cadangan, settings, setSettings],
  );
  return (
    <AppProvider value={services}>
      <ToastProvider>{settings.officeProfile ? <AppRoutes /> : <SetupPage onDone={setSettings} />}</ToastProvider>
      {props.hasChangesSinceCadangan && <CadanganSaatTutup adaPerubahan={props.hasChangesSinceCadangan} />}
    </AppProvider>
  );
}
