import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { allowedMenuRoles, appMenuTemplate } from './app-menu';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('appMenuTemplate', () => {
  it.each(['id', 'en'] as const)('carries no developer entry in %s', (locale) => {
    const items = flatten(appMenuTemplate(locale));
    const roles = items.map((item) => item.role).filter((role) => role !== undefined);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    for (const role of roles) expect(allowedMenuRoles).toContain(role);
    // No custom click handlers or accelerators: nothing in the menu reaches past what the roles do.
    expect(items.some((item) => item.click !== undefined || item.accelerator !== undefined)).toBe(false);
  });

  it('speaks Bahasa Indonesia by default', () => {
    const menu = appMenuTemplate('id');
    expect(menu.map((item) => item.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Jendela']);
    const labels = flatten(menu).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Salin', 'Tempel', 'Urungkan', 'Keluar', 'Perbesar']));
  });

  it('labels every item that is not a separator', () => {
    for (const item of flatten(appMenuTemplate('id'))) {
      if (item.type !== 'separator') expect(item.label).toMatch(/\S/);
    }
  });
});
