import type { WebPreferences } from 'electron';

/**
 * The UI's one origin. IndexedDB (every record the office keeps) is stored per origin, so these two values must
 * never change after the first release.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'koplindung';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window loads; the renderer's hash router takes it from there. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Hosts the UI may send the user to, in the system browser, over https only. Kept short on purpose: each entry is
 * an official site an officer is told to visit (BPJS Ketenagakerjaan enrolment, the Ministry of Cooperatives), or a licence the app must link to.
 * Subdomains are not implied: add each host here, with a test, when a new link is needed.
 */
export const allowedExternalHosts: ReadonlySet<string> = new Set([
  'bpjsketenagakerjaan.go.id',
  'www.bpjsketenagakerjaan.go.id',
  'kemenkopukm.go.id',
  'www.kemenkopukm.go.id',
  'kemenkop.go.id',
  'www.kemenkop.go.id',
  // The region data's licence (ODbL 1.0), linked from the About page as the licence asks.
  'opendatacommons.org',
]);

function parse(url: string | undefined): URL | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** True only for pages of the app itself; used for IPC sender checks and in-window navigation. */
export function isAppUrl(url: string | undefined): boolean {
  const parsed = parse(url);
  return parsed !== undefined && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/** True for links the app may hand to the system browser; anything else is refused, never opened. */
export function isAllowedExternalUrl(url: string | undefined): boolean {
  const parsed = parse(url);
  return (
    parsed !== undefined &&
    parsed.protocol === 'https:' &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    allowedExternalHosts.has(parsed.hostname)
  );
}

/** What to do when a page asks for a new window: never create one; open allow-listed links in the browser. */
export interface WindowOpenDecision {
  readonly action: 'deny';
  readonly openExternally: boolean;
}

export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isAllowedExternalUrl(url) };
}

/**
 * What to do when the window is about to navigate: stay inside the app; an allow-listed link followed in place
 * goes to the system browser instead, so the app window never shows a remote page.
 */
export interface NavigationDecision {
  readonly allow: boolean;
  readonly openExternally: boolean;
}

export function decideNavigation(url: string): NavigationDecision {
  if (isAppUrl(url)) return { allow: true, openExternally: false };
  return { allow: false, openExternally: isAllowedExternalUrl(url) };
}

/**
 * Electron's security checklist as one value, so every window gets the same settings and a test pins each of
 * them: the page has no Node, runs in the OS sandbox, is isolated from the preload, and cannot weaken web security.
 * `navigateOnDragDrop: false` keeps a file dropped on the window from replacing the app with that file.
 * `devTools` is on only in a development run: in the installed app DevTools would reach around every rule the UI
 * keeps (raw IndexedDB with full NIKs, the backup key in memory), one shortcut away from any curious user.
 */
export function secureWebPreferences(preloadPath: string, options: { readonly packaged: boolean }) {
  return {
    devTools: !options.packaged,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    preload: preloadPath,
  } as const satisfies WebPreferences;
}
