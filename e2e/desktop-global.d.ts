import type { DesktopApi } from '../shared/ipc/contract';

declare global {
  interface Window {
    /** The facade the harness binds, as the preload exposes it in Electron. */
    readonly desktop?: DesktopApi;
  }
}
