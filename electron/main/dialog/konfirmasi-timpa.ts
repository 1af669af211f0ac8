import { basename } from 'node:path';
import type { MessageBoxOptions } from 'electron';
import type { Locale } from '../../../shared/settings/settings';

/** The question's words in each language the app speaks (main has no i18n of its own; app-menu.ts does the same). */
const teks: Record<Locale, { timpa: string; batal: string; ada: (nama: string) => string; rinci: string }> = {
  id: { timpa: 'Timpa', batal: 'Batal', ada: (nama) => `Berkas ${nama} sudah ada.`, rinci: 'Menyimpan akan menimpa berkas itu. Lanjutkan?' },
  en: { timpa: 'Replace', batal: 'Cancel', ada: (nama) => `The file ${nama} already exists.`, rinci: 'Saving will replace that file. Continue?' },
};

/**
 * The message box that asks before a save replaces an existing file, in the language chosen in Pengaturan. *Batal*
 * is the default and what Esc answers, so a stray Enter never replaces a file.
 */
export function opsiKonfirmasiTimpa(locale: Locale, filePath: string): MessageBoxOptions {
  const t = teks[locale];
  return { type: 'warning', buttons: [t.timpa, t.batal], defaultId: 1, cancelId: 1, title: 'KopLindung', message: t.ada(basename(filePath)), detail: t.rinci };
}
