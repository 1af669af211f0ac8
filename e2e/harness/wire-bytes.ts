/**
 * Bytes across the harness's Playwright binding. Electron's IPC clones a Uint8Array as it is; Playwright's binding
 * serialises values its own way: a Uint8Array does arrive, but as one JSON number per byte (20 MB each way took
 * 6.5 s, against 3 s as base64), and a Node Buffer (what fs gives) arrives in the page as a plain object. So the
 * harness, and only the harness, sends every Uint8Array inside the arguments and the result as a tagged base64
 * string and rebuilds it on the other side; the IPC contract and the handlers keep plain Uint8Arrays.
 *
 * Bundled into the page's facade script and imported by the Node side, so it uses nothing but the language.
 */
const TAG = '__koplindungBytes';

export interface BytesCodec {
  readonly encode: (bytes: Uint8Array) => string;
  readonly decode: (base64: string) => Uint8Array;
}

/** Every Uint8Array in plain objects and arrays, replaced by `{ [TAG]: base64 }`; anything else as it is. */
export function bytesToWire(value: unknown, codec: BytesCodec): unknown {
  if (value instanceof Uint8Array) return { [TAG]: codec.encode(value) };
  if (Array.isArray(value)) return value.map((item) => bytesToWire(item, codec));
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bytesToWire(v, codec)]));
  return value;
}

/** The reverse of bytesToWire. */
export function bytesFromWire(value: unknown, codec: BytesCodec): unknown {
  if (Array.isArray(value)) return value.map((item) => bytesFromWire(item, codec));
  if (isPlainObject(value)) {
    const tagged = value[TAG];
    if (typeof tagged === 'string' && Object.keys(value).length === 1) return codec.decode(tagged);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bytesFromWire(v, codec)]));
  }
  return value;
}

/** The page's codec: btoa/atob over binary strings, built in slices so a large file never overflows the stack. */
export const pageBytesCodec: BytesCodec = {
  encode: (bytes) => {
    const parts: string[] = [];
    for (let i = 0; i < bytes.length; i += 0x8000) parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
    return btoa(parts.join(''));
  },
  decode: (base64) => {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  },
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
