import { useMemo, useState } from 'react';
import type { AppInfo, Settings } from '../../shared/settings/settings';
import { ToastProvider } from '../components/toast';
import type { Repositories } from '../db/repositories';
import { SetupPage } from '../features/setup/setup-page';
import { AppProvider } from './app-context';
import { AppRoutes } from './app-routes';

/** The app once booted: first-run setup until the office profile exists, then the product. */
export function App(props: { info: AppInfo; settings: Settings; repositories: Repositories }) {
  const [settings, setSettings] = useState(props.settings);
  const services = useMemo(
    () => ({ info: props.info, ...props.repositories, settings, setSettings }),
    [props.info, props.repositories, settings],
  );
  return (
    <AppProvider value={services}>
      <ToastProvider>{settings.officeProfile ? <AppRoutes /> : <SetupPage onDone={setSettings} />}</ToastProvider>
    </AppProvider>
  );
}
