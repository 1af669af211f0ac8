import { existsSync } from 'node:fs';

/**
 * Debian's Chromium, since Playwright cannot download its own browsers here. The networking flags stop Chromium
 * from reaching for Google services on a machine with no internet (it otherwise retries forever).
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=id-ID',
];

/**
 * The environment Chromium starts with. On Linux, Chromium takes its UI language from the environment (LANGUAGE,
 * LC_ALL, LANG) and ignores `--lang`; the date and time inputs follow that language, not Playwright's `locale`. So
 * without `LANGUAGE=id` they show mm/dd/yyyy and AM/PM, as on a US laptop. The language pack itself comes from
 * Debian's `chromium-l10n` (the `chromium` package ships only en-US).
 */
export const chromiumEnv: Record<string, string> = { ...(process.env as Record<string, string>), LANGUAGE: 'id' };

export function assertChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
}
