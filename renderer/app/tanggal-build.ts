/**
 * The day this renderer was built (YYYY-MM-DD), set by electron.vite.config.ts; '' where no build set it (unit
 * tests, a dev server).
 */
export const tanggalBuild: string = (import.meta.env as Record<string, string | undefined>).VITE_BUILD_DATE ?? '';
