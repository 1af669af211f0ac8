import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { rosterSummary, type Perbandingan } from '../../../shared/anggota/roster-summary';
import type { JenisPeran } from '../../../shared/anggota/peran-options';
import { formatAngka, formatTanggal } from '../../../shared/format/format-date';
import { VirtualTable, type Column } from '../../components/virtual-table';
import type { AnggotaRecord, KoperasiRecord } from '../../db/synced-records';
import type { PeranRoster } from '../../db/peran-repository';
import { NikMasked } from '../anggota/nik-masked';
import { useHariIni, useKoperasiRoster, useOrangTerlihat } from './use-koperasi-orang';

/** The order a cooperative's people are presented in: its officers first, then its staff and members. */
const urutanPeran: readonly JenisPeran[] = ['pengurus', 'pengawas', 'karyawan', 'anggota'];

/**
 * The cooperative's people by role, current roles first and ended ones apart, and what the cooperative reports
 * about its size set against who the office has recorded: the gap is the office's recording work still to do.
 * Grouped and counted from the roles alone; each table reads the people of the rows it shows (a large cooperative
 * has over a thousand members).
 */
export function KoperasiOrangTab({ koperasi }: { koperasi: KoperasiRecord }) {
  const { t, i18n } = useTranslation();
  const roster = useKoperasiRoster(koperasi.id);
  const today = useHariIni();
  const summary = useMemo(() => (roster ? rosterSummary(roster, koperasi, today) : undefined), [roster, koperasi, today]);
  if (!summary) return <p>{t('common.loading')}</p>;
  return (
    <>
      <div className="tab-actions">
        <Link className="button button-primary" to="/anggota/baru">
          {t('anggota.add')}
        </Link>
      </div>
      <section className="card" aria-labelledby="koperasi-compare-title">
        <h2 id="koperasi-compare-title">{t('koperasiTab.compare.title')}</h2>
        <CompareTable anggota={summary.anggota} karyawan={summary.karyawan} />
        <p className="compare-sentence">{compareSentence(t, i18n.language, 'anggota', summary.anggota)}</p>
        <p className="compare-sentence">{compareSentence(t, i18n.language, 'karyawan', summary.karyawan)}</p>
        <p className="muted">{t('koperasiTab.compare.hint')}</p>
      </section>
      {urutanPeran.map((jenis) => (
        <RosterSection key={jenis} jenis={jenis} rows={summary.groups.aktif[jenis]} />
      ))}
      {summary.groups.berakhir.length > 0 && <EndedSection rows={summary.groups.berakhir} />}
    </>
  );
}

/** The gap in plain words: how many are still to record, or that the cooperative's own figure looks out of date. */
function compareSentence(t: TFunction, locale: string, kind: 'anggota' | 'karyawan', p: Perbandingan): string {
  const n = (v: number) => formatAngka(v, locale);
  const values = { recorded: n(p.tercatat.total), reported: n(p.dilaporkan.total), missing: n(p.belumTercatat), extra: n(p.melebihiLaporan) };
  if (p.dilaporkan.total === 0 && p.tercatat.total === 0) return t(`koperasiTab.compare.${kind}.none`);
  if (p.melebihiLaporan > 0) return t(`koperasiTab.compare.${kind}.ahead`, values);
  if (p.belumTercatat === 0) return t(`koperasiTab.compare.${kind}.complete`, values);
  return t(`koperasiTab.compare.${kind}.behind`, values);
}

