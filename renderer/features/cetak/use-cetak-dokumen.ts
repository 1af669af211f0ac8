import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaraCetak, JenisDokumen } from '../../../shared/cetak/cetakan-schema';
import { useApp } from '../../app/app-context';
import { usePetugas } from '../../app/use-petugas';
import { useToast } from '../../components/toast';
import { desktop, unwrap } from '../../desktop';
import { failureReason } from '../../i18n/failure-reason';

export interface DokumenDicetak {
  readonly jenis: JenisDokumen;
  readonly judul: string;
  readonly refId: string;
  readonly namaBerkas: string;
  readonly landscape: boolean;
  /** Told after a print or save that went through, whether or not the print log took it. */
  readonly onPrinted?: ((cara: CaraCetak) => void) | undefined;
}

/**
 * Printing and PDF saving of the document on screen, each success written to the print log with who printed it
 * (UU 27/2022: personal data on paper leaves the laptop's protection). A cancelled dialog is no event; a failure
 * says why. `sibuk` is set while the dialog is open, so a double click prints once.
 */
export function useCetakDokumen(dokumen: DokumenDicetak) {
  const { t } = useTranslation();
  const { cetakan } = useApp();
  const { petugas } = usePetugas();
  const toast = useToast();
  const [sibuk, setSibuk] = useState<CaraCetak | null>(null);

  const catat = async (cara: CaraCetak, berkas: string, jumlahHalaman: number) => {
    try {
      await cetakan.create({
        jenis: dokumen.jenis,
        judul: dokumen.judul,
        refId: dokumen.refId,
        cara,
        berkas,
        jumlahHalaman,
        petugas,
        waktu: new Date().toISOString(),
      });
      return true;
    } catch (error) {
      toast(t('cetak.logFailed', { reason: failureReason(t, error) }), { tone: 'error' });
      return false;
    }
  };

  const cetak = async () => {
    setSibuk('printer');
    try {
      const { printed } = await unwrap(desktop().print.printDocument({ landscape: dokumen.landscape }));
      if (printed) {
        if (await catat('printer', '', 0)) toast(t('cetak.printed'));
        dokumen.onPrinted?.('printer');
      }
    } catch (error) {
      toast(t('cetak.printFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    } finally {
      setSibuk(null);
    }
  };

  const simpanPdf = async () => {
    setSibuk('pdf');
    try {
      const outcome = await unwrap(desktop().print.savePdf({ suggestedName: dokumen.namaBerkas, landscape: dokumen.landscape }));
      if (outcome.saved) {
        if (await catat('pdf', namaFile(outcome.filePath), outcome.pages)) toast(t('cetak.pdfSaved', { path: outcome.filePath }));
        dokumen.onPrinted?.('pdf');
      }
    } catch (error) {
      toast(t('cetak.pdfFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    } finally {
      setSibuk(null);
    }
  };

  return { cetak, simpanPdf, sibuk };
}

/** The log keeps the file's name, not the folder: the log travels to the district office, the laptop's folders do not. */
function namaFile(filePath: string): string {
  return filePath.split(/[\\/]/).at(-1) ?? filePath;
}
