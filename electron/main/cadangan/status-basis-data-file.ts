import { readFile } from 'node:fs/promises';
import { statusBasisDataSchema, type StatusBasisData } from '../../../shared/cadangan/status-basis-data';
import { tulisAtomik } from './tulis-atomik';

/**
 * The database's identity, counts and newest clock, kept by main in a file of its own beside the settings, outside
 * the browser profile, so wiping or recreating the profile cannot take this record with it. Unreadable reads as
 * absent (the next write burst writes it again).
 */
export function statusBasisDataFile(path: string) {
  return {
    async get(): Promise<StatusBasisData | null> {
      try {
        const parsed = statusBasisDataSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async save(status: StatusBasisData): Promise<void> {
      await tulisAtomik(path, Buffer.from(JSON.stringify(status), 'utf8'));
    },
  };
}
