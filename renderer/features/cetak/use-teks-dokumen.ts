import { useTranslation } from 'react-i18next';

/**
 * The words printed on a document ("Mengetahui,", "NIP."), always in Bahasa Indonesia: official papers follow the
 * Indonesian rules for official correspondence whatever language the screen is set to.
 */
export function useTeksDokumen() {
  const { i18n } = useTranslation();
  return i18n.getFixedT('id');
}
