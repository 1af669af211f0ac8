import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileSupportLog, describeError } from './file-support-log';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'koplindung-log-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createFileSupportLog', () => {
  it('writes one masked, timestamped line per entry, a stack indented under it', () => {
    const log = createFileSupportLog({ dir, now: () => new Date('2026-11-21T08:00:00.000Z') });
    log.write('main', 'error', 'Error: tidak dapat menyimpan {"nama":"Budi Santoso","nik":"3507011203850001"}\n    at simpan (main.js:3:4)');
    expect(readFileSync(join(dir, 'main.log'), 'utf8')).toBe(
      '[2026-11-21T08:00:00.000Z] [error] Error: tidak dapat menyimpan {"nama":"[disamarkan]","nik":"[disamarkan]"}\n        at simpan (main.js:3:4)\n',
    );
  });

  it('rotates past the size limit into <source>.old.log, so the logs never hold more than two files per source', () => {
    const log = createFileSupportLog({ dir, maxBytes: 200 });
    for (let i = 0; i < 20; i++) log.write('renderer', 'error', `galat nomor ${i} ${'x'.repeat(40)}`);
    expect(log.files().map((f) => basename(f))).toEqual(['renderer.old.log', 'renderer.log']);
    const newest = readFileSync(join(dir, 'renderer.log'), 'utf8');
    expect(newest).toContain('galat nomor 19');
    expect(newest.length).toBeLessThan(400);
    expect(readFileSync(join(dir, 'renderer.old.log'), 'utf8')).not.toContain('galat nomor 0 ');
  });

  it('never throws when the folder cannot be written', () => {
    const log = createFileSupportLog({ dir: join(dir, 'main.log', 'bukan-folder') });
    log.write('main', 'error', 'x');
    createFileSupportLog({ dir }).write('main', 'info', 'a file where the folder should be');
    expect(() => createFileSupportLog({ dir: join(dir, 'main.log') }).write('main', 'error', 'y')).not.toThrow();
  });

  it('describes any thrown value', () => {
    expect(describeError(new TypeError('boom'))).toMatch(/^TypeError: boom\n/);
    expect(describeError({ code: 'io-failed' })).toBe('{"code":"io-failed"}');
    expect(describeError('teks')).toBe('teks');
  });
});
