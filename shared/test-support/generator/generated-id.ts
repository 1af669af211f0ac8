import { Prng } from './prng';

const HEX = Array.from({ length: 256 }, (_, i) => (i < 16 ? '0' : '') + i.toString(16));
/** Eight hex digits of a 32-bit integer, through a byte table: ids are made 700,000 at a time. */
const hex8 = (n: number) => HEX[n >>> 24]! + HEX[(n >>> 16) & 0xff]! + HEX[(n >>> 8) & 0xff]! + HEX[n & 0xff]!;

/**
 * A UUID-shaped id (version 4 layout) from four draws of a seeded generator: generated records get ids that look
 * like the app's own `crypto.randomUUID()` ones, yet the same seed gives the same ids on every machine.
 */
export function generatedUuid(rng: Prng): string {
  const a = hex8(rng.nextUint32());
  const b = hex8(rng.nextUint32());
  const c = hex8(rng.nextUint32());
  const d = hex8(rng.nextUint32());
  const variant = ((parseInt(c[0]!, 16) & 0x3) | 0x8).toString(16);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}

/** The ids of one generated table, in order: the n-th call gives the same id for the same seed and label. */
export function generatedIds(seed: number, label: string): () => string {
  const rng = Prng.derive(seed, 'ids', label);
  return () => generatedUuid(rng);
}
