import { describe, expect, it } from 'vitest';
import { pesanSudahBerjalan, pesanTanpaLayar } from './harness-messages.mjs';

describe('pesanSudahBerjalan', () => {
  it('says in both languages that the harness is already running, and where', () => {
    const pesan = pesanSudahBerjalan('http://127.0.0.1:5183');
    expect(pesan).toContain('KopLindung (harness) sudah berjalan di http://127.0.0.1:5183.');
    expect(pesan).toContain('KopLindung (harness) is already running at http://127.0.0.1:5183.');
    expect(pesan).toContain('port 5183');
    expect(pesan).toContain('HARNESS_PORT=');
    expect(pesan).not.toMatch(/EADDRINUSE|Error|\n\s+at /);
  });
});

describe('pesanTanpaLayar', () => {
  it('says there is no display, why a plain browser tab will not do, and points at npm run harness', () => {
    const pesan = pesanTanpaLayar('http://127.0.0.1:5183');
    expect(pesan).toContain('Tidak ada layar');
    expect(pesan).toContain('No display');
    expect(pesan).toMatch(/tab peramban biasa tidak cukup/);
    expect(pesan).toMatch(/ordinary browser tab is not enough/);
    expect(pesan).toContain('window.desktop');
    expect(pesan.match(/npm run harness/g)).toHaveLength(2);
  });
});
