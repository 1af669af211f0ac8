import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../shared/settings/settings';
import { en } from './en';
import { id } from './id';

/** Starts i18n in the office's chosen language (Bahasa Indonesia unless changed in Pengaturan). */
export async function initI18n(locale: Locale) {
  if (i18next.isInitialized) {
    await changeLocale(locale);
    return i18next;
  }
  await i18next.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: locale,
    fallbackLng: 'id',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = locale;
  return i18next;
}

export async function changeLocale(locale: Locale) {
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
