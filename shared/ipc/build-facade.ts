import { ipcChannels, type IpcChannelName } from './channels';

/**
 * Builds the nested `desktop.<area>.<method>(...)` object from the channel names and one transport function.
 * The preload passes `ipcRenderer.invoke`; the e2e harness passes a Playwright binding. Either way the renderer
 * gets named functions only, never a generic `invoke(channel)`.
 */
export function buildFacade(invoke: (channel: IpcChannelName, args: unknown[]) => Promise<unknown>) {
  const facade: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const [ns, methods] of Object.entries(ipcChannels)) {
    const group: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
    for (const [method, channel] of Object.entries(methods)) {
      group[method] = (...args: unknown[]) => invoke(channel as IpcChannelName, args);
    }
    facade[ns] = Object.freeze(group);
  }
  return Object.freeze(facade);
}
