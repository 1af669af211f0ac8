/** Types for harness-messages.mjs, so the TypeScript harness can import it. */
export function pesanSudahBerjalan(origin: string): string;
export function pesanTanpaLayar(origin: string): string;
