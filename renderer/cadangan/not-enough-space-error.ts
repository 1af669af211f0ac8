/**
 * A backup (or the backup an import takes first) that would not fit on the disk with room to spare: refused before
 * main writes anything, so a full disk never ends with a half-written file or a failed import half-way.
 */
export class NotEnoughSpaceError extends Error {
  constructor(
    readonly perlu: number,
    readonly bebas: number,
  ) {
    super(`Needs ${perlu} bytes, ${bebas} free`);
    this.name = 'NotEnoughSpaceError';
  }
}
