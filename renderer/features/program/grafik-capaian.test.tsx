import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { bulanPeriode } from '../../../shared/program/hitung-capaian';
import { id } from '../../i18n/id';
import { GrafikBatang, GrafikBulanan, type Teks } from './grafik-capaian';

const i18n = i18next.createInstance();
let t: Teks;
beforeAll(async () => {
  await i18n.init({ resources: { id: { translation: id } }, lng: 'id', interpolation: { escapeValue: false } });
  t = i18n.getFixedT('id') as Teks;
});

/** The visible text of the rows of the tables in some markup, cell by cell. */
const rows = (html: string) => [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => c[1]));

describe('the achievement charts’ text alternatives', () => {
  it('prints the months across, twelve to a table, with no achievement yet for months still to come', () => {
    const bulanan = bulanPeriode('2026-01-01', '2027-06-30').map((bulan, i) => ({ bulan, kumulatif: i, laju: Math.round(((i + 1) * 180) / 18) / 10 }));
    const html = renderToStaticMarkup(
      <GrafikBulanan
        t={t}
        locale="id"
        judul="Capaian"
        judulTabel="Angka"
        bulanan={bulanan}
        hariIni="2026-11-21"
        size={{ width: 400, height: 160 }}
        tableClass="dok-tabel"
        susun="kolom"
      />,
    );
    expect(html.match(/<table/g)).toHaveLength(2);
    const [bulan1, kumulatif1, , bulan2, kumulatif2] = rows(html);
    expect(bulan1).toEqual([
      'Bulan',
      'Jan 2026',
      'Feb 2026',
      'Mar 2026',
      'Apr 2026',
      'Mei 2026',
      'Jun 2026',
      'Jul 2026',
      'Agu 2026',
      'Sep 2026',
      'Okt 2026',
      'Nov 2026',
      'Des 2026',
    ]);
    expect(kumulatif1).toEqual(['Tercapai (kumulatif)', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '—']);
    expect(bulan2).toHaveLength(7);
    expect(kumulatif2!.slice(1)).toEqual(['—', '—', '—', '—', '—', '—']);
  });

  it('gives each segment’s bars a row of target, achieved and percentage, or none on paper where they are printed beside', () => {
    const props = { t, locale: 'id', judul: 'Target dan capaian', judulTabel: 'Angka', size: { width: 300, height: 160 }, tableClass: 'compare-table' };
    const data = [
      { segmen: 'KSP 2026', target: 98, tercapai: 1, persen: 1 },
      { segmen: 'Produsen 2026', target: 8, tercapai: 7, persen: 87.5 },
    ];
    const html = renderToStaticMarkup(<GrafikBatang {...props} rows={data} />);
    expect(rows(html).slice(1)).toEqual([
      ['KSP 2026', '98', '1', '1%'],
      ['Produsen 2026', '8', '7', '87,5%'],
    ]);
    expect(renderToStaticMarkup(<GrafikBatang {...props} rows={data} tanpaTabel />)).not.toContain('<table');
  });
});
