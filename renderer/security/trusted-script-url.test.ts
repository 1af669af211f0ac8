import { describe, expect, it } from 'vitest';
import { isTrustedScriptUrl } from './trusted-script-url';

const origin = 'app://koplindung';

describe('isTrustedScriptUrl', () => {
  it.each(['app://koplindung/assets/exchange.worker-CGjZgI6X.js', '/assets/laporan-pusat.worker-CvgB3yJO.js'])("accepts the app's own built worker %s", (url) =>
    expect(isTrustedScriptUrl(url, origin)).toBe(true),
  );

  it.each([
    'blob:app://koplindung/1b2c',
    'data:text/javascript,postMessage(1)',
    'https://evil.test/assets/x.js',
    'app://other/assets/x.js',
    'app://koplindung/assets/x.js?v=1',
    'app://koplindung/assets/../x.js',
    'app://koplindung/index.html',
    'app://koplindung/assets/sub/x.js',
    'javascript:alert(1)',
  ])('refuses %s', (url) => expect(isTrustedScriptUrl(url, origin)).toBe(false));
});
