import { bulatkanRupiah } from './bulatkan-rupiah';

const digits = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0, useGrouping: true, numberingSystem: 'latn' });

/**
 * Rupiah the official way: "Rp16.800", no space and no period after Rp (docs/domain.md §5). Intl's currency style gives
 * "Rp 16.800" with a non-breaking space, and a runtime with trimmed locale data may group with commas, so only the
 * digits come from Intl and the prefix and the dot separator are ours.
 */
export function formatRupiah(value: number): string {
  const whole = bulatkanRupiah(value);
  const grouped = digits
    .formatToParts(Math.abs(whole))
    .map((part) => (part.type === 'group' ? '.' : part.type === 'integer' ? part.value : ''))
    .join('');
  return `${whole < 0 ? '-' : ''}Rp${grouped}`;
}
