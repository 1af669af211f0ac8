import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id, type Messages } from './id';

/**
 * The guarantee itself, guarded: `npm run typecheck` checks this file (tsconfig.test.json), and each
 * `@ts-expect-error` below fails it the day the typing stops refusing what it must refuse (i18next.d.ts removed, or
 * Messages loosened). The run-time half shows the same calls against a real i18next.
 */
describe('typed i18n keys', () => {
  const i18n = i18next.createInstance();

  it('refuse a key that is not in id.ts, and take one that is', async () => {
    await i18n.init({ resources: { id: { translation: id }, en: { translation: en } }, lng: 'id', fallbackLng: 'id', interpolation: { escapeValue: false } });
    const t = i18n.t;
    // @ts-expect-error a key that is not in id.ts
    expect(t('a.key.that.does.not.exist')).toBe('a.key.that.does.not.exist');
    // @ts-expect-error a group is not a text
    t('nav');
    expect(t('nav.beranda')).toBe('Beranda');
    expect(t('koperasi.resultCount', { count: 2, formatted: '2' })).toBe('2 koperasi');
    const status: 'direncanakan' | 'berlangsung' = 'berlangsung';
    expect(t(`kegiatan.options.status.${status}`)).toBe(id.kegiatan.options.status.berlangsung);
    const bebas: string = 'berlangsung';
    // @ts-expect-error a key built from any string: narrow the value to its option list first
    t(`kegiatan.options.status.${bebas}`);
  });

  it('hold en.ts to exactly the keys of id.ts', () => {
    // @ts-expect-error an English key that Bahasa Indonesia does not have
    const extra: Messages = { ...en, app: { ...en.app, tambahan: 'extra' } };
    const { name: _name, ...appWithoutName } = en.app;
    // @ts-expect-error an English text missing
    const missing: Messages = { ...en, app: appWithoutName };
    expect(Object.keys(extra.app)).toContain('tambahan');
    expect(Object.keys(missing.app)).not.toContain('name');
  });
});
