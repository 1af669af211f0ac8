import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../shared/format/format-date';
import type { TarifIuran } from '../../../shared/kepesertaan/tarif-iuran';
import { useApp } from '../../app/app-context';
import { useToast } from '../../components/toast';
import { desktop, unwrap } from '../../desktop';
import { failureReason } from '../../i18n/failure-reason';
import { TambahPeriodeForm } from './tambah-periode-form';
import { TarifIuranForm } from './tarif-iuran-form';
import { TarifIuranTable } from './tarif-iuran-table';
import { TarifUsangNotice } from './tarif-usang-notice';

/** What the section shows below the table: nothing, the new-period date, or one period's edit form. */
type Mode =
  | { readonly kind: 'view' }
  | { readonly kind: 'add' }
  /** `rows` is the table the edited row will be saved into: the stored one, or a draft with a new period. */
  | { readonly kind: 'edit'; readonly rows: readonly TarifIuran[]; readonly row: TarifIuran };

/**
 * Pengaturan → Tarif iuran: the dated rates every contribution estimate uses. Rates live in main's settings (not
 * IndexedDB) because they belong to the office's configuration, like the letterhead, not to the records; the whole
 * table is saved at once so main can check that no two periods overlap.
 */
export function TarifIuranSection() {
  const { t, i18n } = useTranslation();
  const { settings, setSettings } = useApp();
  const toast = useToast();
  const headingId = useId();
  const [mode, setMode] = useState<Mode>({ kind: 'view' });

  const save = async (rows: readonly TarifIuran[], row: TarifIuran) => {
    const next = rows.map((r) => (r.id === row.id ? row : r));
    try {
      setSettings(await unwrap(desktop().settings.saveTarifIuran(next)));
      setMode({ kind: 'view' });
      toast(t('tarif.saved'));
    } catch (error) {
      toast(t('tarif.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('tarif.title')}</h2>
      <p className="muted">{t('tarif.intro')}</p>
      <TarifUsangNotice />
      <TarifIuranTable rows={settings.tarifIuran} disabled={mode.kind !== 'view'} onEdit={(row) => setMode({ kind: 'edit', rows: settings.tarifIuran, row })} />

      {mode.kind === 'view' && (
        <div className="form-actions section-actions">
          <button type="button" className="button" onClick={() => setMode({ kind: 'add' })}>
            {t('tarif.addPeriod')}
          </button>
        </div>
      )}
      {mode.kind === 'add' && (
        <TambahPeriodeForm
          rows={settings.tarifIuran}
          onReady={(rows, row) => setMode({ kind: 'edit', rows, row })}
          onCancel={() => setMode({ kind: 'view' })}
        />
      )}
      {mode.kind === 'edit' && (
        <TarifIuranForm
          key={mode.row.id}
          row={mode.row}
          others={mode.rows}
          title={t('tarif.editTitle', { date: formatTanggal(mode.row.berlakuMulai, i18n.language) })}
          onSave={(row) => save(mode.rows, row)}
          onCancel={() => setMode({ kind: 'view' })}
        />
      )}
    </section>
  );
}
