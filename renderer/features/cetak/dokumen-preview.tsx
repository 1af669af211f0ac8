import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CaraCetak, JenisDokumen } from '../../../shared/cetak/cetakan-schema';
import { useApp } from '../../app/app-context';
import { useCetakDokumen } from './use-cetak-dokumen';

export interface DokumenPreviewProps {
  readonly jenis: JenisDokumen;
  /** The document's title: the page heading, and the print log's entry. */
  readonly judul: string;
  /** The event, enrollment or cooperative it is printed from. */
  readonly refId: string;
  /** The file name "Simpan PDF" suggests, e.g. "daftar-hadir-2026-11-21.pdf" (".pdf" is added when missing). */
  readonly namaBerkas: string;
  /** A4 landscape, for wide tables. */
  readonly landscape?: boolean;
  /** The document itself: one sheet, or one `<Halaman>` per sheet. */
  readonly children: ReactNode;
  /** The document's own controls in the toolbar (screen only): blank rows of a daftar hadir, marking forms printed. */
  readonly alat?: ReactNode;
  /** After a print or PDF save that went through (not a cancelled dialog): e.g. to offer marking forms printed. */
  readonly onPrinted?: (cara: CaraCetak) => void;
}

/** The documents with the office's signature block (BlokTandaTangan); a formulir is signed by the person. */
const DITANDATANGANI_KANTOR: ReadonlySet<JenisDokumen> = new Set([
  'daftar_hadir',
  'berita_acara',
  'daftar_kolektif',
  'laporan_capaian',
  'data_pribadi',
  'surat_undangan',
]);

/**
 * The preview page of one printed document: Kembali, Cetak and Simpan PDF above, and the document on screen as
 * A4 paper on a grey desk. Main prints this very window, and the print stylesheet leaves only the paper, so what
 * the officer sees is what goes to the printer or the PDF.
 */
export function DokumenPreview({ jenis, judul, refId, namaBerkas, landscape = false, children, alat, onPrinted }: DokumenPreviewProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const { cetak, simpanPdf, sibuk } = useCetakDokumen({ jenis, judul, refId, namaBerkas, landscape, onPrinted });
  const { settings } = useApp();
  // No signer yet: the block prints a blank name to fill in by hand. Say where to set it, on screen only (the
  // toolbar is not printed), before a stack of sheets goes out unsigned.
  const tanpaPenandatangan = DITANDATANGANI_KANTOR.has(jenis) && settings.dokumen.penandatangan.nama === '';
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    document.title = `${judul} · KopLindung`;
  }, [judul]);

  return (
    <section className={`dokumen-preview${landscape ? ' dokumen-landscape' : ''}`}>
      <header className="dokumen-toolbar no-print">
        <button type="button" className="button" onClick={() => void navigate(-1)}>
          {t('cetak.back')}
        </button>
        <h1 ref={heading} tabIndex={-1}>
          {judul}
        </h1>
        <div className="page-actions">
          <button type="button" className="button button-primary" disabled={sibuk !== null} onClick={() => void cetak()}>
            {t('cetak.print')}
          </button>
          <button type="button" className="button" disabled={sibuk !== null} onClick={() => void simpanPdf()}>
            {t('cetak.savePdf')}
          </button>
          {sibuk !== null && (
            <span className="muted" role="status">
              {t(sibuk === 'printer' ? 'cetak.printing' : 'cetak.savingPdf')}
            </span>
          )}
        </div>
        {alat && <div className="dok-alat">{alat}</div>}
        {tanpaPenandatangan && (
          <p className="notice-warning dok-catatan-penandatangan" role="note">
            {t('cetak.penandatanganKosong')} <Link to="/pengaturan">{t('cetak.aturPenandatangan')}</Link>
          </p>
        )}
      </header>
      <div className="dokumen-meja">
        <article className="dokumen" aria-label={judul}>
          {children}
        </article>
      </div>
    </section>
  );
}

/**
 * One sheet of a document that has several (a form per person, a long list split by hand): each is a sheet on
 * screen and starts a new page on paper. Content that simply runs long breaks onto new pages by itself.
 */
export function Halaman({ children }: { children: ReactNode }) {
  return <div className="halaman">{children}</div>;
}
