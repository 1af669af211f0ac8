import type { ReactNode } from 'react';
import { useTeksDokumen } from '../cetak/use-teks-dokumen';
import '../../styles/dokumen.css';

/** A value on a form, or a dotted line to write it in by hand: a missing value never prints as "undefined" or "0". */
export function Isian({ value, pendek = false }: { value: string; pendek?: boolean }) {
  return value ? <span className="dok-isian">{value}</span> : <span className={pendek ? 'dok-titik dok-titik-pendek' : 'dok-titik'} />;
}

/** A tick box of a paper form: ☑ when chosen, ☐ to tick by hand. */
export function Kotak({ checked, children }: { checked: boolean; children: ReactNode }) {
  return (
    <span className="dok-kotak">
      <span className="dok-kotak-tanda" aria-label={checked ? '✓' : undefined}>
        {checked ? '☑' : '☐'}
      </span>{' '}
      {children}
    </span>
  );
}

/**
 * A signature block without title or NIP: a party who signs as a person (the participant, the cooperative's
 * chairman, the officer who made a report). The name is printed bold and underlined, or a bracketed line to write
 * it in. `atas` is a line above the label; beside a BlokTandaTangan give '' (an empty line), so the labels line up
 * with its place-and-date line. `nip` adds the "NIP." line a civil servant signs with ('' leaves it to write in).
 */
export function TandaTanganNama({ label, nama, atas, nip }: { label: string; nama: string; atas?: string; nip?: string }) {
  const t = useTeksDokumen();
  return (
    <div className="blok-ttd dok-ttd-nama">
      {atas !== undefined && <p>{atas || '\u00a0'}</p>}
      <p>{label}</p>
      <div className="blok-ttd-ruang" aria-hidden="true" />
      {nama ? <p className="blok-ttd-nama">{nama}</p> : <p>{t('cetak.dokumen.namaKosong')}</p>}
      {nip !== undefined && <p>{t('cetak.dokumen.nip', { nip: nip.trim() || t('cetak.dokumen.titik') })}</p>}
    </div>
  );
}

/** One "Label : value" line of a document's header or form; `children` instead of a value for tick boxes. */
export function Keterangan({ label, value = '', children }: { label: string; value?: string; children?: ReactNode }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="dok-titik-dua">:</td>
      <td>{children ?? <Isian value={value} />}</td>
    </tr>
  );
}
