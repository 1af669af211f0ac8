/**
 * Hybrid logical clock, in Actual Budget's string form `2026-11-21T08:15:30.123Z-0000-<node>`: wall time, a
 * counter for events within one millisecond (or while the wall clock lags a clock seen from another device), and
 * the device id. Two stamps compare correctly as plain strings, which is what lets any laptop order any change
 * from any other laptop without a server: the basis for the journal, export and merge.
 */
export interface HlcState {
  readonly millis: number;
  readonly counter: number;
  readonly node: string;
}

/** How far ahead of our own wall clock a remote stamp may be before we refuse it (a broken laptop clock). */
export const MAX_DRIFT_MS = 5 * 60 * 1000;
const MAX_COUNTER = 0xffff;
const NODE_PATTERN = /^[0-9a-z-]{1,36}$/;
const STAMP_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9A-F]{4})-([0-9a-z-]{1,36})$/;

export class HlcError extends Error {
  constructor(readonly reason: 'drift' | 'overflow' | 'malformed' | 'node') {
    super(`hlc: ${reason}`);
    this.name = 'HlcError';
  }
}

export function initialHlc(node: string): HlcState {
  if (!NODE_PATTERN.test(node)) throw new HlcError('node');
  return { millis: 0, counter: 0, node };
}

/** Advances the clock for a local event and returns the new state; `now` is the wall clock in ms. */
export function tick(state: HlcState, now: number): HlcState {
  const millis = Math.max(state.millis, now);
  const counter = millis === state.millis ? state.counter + 1 : 0;
  if (counter > MAX_COUNTER) throw new HlcError('overflow');
  return { millis, counter, node: state.node };
}

/** Folds in a stamp received from another device so our next local stamp sorts after it. */
export function receive(state: HlcState, remote: HlcState, now: number): HlcState {
  if (remote.millis - now > MAX_DRIFT_MS) throw new HlcError('drift');
  const millis = Math.max(state.millis, remote.millis, now);
  let counter: number;
  if (millis === state.millis && millis === remote.millis) counter = Math.max(state.counter, remote.counter) + 1;
  else if (millis === state.millis) counter = state.counter + 1;
  else if (millis === remote.millis) counter = remote.counter + 1;
  else counter = 0;
  if (counter > MAX_COUNTER) throw new HlcError('overflow');
  return { millis, counter, node: state.node };
}

export function formatHlc(state: HlcState): string {
  const counter = state.counter.toString(16).toUpperCase().padStart(4, '0');
  return `${new Date(state.millis).toISOString()}-${counter}-${state.node}`;
}

export function parseHlc(stamp: string): HlcState {
  const match = STAMP_PATTERN.exec(stamp);
  if (!match) throw new HlcError('malformed');
  const millis = Date.parse(match[1]!);
  // Date.parse rolls impossible dates over (30 February becomes 2 March): only a stamp that reads back as written is one.
  if (Number.isNaN(millis) || new Date(millis).toISOString() !== match[1]) throw new HlcError('malformed');
  return { millis, counter: parseInt(match[2]!, 16), node: match[3]! };
}
