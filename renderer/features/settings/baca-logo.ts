import { LOGO_MAX_BYTES } from '../../../shared/settings/pengaturan-dokumen';

export type HasilBacaLogo =
  { readonly ok: true; readonly dataUrl: string } | { readonly ok: false; readonly error: 'validation.logoType' | 'validation.logoTooLarge' };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

/**
 * Reads the emblem file the office picked into a data URL for the settings. The kind is read from the file's
 * first bytes, not its name or the type the system guesses, so a renamed file cannot slip through; the size is
 * capped so the letterhead stays a small part of the settings file.
 */
export async function bacaLogo(file: Blob): Promise<HasilBacaLogo> {
  if (file.size > LOGO_MAX_BYTES) return { ok: false, error: 'validation.logoTooLarge' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mime = startsWith(bytes, PNG) ? 'image/png' : startsWith(bytes, JPEG) ? 'image/jpeg' : undefined;
  if (mime === undefined) return { ok: false, error: 'validation.logoType' };
  return { ok: true, dataUrl: `data:${mime};base64,${base64(bytes)}` };
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
