/** The steps of start-up, in order: what start-up has done when it marks each (main.tsx, periksa-basis-data-awal.ts). */
export const TAHAP_MULAI = ['skrip', 'pengaturan', 'daftar-basis-data', 'buka-basis-data', 'keadaan-basis-data', 'penulisan', 'tampil'] as const;
export type TahapMulai = (typeof TAHAP_MULAI)[number];

/** The prefix of start-up's marks in the page's performance timeline. */
export const AWALAN_TANDA_MULAI = 'koplindung:mulai:';

/**
 * Marks a step of start-up in the page's performance timeline (`performance.mark`), so a slow first screen can be
 * split into its steps: the bench reads the marks after each open (scripts/bench-first-screen.mjs), and a developer
 * sees them in DevTools' Performance panel. `skrip`: the bundle ran; `pengaturan`: settings and main's record of
 * the database arrived; `daftar-basis-data`: the origin's databases listed (does ours exist?); `buka-basis-data`:
 * the database opened; `keadaan-basis-data`: its identity, counters and newest journal entry read and judged;
 * `penulisan`: the write path's clock resumed from the journal; `tampil`: the app handed to React (Beranda's counts
 * are read after).
 */
export function tandaiMulai(tahap: TahapMulai): void {
  performance.mark(`${AWALAN_TANDA_MULAI}${tahap}`);
}
