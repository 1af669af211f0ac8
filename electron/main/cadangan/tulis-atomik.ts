import { open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes a file so that a crash or power cut at any moment leaves either the old file or the whole new one: the
 * bytes go to `<path>.tmp`, are flushed to the disk, and the temporary file is renamed over `path` (atomic on the
 * same volume); the folder is flushed too where the OS allows it, so the rename itself survives a power cut.
 */
export async function tulisAtomik(path: string, bytes: Uint8Array): Promise<void> {
  const temp = `${path}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, path);
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
