import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';

/** Says plainly that a section of the product is not built yet, and what it will hold. */
export function NotBuiltPage({ section }: { section: 'pertukaran' }) {
  const { t } = useTranslation();
  const name = t(`nav.${section}`);
  return (
    <Page title={name}>
      <section className="card notice">
        <h2>{t('notBuilt.title', { section: name })}</h2>
        <p>{t('notBuilt.body')}</p>
        <h3>{t('notBuilt.plannedTitle')}</h3>
        <p>{t(`notBuilt.${section}`)}</p>
      </section>
    </Page>
  );
}
