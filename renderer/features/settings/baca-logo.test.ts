import { describe, expect, it } from 'vitest';
import { kopSuratSchema, LOGO_MAX_BYTES } from '../../../shared/settings/pengaturan-dokumen';
import { bacaLogo } from './baca-logo';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xfe]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

describe('bacaLogo', () => {
  it('reads a PNG into a data URL the settings schema accepts', async () => {
    const result = await bacaLogo(new Blob([png], { type: 'image/png' }));
    expect(result).toEqual({ ok: true, dataUrl: `data:image/png;base64,${Buffer.from(png).toString('base64')}` });
    if (result.ok) expect(kopSuratSchema.safeParse({ logo: result.dataUrl, baris: ['X'] }).success).toBe(true);
  });

  it('knows a JPEG by its bytes, whatever the file claims to be', async () => {
    const result = await bacaLogo(new Blob([jpeg], { type: 'application/octet-stream' }));
    expect(result.ok && result.dataUrl.startsWith('data:image/jpeg;base64,/9j/')).toBe(true);
  });

  it('refuses another kind of image, or a renamed file', async () => {
    const gif = new TextEncoder().encode('GIF89a\x01\x00\x01\x00');
    expect(await bacaLogo(new Blob([gif], { type: 'image/gif' }))).toEqual({ ok: false, error: 'validation.logoType' });
    expect(await bacaLogo(new Blob(['<svg/>'], { type: 'image/png' }))).toEqual({ ok: false, error: 'validation.logoType' });
  });

  it('refuses a file over 500 KB, and takes one at the limit', async () => {
    const atLimit = new Uint8Array(LOGO_MAX_BYTES);
    atLimit.set(png);
    const result = await bacaLogo(new Blob([atLimit]));
    expect(result.ok).toBe(true);
    if (result.ok) expect(kopSuratSchema.safeParse({ logo: result.dataUrl, baris: ['X'] }).success).toBe(true);
    expect(await bacaLogo(new Blob([atLimit, new Uint8Array(1)]))).toEqual({ ok: false, error: 'validation.logoTooLarge' });
  });
});
