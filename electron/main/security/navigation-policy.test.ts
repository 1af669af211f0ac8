import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, decideNavigation, decideWindowOpen, isAllowedExternalUrl, isAppUrl, secureWebPreferences } from './navigation-policy';

describe('isAppUrl', () => {
  it.each([APP_ENTRY_URL, 'app://koplindung/', 'app://koplindung/index.html#/koperasi/123', 'app://koplindung/assets/index-abc.js?v=1'])('accepts %s', (url) =>
    expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    undefined,
    '',
    'not a url',
    'app://other/index.html',
    'app://koplindung.evil.test/index.html',
    'app://koplindung:8080/index.html',
    'app://user:pw@koplindung/index.html',
    'http://koplindung/index.html',
    'https://koplindung/index.html',
    'file:///C:/koplindung/index.html',
    'http://127.0.0.1:5183/index.html',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'javascript:alert(1)',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://bpjsketenagakerjaan.go.id/',
    'https://www.bpjsketenagakerjaan.go.id/pu/kepesertaan',
    'https://kemenkopukm.go.id/',
    'https://www.kemenkopukm.go.id/read/berita',
    'https://kemenkop.go.id/',
    'https://www.kemenkop.go.id/?q=koperasi',
    'https://opendatacommons.org/licenses/odbl/1-0/',
    'https://WWW.BPJSKETENAGAKERJAAN.GO.ID/',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it.each([
    undefined,
    'http://bpjsketenagakerjaan.go.id/',
    'https://bpjsketenagakerjaan.go.id:8443/',
    'https://user@bpjsketenagakerjaan.go.id/',
    'https://bpjsketenagakerjaan.go.id.evil.test/',
    'https://evilbpjsketenagakerjaan.go.id/',
    'https://sso.bpjsketenagakerjaan.go.id/',
    'https://bpjsketenagakerjaan.go.id./',
    'https://example.com/?next=https://bpjsketenagakerjaan.go.id/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://koplindung/index.html',
    'mailto:someone@kemenkopukm.go.id',
    'smb://kemenkopukm.go.id/share',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('decideWindowOpen', () => {
  it('never opens a window, and hands only allow-listed links to the system browser', () => {
    expect(decideWindowOpen('https://bpjsketenagakerjaan.go.id/')).toEqual({ action: 'deny', openExternally: true });
    expect(decideWindowOpen('https://example.com/')).toEqual({ action: 'deny', openExternally: false });
    expect(decideWindowOpen(APP_ENTRY_URL)).toEqual({ action: 'deny', openExternally: false });
    expect(decideWindowOpen('about:blank')).toEqual({ action: 'deny', openExternally: false });
  });
});

describe('decideNavigation', () => {
  it('stays inside the app', () => {
    expect(decideNavigation('app://koplindung/index.html#/pengaturan')).toEqual({ allow: true, openExternally: false });
  });

  it('refuses remote pages, sending allow-listed ones to the system browser', () => {
    expect(decideNavigation('https://example.com/')).toEqual({ allow: false, openExternally: false });
    expect(decideNavigation('https://kemenkopukm.go.id/')).toEqual({ allow: false, openExternally: true });
    expect(decideNavigation('file:///etc/passwd')).toEqual({ allow: false, openExternally: false });
  });
});

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs', { packaged: true });

  it('isolates the page from the preload and runs it in the sandbox', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
  });

  it('gives the page no Node, in frames or workers either', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and insecure content off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
  });

  it('allows no webview, no drag-and-drop navigation and no spellcheck service', () => {
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.spellcheck).toBe(false);
  });

  it('loads the given preload', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });

  it('shuts DevTools in the packaged app and keeps them for a development run', () => {
    expect(prefs.devTools).toBe(false);
    expect(secureWebPreferences('/dev/preload.cjs', { packaged: false }).devTools).toBe(true);
  });

  it('sets nothing else', () => {
    expect(Object.keys(prefs).sort()).toEqual([
      'allowRunningInsecureContent',
      'contextIsolation',
      'devTools',
      'experimentalFeatures',
      'navigateOnDragDrop',
      'nodeIntegration',
      'nodeIntegrationInSubFrames',
      'nodeIntegrationInWorker',
      'preload',
      'sandbox',
      'spellcheck',
      'webSecurity',
      'webviewTag',
    ]);
  });
});