function CompareTable({ anggota, karyawan }: { anggota: Perbandingan; karyawan: Perbandingan }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatAngka(v, i18n.language);
  const rows = (kind: 'anggota' | 'karyawan', p: Perbandingan) => [
    [t(`koperasiTab.compare.rows.${kind}Laki`), n(p.dilaporkan.laki), n(p.tercatat.laki)],
    [t(`koperasiTab.compare.rows.${kind}Perempuan`), n(p.dilaporkan.perempuan), n(p.tercatat.perempuan)],
    [t(`koperasiTab.compare.rows.${kind}TanpaJenisKelamin`), t('common.notSet'), n(p.tercatat.tanpaJenisKelamin)],
    [t(`koperasiTab.compare.rows.${kind}Jumlah`), n(p.dilaporkan.total), n(p.tercatat.total)],
  ];
  return (
    <table className="compare-table">
      <thead>
        <tr>
          <th scope="col">{t('koperasiTab.compare.group')}</th>
          <th scope="col" className="numeric">
            {t('koperasiTab.compare.reported')}
          </th>
          <th scope="col" className="numeric">
            {t('koperasiTab.compare.recorded')}
          </th>
        </tr>
      </thead>
      {(['anggota', 'karyawan'] as const).map((kind) => (
        <tbody key={kind}>
          {rows(kind, kind === 'anggota' ? anggota : karyawan).map(([label, reported, recorded], i) => (
            <tr key={label} className={i === 3 ? 'compare-total' : undefined}>
              <th scope="row">{label}</th>
              <td className="numeric">{reported}</td>
              <td className="numeric">{recorded}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

/** A roster table that reads the people of the rows on screen only. */
function RosterTable({ label, rows, kind, maxRows }: { label: string; rows: readonly PeranRoster[]; kind: 'jabatan' | 'none' | 'ended'; maxRows: number }) {
  const ids = useMemo(() => rows.map((r) => r.anggota.id), [rows]);
  const { orang, onRangeChange } = useOrangTerlihat(ids);
  const columns = usePersonColumns(kind, orang);
  return <VirtualTable label={label} rows={rows} columns={columns} rowKey={(r) => r.peran.id} rowHeight={44} maxRows={maxRows} onRangeChange={onRangeChange} />;
}

function RosterSection({ jenis, rows }: { jenis: JenisPeran; rows: readonly PeranRoster[] }) {
  const { t, i18n } = useTranslation();
  const title = t('koperasiTab.roster.sectionTitle', { peran: t(`peran.options.peran.${jenis}`), formatted: formatAngka(rows.length, i18n.language) });
  return (
    <section className="card roster-section" aria-label={title}>
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t(`koperasiTab.roster.empty.${jenis}`)}</p>
      ) : (
        <RosterTable
          label={title}
          rows={rows}
          kind={jenis === 'anggota' ? 'none' : 'jabatan'}
          maxRows={jenis === 'pengurus' || jenis === 'pengawas' ? 12 : 8}
        />
      )}
    </section>
  );
}

function EndedSection({ rows }: { rows: readonly PeranRoster[] }) {
  const { t, i18n } = useTranslation();
  const title = t('koperasiTab.roster.ended', { formatted: formatAngka(rows.length, i18n.language) });
  return (
    <section className="card roster-section" aria-label={title}>
      <h2>{title}</h2>
      <p className="muted">{t('koperasiTab.roster.endedHint')}</p>
      <RosterTable label={title} rows={rows} kind="ended" maxRows={6} />
    </section>
  );
}

/** Name (to the person's page), masked NIK, sex, then the role's jabatan and dates as the list needs them. */
function usePersonColumns(kind: 'jabatan' | 'none' | 'ended', orang: ReadonlyMap<string, AnggotaRecord>): Column<PeranRoster>[] {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => (iso ? formatTanggal(iso, i18n.language) : t('common.notSet'));
  const person = (r: PeranRoster) => orang.get(r.anggota.id);
  const columns: Column<PeranRoster>[] = [
    {
      key: 'nama',
      header: t('koperasiTab.roster.columns.nama'),
      width: 'minmax(0, 2.4fr)',
      className: 'cell-main',
      // Until the row's person is read (a moment after it scrolls into view), the link says so.
      cell: (r) => <Link to={`/anggota/${r.anggota.id}`}>{person(r)?.nama ?? t('common.loading')}</Link>,
    },
    {
      key: 'nik',
      header: t('koperasiTab.roster.columns.nik'),
      width: 'minmax(0, 1.5fr)',
      cell: (r) => (person(r) ? <NikMasked nik={person(r)!.nik} /> : null),
    },
    {
      key: 'jk',
      header: t('koperasiTab.roster.columns.jenisKelamin'),
      width: 'minmax(0, 0.9fr)',
      cell: (r) =>
        r.anggota.jenisKelamin ? (
          t(`anggota.options.jenisKelamin.${r.anggota.jenisKelamin}`)
        ) : (
          <span className="muted">{t('koperasiTab.roster.sexUnknown')}</span>
        ),
    },
  ];
  if (kind === 'jabatan')
    columns.push({
      key: 'jabatan',
      header: t('koperasiTab.roster.columns.jabatan'),
      width: 'minmax(0, 1.4fr)',
      cell: (r) => r.peran.jabatan || t('common.notSet'),
    });
  if (kind === 'ended') {
    columns.push({
      key: 'peran',
      header: t('koperasiTab.roster.columns.peran'),
      width: 'minmax(0, 1.4fr)',
      cell: (r) => [t(`peran.options.peran.${r.peran.peran}`), r.peran.jabatan].filter(Boolean).join(' · '),
    });
  }
  columns.push({ key: 'mulai', header: t('koperasiTab.roster.columns.mulai'), width: 'minmax(0, 1.2fr)', cell: (r) => date(r.peran.mulai) });
  if (kind === 'ended')
    columns.push({ key: 'selesai', header: t('koperasiTab.roster.columns.selesai'), width: 'minmax(0, 1.2fr)', cell: (r) => date(r.peran.selesai) });
  return columns;
}
