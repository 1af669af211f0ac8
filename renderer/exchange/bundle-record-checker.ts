import type { z } from 'zod';
import { describeIssue } from './describe-issue';
import { HlcError, MAX_DRIFT_MS, parseHlc, receive, tick } from '../../shared/clock/hlc';
import type { BundleSection } from '../../shared/exchange/bundle-manifest';
import { aliasRecordSchema, exchangeRecordSchema } from '../../shared/exchange/exchange-record';
import { BundleError } from './bundle-error';
import { scanParsedValue } from './scan-parsed-value';

/** Checks one parsed line of a section and returns the record as the schema outputs it; throws BundleError. */
export type BundleRecordChecker = (value: unknown, index: number) => unknown;

type ClockVerdict = 'ok' | 'future' | 'overflow' | 'malformed';
const CLOCK_CACHE_LIMIT = 50_000;

/**
 * Everything one record must pass before the merge may see it, in order: the generic scan (forbidden keys, depth,
 * array lengths), the table's strict schema, a unique id within the section, and no clock further ahead of this
 * laptop than MAX_DRIFT_MS. A clock from the future is refused because the merge folds every remote stamp into
 * this laptop's clock: one broken laptop clock would otherwise drag every laptop it reaches into the future.
 */
export function createBundleRecordChecker(section: BundleSection, now: number): BundleRecordChecker {
  const schema: z.ZodType = section === 'alias' ? aliasRecordSchema : exchangeRecordSchema(section);
  const ids = new Set<string>();
  // Records created in one go share one stamp across all their fields: look each distinct stamp up once.
  const clocks = new Map<string, ClockVerdict>();
  const verdict = (stamp: string): ClockVerdict => {
    let v = clocks.get(stamp);
    if (v === undefined) {
      try {
        v = clockVerdict(parseHlc(stamp), now);
      } catch {
        v = 'malformed';
      }
      if (clocks.size >= CLOCK_CACHE_LIMIT) clocks.clear();
      clocks.set(stamp, v);
    }
    return v;
  };
  const checkClock = (stamp: string, path: string, index: number) => {
    const v = verdict(stamp);
    if (v === 'future') throw new BundleError('future-clock', { section, index, path, issue: stamp });
    if (v === 'overflow') throw new BundleError('clock-overflow', { section, index, path, issue: stamp });
    if (v === 'malformed') throw new BundleError('invalid-record', { section, index, path, issue: 'clock-malformed' });
  };

  return (value, index) => {
    const finding = scanParsedValue(value);
    if (finding) throw new BundleError(finding.code, { section, index, path: finding.path, issue: finding.issue });
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      throw new BundleError('invalid-record', { section, index, ...describeIssue(parsed.error.issues[0]) });
    }
    const record = parsed.data as { id: string; createdAt?: string; fieldClocks?: Record<string, string>; fieldBasis?: Record<string, string> };
    if (ids.has(record.id)) throw new BundleError('duplicate-id', { section, index, path: 'id', issue: record.id });
    ids.add(record.id);
    if (record.createdAt !== undefined) checkClock(record.createdAt, 'createdAt', index);
    for (const [field, stamp] of Object.entries(record.fieldClocks ?? {})) checkClock(stamp, `fieldClocks.${field}`, index);
    for (const [field, stamp] of Object.entries(record.fieldBasis ?? {})) if (stamp !== '') checkClock(stamp, `fieldBasis.${field}`, index);
    return record;
  };
}

/**
 * Whether this laptop can take a stamp: not further ahead than MAX_DRIFT_MS, and not one its clock cannot count
 * past. Importing folds the file's newest stamp in and then stamps the import (ChangeClock), so a stamp at or
 * ahead of now with its counter at FFFF (or FFFE) would overflow the counter there: refused here, with the app's
 * own code, instead of failing at Terapkan with the clock's error. A laptop whose clock is ahead of its wall time
 * is checked again before the preview is shown (WritePath.canStampImport).
 */
function clockVerdict(stamp: ReturnType<typeof parseHlc>, now: number): ClockVerdict {
  if (stamp.millis - now > MAX_DRIFT_MS) return 'future';
  try {
    tick(receive({ millis: now, counter: 0, node: stamp.node }, stamp, now), now);
    return 'ok';
  } catch (error) {
    if (error instanceof HlcError) return 'overflow';
    throw error;
  }
}
