import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv } from '../../../shared/csv/to-csv';
import { useToast } from '../../components/toast';
import type { KoperasiRecord } from '../../db/synced-records';
import { desktop, unwrap } from '../../desktop';
import { failureReason } from '../../i18n/failure-reason';
import { koperasiFieldLabel } from './koperasi-field-label';

const columns = [
  'nama',
  'bentuk',
  'jenis',
  'pola',
  'kelompok',
  'golongan',
  'nomorBadanHukum',
  'tanggalBadanHukum',
  'nomorIndukKoperasi',
  'nib',
  'npwp',
  'alamat',
  'rt',
  'rw',
  'kecamatanKode',
  'kecamatanNama',
  'kelurahanKode',
  'kelurahanNama',
  'telepon',
  'email',
  'skalaUsaha',
  'anggotaLaki',
  'anggotaPerempuan',
  'karyawanLaki',
  'karyawanPerempuan',
  'ratTerakhir',
  'ratTahunBuku',
  'status',
  'npp',
  'statusBpjs',
] as const satisfies readonly (keyof KoperasiRecord)[];

/** Saves the list as shown (after search and filters) as CSV, through main's save dialog. */
export function ExportKoperasiButton({ rows }: { rows: readonly KoperasiRecord[] }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const content = toCsv(
        columns.map((c) => koperasiFieldLabel(t, c, { codeSuffix: true })),
        rows.map((k) => columns.map((c) => k[c] as string | number | null)),
      );
      const date = new Date().toISOString().slice(0, 10);
      const outcome = await unwrap(desktop().files.saveText({ kind: 'csv', suggestedName: `koperasi-${date}`, content }));
      if (outcome.saved) toast(t('koperasi.exported', { path: outcome.filePath }));
    } catch (error) {
      toast(t('koperasi.exportFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="button" onClick={() => void run()} disabled={busy || rows.length === 0}>
      {t('koperasi.exportCsv')}
    </button>
  );
}
