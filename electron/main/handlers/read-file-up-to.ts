import { open } from 'node:fs/promises';

/** A file's size, and its bytes when it was not larger than asked (`null` when it was: nothing was read). */
export interface FileUpTo {
  readonly size: number;
  readonly bytes: Uint8Array | null;
}

/**
 * Reads a whole file unless it is larger than `maxBytes`, judged by one open handle's size, so a file picked by
 * mistake (a video, a disk image) is refused before any of it is in memory and cannot be swapped between the check
 * and the read. A folder is refused as not a file. A file that grows while it is read is cut at the size it had, never past the limit.
 */
export async function readFileUpTo(filePath: string, maxBytes: number): Promise<FileUpTo> {
  const handle = await open(filePath, 'r');
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new Error(`${filePath} is not a file`);
    const { size } = stat;
    if (size > maxBytes) return { size, bytes: null };
    const bytes = new Uint8Array(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(bytes, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return { size: offset, bytes: offset === size ? bytes : bytes.subarray(0, offset) };
  } finally {
    await handle.close();
  }
}
