import { formatTanggal } from '../../../shared/format/format-date';
import type { Penandatangan } from '../../../shared/settings/pengaturan-dokumen';
import { useApp } from '../../app/app-context';
import { useTeksDokumen } from './use-teks-dokumen';

export interface BlokTandaTanganProps {
  /** The place before the date; Pengaturan's "Tempat penandatanganan" when not given. */
  readonly tempat?: string;
  /** The date of signing, YYYY-MM-DD; '' leaves a dotted space to write it in. */
  readonly tanggal: string;
  /** Adds "Mengetahui," above the title: the head of office acknowledging a document someone else made. */
  readonly mengetahui?: boolean;
  /** Who signs; the office's signer from Pengaturan when not given. */
  readonly penandatangan?: Penandatangan;
  /** Leaves out the place-and-date line: a letter (surat undangan) writes it once, at its top right. */
  readonly tanpaTempatTanggal?: boolean;
}

/**
 * A signature block as official letters set it (docs/domain.md §5): "Tangerang Selatan, 21 November 2026", optionally
 * "Mengetahui,", "a.n. <the head's title>" when the signer signs on the head's behalf (Pengaturan), the title, room to sign, the name bold and underlined, the rank, and "NIP." with 18 digits.
 * Whatever is not known is left as a dotted line to fill in by hand. Sits on the right half of the page; inside a
 * `.blok-ttd-berjajar` row two blocks stand side by side.
 */
export function BlokTandaTangan({ tempat, tanggal, mengetahui = false, penandatangan, tanpaTempatTanggal = false }: BlokTandaTanganProps) {
  const t = useTeksDokumen();
  const { settings } = useApp();
  const signer = penandatangan ?? settings.dokumen.penandatangan;
  const place = tempat ?? settings.dokumen.tempatTandaTangan;
  const date = tanggal === '' ? t('cetak.dokumen.titik') : formatTanggal(tanggal, 'id');
  return (
    <div className="blok-ttd">
      {!tanpaTempatTanggal && <p>{place === '' ? date : t('cetak.dokumen.tempatTanggal', { tempat: place, tanggal: date })}</p>}
      {mengetahui && <p>{t('cetak.dokumen.mengetahui')}</p>}
      {signer.atasNama !== '' && <p>{t('dokumen.teks.laporanCapaian.atasNama', { jabatan: signer.atasNama })}</p>}
      {signer.jabatan !== '' && <p className="blok-ttd-jabatan">{signer.jabatan}</p>}
      <div className="blok-ttd-ruang" aria-hidden="true" />
      <p className="blok-ttd-nama">{signer.nama === '' ? t('cetak.dokumen.namaKosong') : signer.nama}</p>
      {signer.pangkat !== '' && <p>{signer.pangkat}</p>}
      <p>{t('cetak.dokumen.nip', { nip: signer.nip === '' ? t('cetak.dokumen.titik') : signer.nip })}</p>
    </div>
  );
}
