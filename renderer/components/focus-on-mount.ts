/**
 * A callback ref that moves the keyboard focus to an element when it appears: a result or an error shown after
 * long work, so keyboard and screen-reader users land on what happened. Module-level, so React calls it only when
 * the element mounts, never again on a re-render (a live query refreshing) that would pull focus back.
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
