import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { Tabs } from '../../components/tabs';
import { useSetSearchParam } from '../../components/use-search-param';
import { bagianPertukaran } from './bagian-pertukaran';

/**
 * Pertukaran Data: files that move the office's records between laptops, the district office and the central
 * office. Its parts are tabs (bagian-pertukaran.tsx); the chosen one lives in the URL, so Back returns to it.
 */
export function PertukaranPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const setParam = useSetSearchParam();
  const pertama = bagianPertukaran[0]!;
  const dipilih = bagianPertukaran.find((b) => b.key === params.get('tab')) ?? pertama;
  return (
    <Page title={t('pertukaran.judul')}>
      <Tabs
        label={t('pertukaran.tabsLabel')}
        tabs={bagianPertukaran.map((b) => ({ key: b.key, label: <b.Label /> }))}
        selected={dipilih.key}
        onSelect={(key) => setParam('tab', key === pertama.key ? '' : key)}
      >
        <dipilih.Panel />
      </Tabs>
    </Page>
  );
}
