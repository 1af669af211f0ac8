import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv } from '../../../shared/csv/to-csv';
import { useToast } from '../../components/toast';
import type { KoperasiRecord } from '../../db/database';
import { desktop } from '../../desktop';

const columns = [
  'nama', 'bentuk', 'jenis', 'pola', 'kelompok', 'golongan', 'nomorBadanHukum', 'tanggalBadanHukum', 'nomorIndukKoperasi',
  'nib', 'npwp', 'alamat', 'rt', 'rw', 'kecamatanKode', 'kecamatanNama', 'kelurahanKode', 'kelurahanNama', 'telepon',
  'email', 'skalaUsaha', 'anggotaLaki', 'anggotaPerempuan', 'karyawanLaki', 'karyawanPerempuan', 'ratTerakhir',
  'ratTahunBuku', 'status', 'npp', 'statusBpjs',
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
        columns.map((c) => {
          const region = /^(kecamatan|kelurahan)(Kode|Nama)$/.exec(c);
          if (!region) return t(`koperasi.fields.${c}` as never);
          return region[2] === 'Kode' ? `${t(`koperasi.fields.${region[1]}` as never)} (kode)` : t(`koperasi.fields.${region[1]}` as never);
        }),
        rows.map((k) => columns.map((c) => k[c] as string | number | null)),
      );
      const date = new Date().toISOString().slice(0, 10);
      const result = await desktop().files.saveText({ suggestedName: `koperasi-${date}.csv`, content, filterName: 'CSV', extensions: ['csv'] });
      if (!result.ok) toast(t('koperasi.exportFailed', { reason: t(`ipcError.${result.error.code}`) }), { tone: 'error' });
      else if (result.value.saved) toast(t('koperasi.exported', { path: result.value.filePath }));
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
