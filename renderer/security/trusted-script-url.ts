/**
 * True for a script URL the app may load as a worker: a built file of the app itself, on its own origin (app:// in
 * Electron, the harness's http://127.0.0.1 in tests), under `/assets/`, ending in `.js`. A `blob:` or `data:` URL, a
 * URL of any other origin, or one with credentials or a query that could select other code, is not.
 */
export function isTrustedScriptUrl(value: string, origin: string): boolean {
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return false;
  }
  // Compared as scheme and host: URL's `origin` is "null" for a scheme it does not know, outside a browser that
  // registered app:// as standard.
  return (
    `${url.protocol}//${url.host}` === origin && url.username === '' && url.password === '' && url.search === '' && /^\/assets\/[\w.-]+\.js$/.test(url.pathname)
  );
}
