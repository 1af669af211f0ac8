import { app, BrowserWindow, shell, type WebContents } from 'electron';
import { APP_ENTRY_URL, decideNavigation, decideWindowOpen, secureWebPreferences } from './security/navigation-policy';

/**
 * Applies the navigation rules to any web contents (the main window's, and any other Electron ever creates):
 * no navigation away from the app, no new windows, no webviews; allow-listed links go to the system browser.
 */
export function guardWebContents(contents: WebContents): void {
  const refuseNavigation = (event: { preventDefault(): void }, url: string) => {
    const decision = decideNavigation(url);
    if (decision.allow) return;
    event.preventDefault();
    if (decision.openExternally) void shell.openExternal(url);
  };
  contents.on('will-navigate', (event) => refuseNavigation(event, event.url));
  contents.on('will-redirect', (event) => refuseNavigation(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void shell.openExternal(url);
    return { action: decision.action };
  });
}

/** The one app window, with the checklist's web preferences, showing the UI from app://. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    title: 'KopLindung',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#f7faf9',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath, { packaged: app.isPackaged }),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
