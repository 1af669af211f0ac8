import { createContext, useContext, type ReactNode } from 'react';
import type { AppInfo, Settings } from '../../shared/settings/settings';
import type { CadanganService } from '../cadangan/cadangan-service';
import type { Repositories } from '../db/repositories';
import type { ExchangeService } from '../exchange/exchange-service';

/** What every screen may need: the repositories (never tables), the settings from main, and who we are. */
export interface AppServices extends Repositories {
  readonly info: AppInfo;
  readonly settings: Settings;
  readonly setSettings: (settings: Settings) => void;
  /** Data exchange (Pertukaran Data): one service for the app's life, its long work in a Web Worker. */
  readonly exchange: ExchangeService;
  /** Backups (Pengaturan → Cadangan): snapshots in a Web Worker, files written by main. */
  readonly cadangan: CadanganService;
}

const AppContext = createContext<AppServices | null>(null);

export function AppProvider({ value, children }: { value: AppServices; children: ReactNode }) {
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp outside AppProvider');
  return services;
}
