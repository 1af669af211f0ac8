import { contextBridge, ipcRenderer } from 'electron';
import { buildFacade } from '../../shared/ipc/build-facade';
import type { DesktopApi } from '../../shared/ipc/contract';

/**
 * Exposes `window.desktop`, and nothing else: one named function per contract channel, each forwarding its
 * arguments (never the IPC event) to main, which validates them. The facade is built from the channel names, so
 * its shape is DesktopApi by construction; the cast states that for the renderer's benefit.
 */
const desktop = buildFacade((channel, args) => ipcRenderer.invoke(channel, ...args)) as unknown as DesktopApi;

contextBridge.exposeInMainWorld('desktop', desktop);
