/** What a merge did (or will do, in the preview), per table and in total. */
export interface ImportCounts {
  readonly baru: number;
  readonly diperbarui: number;
  readonly sama: number;
  /** Records that now hold a conflict people should see. */
  readonly konflik: number;
  /** People fused into another with the same NIK. */
  readonly digabung: number;
  readonly perTabel: Readonly<Record<string, { baru: number; diperbarui: number; sama: number; konflik: number }>>;
}
