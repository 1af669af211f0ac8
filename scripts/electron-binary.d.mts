/** Types for electron-binary.mjs, so the TypeScript smoke tests can import it. */
export function platformExecutable(platform?: string): string;
export const HOW_TO_GET_ELECTRON: string;
export function findElectronBinary(options?: {
  env?: Record<string, string | undefined>;
  electronDir?: string;
  platform?: string;
}): { path: string; missing?: undefined } | { missing: string; path?: undefined };
