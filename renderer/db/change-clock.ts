import { formatHlc, HlcError, initialHlc, parseHlc, receive, tick, type HlcState } from '../../shared/clock/hlc';
import type { KopLindungDb } from './database';

/**
 * The device's hybrid logical clock. It resumes from the newest stamp in the journal, so a restart never issues a
 * stamp older than one already written, even when the laptop's wall clock was set back.
 */
export class ChangeClock {
  private state: HlcState;

  constructor(
    readonly deviceId: string,
    resumeFrom?: HlcState,
    private readonly now: () => number = Date.now,
  ) {
    const start = initialHlc(deviceId);
    this.state = resumeFrom ? { ...resumeFrom, node: deviceId } : start;
  }

  /** A fresh stamp, later than every stamp this device has issued before. */
  next(): string {
    this.state = tick(this.state, this.now());
    return formatHlc(this.state);
  }

  /**
   * Folds in the newest stamp of an imported file, so every later local change sorts after every imported one: a
   * fix made here after an import must win over what the file brought. Throws HlcError('drift') for a stamp from
   * the future (the import refuses such files before this).
   */
  receive(stamp: string): void {
    if (stamp) this.state = receive(this.state, parseHlc(stamp), this.now());
  }

  /**
   * Whether folding in `stamp` and stamping an import right after would work: false when the counter would run
   * past FFFF (a stamp at or ahead of this clock with its counter at the top). Changes nothing.
   */
  canFoldIn(stamp: string): boolean {
    if (!stamp) return true;
    try {
      tick(receive(this.state, parseHlc(stamp), this.now()), this.now());
      return true;
    } catch (error) {
      if (error instanceof HlcError && error.reason === 'overflow') return false;
      throw error;
    }
  }

  static async resume(db: KopLindungDb, deviceId: string, now: () => number = Date.now): Promise<ChangeClock> {
    const last = await db.journal.orderBy(':id').last();
    return new ChangeClock(deviceId, last ? parseHlc(last.hlc) : undefined, now);
  }
}
