/**
 * Chromium switches that open a debugging endpoint to the app's pages: with one, any program on the laptop could
 * read the raw IndexedDB (full NIKs) and call the facade, around every rule the UI keeps. The fuses close Node's
 * `--inspect`; these are Chromium's own, which no fuse covers.
 */
export const debugSwitches = ['remote-debugging-port', 'remote-debugging-pipe', 'remote-debugging-address'] as const;

/**
 * The debugging switches the app was started with. The packaged app quits when there is any, before `ready`, so
 * the endpoint is never opened; a development run keeps them (Playwright's Electron launcher needs them).
 */
export function debugSwitchesGiven(hasSwitch: (name: string) => boolean): string[] {
  return debugSwitches.filter((name) => hasSwitch(name));
}
