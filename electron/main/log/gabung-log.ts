import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { samarkanLog } from '../../../shared/log/samarkan-log';
import type { AppInfo } from '../../../shared/settings/settings';

/**
 * The support logs as one text file: which app, version and build wrote them, then each file under its name.
 * Masked again on the way out, so a line written by an older version with a weaker mask does not leave either.
 */
export async function gabungLog(files: readonly string[], info: Pick<AppInfo, 'name' | 'version' | 'shell'>, now: Date, rumah?: string): Promise<string> {
  const parts = [`${info.name} ${info.version} (${info.shell}) — log untuk dukungan, ${now.toISOString()}`, `platform: ${process.platform} ${process.arch}`];
  if (files.length === 0) parts.push('', '(belum ada log: tidak ada kesalahan yang tercatat)');
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    parts.push('', `===== ${basename(file)} =====`, samarkanLog(text, rumah).trimEnd());
  }
  return `${parts.join('\n')}\n`;
}
