/**
 * The ceilings a bundle must stay under (docs/exchange-format.md, "Limits"). A district database is about 700,000
 * records, a few hundred MB of JSON and some tens of MB compressed; each limit is far above that and far below what
 * would exhaust a laptop's memory, so a hostile or broken file is refused before it can hurt.
 */
export const bundleLimits = {
  /** The whole file as read from disk. */
  maxFileBytes: 512 * 1024 * 1024,
  /** The JSON header (it holds a few short fields). */
  maxHeaderBytes: 4096,
  /** The decompressed NDJSON, counted while streaming so a zip bomb stops early. */
  maxPayloadBytes: 4 * 1024 * 1024 * 1024,
  /** One NDJSON line (one record; the largest real ones are a few KB). */
  maxLineBytes: 1024 * 1024,
  /** Objects and arrays inside one record (a kegiatan's undangan[].perwakilan[] is 4 deep). */
  maxDepth: 6,
  /** Items in any one array of a record (a kegiatan invites at most 500 cooperatives). */
  maxArrayLength: 1000,
  /**
   * Aliases (people fused by NIK) one bundle may carry: at most one per person ever recorded, and a district has
   * some hundreds of thousands. The merge is linear in them, but each is still a record to read and write.
   */
  maxAliases: 2_000_000,
  /** PBKDF2 iteration counts a header may ask for: below is no protection, above is a denial of service. */
  minIterations: 1000,
  maxIterations: 10_000_000,
} as const;

/** PBKDF2-SHA-256 iterations for a new bundle: OWASP's 2023 recommendation. */
export const DEFAULT_KDF_ITERATIONS = 600_000;
