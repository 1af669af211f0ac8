import { syncedTables } from '../records/synced-tables';
import type { BundleContents } from './bundle-contents';

/**
 * The newest field clock a bundle carries. The importing laptop folds it into its own clock before stamping
 * anything, so every change made here after an import sorts after everything the file brought.
 */
export function newestClock(contents: BundleContents): string {
  let newest = '';
  for (const table of syncedTables) {
    for (const record of contents.tables[table]) {
      for (const clock of Object.values(record.fieldClocks)) if (clock && clock > newest) newest = clock;
    }
  }
  return newest;
}
