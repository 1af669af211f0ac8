import { homedir } from 'node:os';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, protocol, session, shell, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { pelindungSafeStorage } from './cadangan/pelindung-safe-storage';
import { tulisAtomik } from './cadangan/tulis-atomik';
import { opsiKonfirmasiTimpa } from './dialog/konfirmasi-timpa';
import { guardWebContents, createMainWindow } from './electron-window';
import { registerIpc } from './electron-ipc';
import { createElectronSettingsStore } from './electron-settings-store';
import { createHandlers } from './handlers/create-handlers';
import { readFileUpTo } from './handlers/read-file-up-to';
import { createDispatcher } from './ipc/dispatch';
import { createFileSupportLog, describeError } from './log/file-support-log';
import { serveAppRequest } from './protocol/serve-app-request';
import { appMenuTemplate } from './security/app-menu';
import { debugSwitchesGiven } from './security/debug-switches';
import { APP_SCHEME, isAppUrl } from './security/navigation-policy';
import { isPermissionGranted } from './security/permission-policy';

/** Built layout: out/main/index.js beside out/preload/index.cjs and out/renderer/. */
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
const rendererRoot = join(import.meta.dirname, '../renderer');

// Must run before `ready`: a standard, secure scheme gets a real origin (IndexedDB, fetch, CSP 'self').
// Date inputs, number formats and spellcheck follow Chromium's locale, not the OS's: offices read dates as
// dd/mm/yyyy whatever language the laptop's Windows was installed in.
app.commandLine.appendSwitch('lang', 'id-ID');

// The installed app never opens a DevTools endpoint, whatever its shortcut's command line says (debug-switches.ts).
if (app.isPackaged && debugSwitchesGiven((name) => app.commandLine.hasSwitch(name)).length > 0) app.exit(1);

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);

app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
app.on('window-all-closed', () => app.quit());

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same IndexedDB and settings file; hand over to the first one instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window === undefined) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  void app.whenReady().then(start);
}

function start(): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request));

  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin));

  // Support logs in <userData>/logs, masked as written: main's own failures from here on, the renderer's over IPC.
  const log = createFileSupportLog({ dir: join(app.getPath('userData'), 'logs'), rumah: homedir() });
  process.on('uncaughtException', (error) => log.write('main', 'error', `[uncaught] ${describeError(error)}`));
  process.on('unhandledRejection', (reason) => log.write('main', 'error', `[unhandled-rejection] ${describeError(reason)}`));
  app.on('render-process-gone', (_event, _contents, details) => log.write('main', 'error', `[renderer-gone] ${details.reason} (exit ${details.exitCode})`));

  const settings = createElectronSettingsStore(app.getPath('userData'));
  // Replaces Electron's default menu (Reload, Toggle Developer Tools) before any window exists.
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(settings.get('locale'))));

  const handlers = createHandlers({
    settings,
    appInfo: { name: app.getName(), version: app.getVersion(), shell: 'electron' },
    userDataDir: app.getPath('userData'),
    pelindungKunci: pelindungSafeStorage,
    dialog: {
      async showSaveDialog({ suggestedName, filters }) {
        const options: SaveDialogOptions = {
          defaultPath: join(app.getPath('documents'), suggestedName),
          filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
          // Windows and macOS always ask before replacing a file; GTK only when told to.
          properties: ['showOverwriteConfirmation', 'createDirectory'],
        };
        const parent = BrowserWindow.getFocusedWindow();
        const answer = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
        return answer.canceled ? undefined : answer.filePath;
      },
      async confirmOverwrite(filePath) {
        const options = opsiKonfirmasiTimpa(settings.get('locale'), filePath);
        const parent = BrowserWindow.getFocusedWindow();
        const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
        return response === 0;
      },
    },
    openDialog: {
      async showOpenDialog({ filters }) {
        const options: OpenDialogOptions = {
          defaultPath: app.getPath('documents'),
          properties: ['openFile'],
          filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
        };
        const parent = BrowserWindow.getFocusedWindow();
        const answer = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
        return answer.canceled ? undefined : answer.filePaths[0];
      },
    },
    shell: { openExternal: (url) => shell.openExternal(url) },
    writeFile: tulisAtomik,
    readFile: readFileUpTo,
    log,
    rumah: homedir(),
  });
  registerIpc(
    createDispatcher(handlers, isAppUrl, (channel, error) => {
      console.error(`[ipc] ${channel}`, error);
      log.write('main', 'error', `[ipc] ${channel} ${describeError(error)}`);
    }),
  );

  createMainWindow(preloadPath);
}
