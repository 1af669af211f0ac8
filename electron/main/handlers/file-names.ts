/** A thrown value as text for a developer-facing message. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
