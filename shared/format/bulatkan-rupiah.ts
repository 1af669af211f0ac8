/**
 * Rounds to whole rupiah, half away from zero (Rp0,5 → Rp1, −Rp0,5 → −Rp1), as a cashier would. The value is first
 * cut to 12 significant digits so binary noise from percentages (3.000.000 × 0,24 % = 7200.000000000001) cannot
 * push an exact half the wrong way.
 */
export function bulatkanRupiah(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const clean = Number(Math.abs(value).toPrecision(12));
  const rounded = Math.round(clean);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
