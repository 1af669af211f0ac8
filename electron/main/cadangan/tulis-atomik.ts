import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes a file so that a crash or power cut at any moment leaves either the old file or the whole new one: the
 * bytes go to `<path>.tmp`, are flushed to the disk, and the temporary file is renamed over `path` (atomic on the
 * same volume); the folder is flushed too where the OS allows it, so the rename itself survives a power cut. A write
 * that fails (a full USB stick, one pulled out) removes its temporary file and leaves whatever was at `path`.
 * Used for backups and for every file the officer saves.
 */
export async function tulisAtomik(path: string, bytes: Uint8Array): Promise<void> {
  const temp = `${path}.tmp`;
  const handle = await open(temp, 'w');
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  try {
    const folder = await open(dirname(path), 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  } catch {
    // Windows cannot open a folder for flushing; NTFS journals the rename itself.
  }
}
