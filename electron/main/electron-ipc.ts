import { ipcMain } from 'electron';
import { listChannels } from '../../shared/ipc/channels';
import type { Dispatch } from './ipc/dispatch';

/**
 * Registers every contract channel with ipcMain. Only the sender frame's URL and the arguments are passed on, never
 * the event, so the dispatcher (tested without Electron) makes every decision.
 */
export function registerIpc(dispatch: Dispatch): void {
  for (const [, , channel] of listChannels()) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => dispatch(channel, args, event.senderFrame?.url));
  }
}
