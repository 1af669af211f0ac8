/**
 * Base64 for the few short binary fields of a bundle header (salt, IV, check value). `btoa`/`atob` exist on the
 * UI thread, in Workers and in Node, unlike `Uint8Array.fromBase64` (not in Node 20) or Buffer (not in a page).
 */
export function base64FromBytes(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Decodes canonical base64 only (what base64FromBytes writes); anything else is null, so a header cannot smuggle. */
export function bytesFromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return base64FromBytes(bytes) === text ? bytes : null;
}
