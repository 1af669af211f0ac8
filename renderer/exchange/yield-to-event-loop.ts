/**
 * Lets the event loop run (paint, input, a Worker's messages) during long encode/decode work. A resolved promise
 * would not: microtasks run before any of those. Called every few thousand records, its cost is negligible.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
