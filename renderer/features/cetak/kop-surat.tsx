import { useTranslation } from 'react-i18next';
import type { KopSurat as KopSuratValues } from '../../../shared/settings/pengaturan-dokumen';
import { useApp } from '../../app/app-context';
import { gayaBarisKop } from './gaya-baris-kop';

/** The office's letterhead as saved in Pengaturan (or derived from its profile), at the top of a document. */
export function KopSurat() {
  const { settings } = useApp();
  return <KopSuratView kopSurat={settings.dokumen.kopSurat} />;
}

/**
 * A letterhead from given values, for documents and for the live preview in Pengaturan: the emblem on the left,
 * the lines centred on the page (heading lines bold, the office's name biggest), a double rule beneath.
 */
export function KopSuratView({ kopSurat }: { kopSurat: KopSuratValues }) {
  const { t } = useTranslation();
  const gaya = gayaBarisKop(kopSurat.baris);
  return (
    <header className="kop-surat">
      <div className="kop-surat-isi">
        <div className="kop-surat-logo">{kopSurat.logo !== '' && <img src={kopSurat.logo} alt={t('cetak.logoAlt')} />}</div>
        <div className="kop-surat-baris">
          {kopSurat.baris.map((line, i) => (
            <p key={i} className={`kop-baris-${gaya[i] ?? 'alamat'}`}>
              {line}
            </p>
          ))}
        </div>
        <div aria-hidden="true" />
      </div>
      <div className="kop-surat-garis" aria-hidden="true" />
    </header>
  );
}
