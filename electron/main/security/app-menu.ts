import type { MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../../../shared/settings/settings';

/** The roles a menu may carry: editing, zoom, full screen, window and quit. Nothing that reloads or inspects. */
export const allowedMenuRoles = [
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'selectAll',
  'zoomIn',
  'zoomOut',
  'resetZoom',
  'togglefullscreen',
  'minimize',
  'close',
  'quit',
] as const satisfies ReadonlyArray<MenuItemConstructorOptions['role']>;
type AllowedRole = (typeof allowedMenuRoles)[number];

/** Menu words as an office's Windows shows them in each language the app speaks. */
const labels: Record<Locale, Record<'berkas' | 'sunting' | 'tampilan' | 'jendela' | AllowedRole, string>> = {
  id: {
    berkas: 'Berkas',
    sunting: 'Sunting',
    tampilan: 'Tampilan',
    jendela: 'Jendela',
    undo: 'Urungkan',
    redo: 'Ulangi',
    cut: 'Potong',
    copy: 'Salin',
    paste: 'Tempel',
    selectAll: 'Pilih semua',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    resetZoom: 'Ukuran semula',
    togglefullscreen: 'Layar penuh',
    minimize: 'Kecilkan',
    close: 'Tutup jendela',
    quit: 'Keluar',
  },
  en: {
    berkas: 'File',
    sunting: 'Edit',
    tampilan: 'View',
    jendela: 'Window',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    togglefullscreen: 'Full screen',
    minimize: 'Minimise',
    close: 'Close window',
    quit: 'Quit',
  },
};

/**
 * The application menu, replacing Electron's default one, whose View menu carries *Reload* (which throws away a
 * form being typed) and *Toggle Developer Tools* (with its Ctrl+Shift+I accelerator). Only the roles above appear,
 * so the keyboard shortcuts an officer expects (copy, paste, zoom for a small screen) keep working and nothing else
 * is reachable. Labels follow the language chosen in Pengaturan at start.
 */
export function appMenuTemplate(locale: Locale): MenuItemConstructorOptions[] {
  const t = labels[locale];
  const item = (role: AllowedRole): MenuItemConstructorOptions => ({ role, label: t[role] });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  return [
    { label: t.berkas, submenu: [item('quit')] },
    {
      label: t.sunting,
      submenu: [item('undo'), item('redo'), separator, item('cut'), item('copy'), item('paste'), item('selectAll')],
    },
    { label: t.tampilan, submenu: [item('zoomIn'), item('zoomOut'), item('resetZoom'), separator, item('togglefullscreen')] },
    { label: t.jendela, submenu: [item('minimize'), item('close')] },
  ];
}
