import { isTrustedScriptUrl } from './trusted-script-url';

/** The part of the Trusted Types API used here (TypeScript's DOM library does not describe it yet). */
interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: {
      createHTML?: (value: string) => string;
      createScript?: (value: string) => string;
      createScriptURL?: (value: string) => string;
    },
  ): unknown;
}

/**
 * The page's CSP demands Trusted Types (`require-trusted-types-for 'script'`; `trusted-types default`): no string
 * reaches an HTML, script or script-URL sink unless this policy passes it. The app writes no HTML from strings and
 * evaluates no code, so HTML and script are always refused; script URLs pass only for the app's own built workers
 * (Vite emits `new Worker(new URL(...))`, which cannot be wrapped at each call, hence a *default* policy). Imported
 * first by main.tsx, before any other module can touch a sink.
 */
function installTrustedTypesPolicy(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (factory === undefined) return;
  const refuse = (sink: string) => () => {
    throw new TypeError(`Trusted Types: ${sink} from a string is not allowed in KopLindung`);
  };
  factory.createPolicy('default', {
    createHTML: refuse('HTML'),
    createScript: refuse('script'),
    createScriptURL: (value) => {
      if (isTrustedScriptUrl(value, globalThis.location.origin)) return value;
      throw new TypeError(`Trusted Types: script URL refused: ${value}`);
    },
  });
}

installTrustedTypesPolicy();
