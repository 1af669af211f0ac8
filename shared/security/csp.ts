/**
 * The Content-Security-Policy of the UI, written once so the app:// protocol handler, the e2e harness server and
 * the renderer's index.html cannot drift apart. Everything loads from the app's own origin: no inline script, no
 * eval, no remote code, no plugins, no framing. `data:`/`blob:` images are allowed for generated previews
 * (logos, charts) that never leave the page.
 */
export const cspDirectives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // The exchange and report workers are built files of the app; no blob: or data: worker can carry injected code.
  "worker-src 'self'",
  // The app embeds no page of any origin, its own included.
  "frame-src 'none'",
  // Trusted Types: HTML, script and script-URL sinks take only what the app's one policy passes
  // (renderer/security/install-trusted-types.ts): its own built workers, never HTML or code from a string.
  "require-trusted-types-for 'script'",
  'trusted-types default',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
] as const;

/** The policy sent as an HTTP header by the app:// handler and the harness server. */
export const contentSecurityPolicy: string = cspDirectives.join('; ');

/**
 * The same policy for index.html's `<meta http-equiv="Content-Security-Policy">`. Browsers ignore
 * `frame-ancestors` in a meta tag and log a console error for it, so the meta copy leaves that one directive out;
 * the header still carries it. The meta tag keeps the policy in force wherever the file is served without our
 * header (a dev server, a file opened by hand).
 */
export const metaContentSecurityPolicy: string = cspDirectives.filter((directive) => !directive.startsWith('frame-ancestors')).join('; ');
