import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { Controller, FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTanggal, tanggalHariIni } from '../../../shared/format/format-date';
import { emptyKeikutsertaan, keikutsertaanSchema, type Keikutsertaan } from '../../../shared/program/keikutsertaan-schema';
import { statusKeikutsertaan } from '../../../shared/program/program-options';
import { useApp } from '../../app/app-context';
import { Field, useErrorText } from '../../components/field';
import { ChoiceField, FormLabels, TextField, useSaveBlocker, SaveBlockedNote } from '../../components/form-fields';
import { KoperasiPicker } from '../../components/koperasi-picker';
import { useToast } from '../../components/toast';
import type { KeikutsertaanRecord } from '../../db/synced-records';
import { failureReason } from '../../i18n/failure-reason';

/**
 * The cooperatives recorded in a program the app does not otherwise track (PKS-PKB): a short form to record one
 * (cooperative, date joined, status, date left, note), and the list with *Tandai keluar* and delete with undo.
 */
export function KeikutsertaanSection({ programId }: { programId: string }) {
  const { t, i18n } = useTranslation();
  const { keikutsertaan, koperasi } = useApp();
  const toast = useToast();
  const errorText = useErrorText();
  const rows = useLiveQuery(async () => {
    const list = await keikutsertaan.listForProgram(programId);
    const names = await Promise.all(list.map((k) => koperasi.get(k.koperasiId)));
    return list.map((k, i) => ({ k, nama: names[i]?.nama ?? '' }));
  }, [keikutsertaan, koperasi, programId]);
  const form = useForm<Keikutsertaan, unknown, Keikutsertaan>({
    defaultValues: { ...emptyKeikutsertaan(programId), tanggalBergabung: tanggalHariIni() },
    resolver: zodResolver(keikutsertaanSchema),
  });
  const { blocker, reveal, clear } = useSaveBlocker('.keikutsertaan-form');
  const save = form.handleSubmit(async (values) => {
    try {
      await keikutsertaan.create(values);
      const k = await koperasi.get(values.koperasiId);
      toast(t('program.keikutsertaanSaved', { koperasi: k?.nama ?? '' }));
      form.reset({ ...values, koperasiId: '', catatan: '' });
      clear();
    } catch (error) {
      toast(t('program.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  }, reveal);
  const remove = async (row: KeikutsertaanRecord, nama: string) => {
    await keikutsertaan.remove(row.id);
    toast(t('program.keikutsertaanDeleted', { koperasi: nama }), { action: { label: t('common.undo'), run: () => keikutsertaan.restore(row.id) } });
  };
  const date = (d: string) => (d ? formatTanggal(d, i18n.language) : '—');
  return (
    <section className="card" aria-labelledby="keikutsertaan-heading">
      <h2 id="keikutsertaan-heading">{t('program.keikutsertaanTitle')}</h2>
      {rows?.length === 0 && <p className="empty">{t('program.keikutsertaanKosong')}</p>}
      {rows && rows.length > 0 && (
        <table className="compare-table wide-table">
          <thead>
            <tr>
              <th scope="col">{t('program.kolom.koperasi')}</th>
              <th scope="col">{t('program.kolom.bergabung')}</th>
              <th scope="col">{t('program.kolom.status')}</th>
              <th scope="col">{t('program.kolom.keluar')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ k, nama }) => (
              <tr key={k.id}>
                <th scope="row">
                  <Link to={`/koperasi/${k.koperasiId}`}>{nama}</Link>
                </th>
                <td>{date(k.tanggalBergabung)}</td>
                <td>{t(`program.options.status.${k.status}`)}</td>
                <td>{date(k.tanggalKeluar)}</td>
                <td>
                  {k.status === 'ikut' && (
                    <button
                      type="button"
                      className="button button-quiet"
                      onClick={() => void keikutsertaan.update(k.id, { status: 'keluar', tanggalKeluar: tanggalHariIni() })}
                    >
                      {t('program.tandaiKeluar')}
                    </button>
                  )}
                  <button type="button" className="button button-quiet" aria-label={`${t('common.delete')} ${nama}`} onClick={() => void remove(k, nama)}>
                    {t('common.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <FormProvider {...form}>
        <FormLabels namespace="program">
          <form className="form keikutsertaan-form" onSubmit={save} noValidate aria-label={t('program.catatKeikutsertaan')}>
            <h3 className="subheading">{t('program.catatKeikutsertaan')}</h3>
            <Controller
              control={form.control}
              name="koperasiId"
              render={({ field, fieldState }) => (
                <Field label={t('program.fields.koperasiId')} error={errorText(fieldState.error?.message)} required>
                  {({ id, describedBy, invalid }) => (
                    <KoperasiPicker
                      id={id}
                      value={field.value}
                      describedBy={describedBy}
                      invalid={invalid}
                      placeholder={t('program.cariKoperasi')}
                      onChange={(kid) => field.onChange(kid)}
                    />
                  )}
                </Field>
              )}
            />
            <div className="grid-3">
              <TextField<Keikutsertaan> name="tanggalBergabung" type="date" required />
              <ChoiceField<Keikutsertaan> name="status" options={statusKeikutsertaan} />
              <TextField<Keikutsertaan> name="tanggalKeluar" type="date" />
            </div>
            <TextField<Keikutsertaan> name="catatan" />
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
                {t('program.catatKeikutsertaan')}
              </button>
              <SaveBlockedNote blocker={blocker} />
            </div>
          </form>
        </FormLabels>
      </FormProvider>
    </section>
  );
}
