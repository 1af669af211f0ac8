import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { peranAktif } from '../../../shared/anggota/peran-schema';
import { tanggalHariIni } from '../../../shared/format/format-date';
import { jumlahDiundang, type Undangan } from '../../../shared/kegiatan/kegiatan-schema';
import { useApp } from '../../app/app-context';
import { KoperasiPicker } from '../../components/koperasi-picker';
import { useToast } from '../../components/toast';
import type { KegiatanRecord } from '../../db/synced-records';
import { failureReason } from '../../i18n/failure-reason';

/** Representatives a cooperative is asked to send when the officer has not said how many. */
const PERWAKILAN_BAWAAN = 2;

/**
 * The invited cooperatives and whom each is expected to send. Representatives are picked from the cooperative's
 * officers and employees (those are who come to a socialization); the expected number leaves blank rows for the
 * rest on the daftar hadir. Every change is saved at once, as the officer makes it.
 */
export function UndanganSection({ kegiatan: k, readOnly }: { kegiatan: KegiatanRecord; readOnly: boolean }) {
  const { t } = useTranslation();
  const { kegiatan, koperasi, anggota } = useApp();
  const toast = useToast();
  const [choosing, setChoosing] = useState<string | null>(null);
  const [picker, setPicker] = useState('');
  const names = useLiveQuery(async () => {
    const koperasiRows = await Promise.all(k.undangan.map((u) => koperasi.get(u.koperasiId)));
    const people = await Promise.all(k.undangan.flatMap((u) => u.perwakilan).map((id) => anggota.get(id)));
    return {
      koperasi: new Map(koperasiRows.flatMap((r) => (r ? [[r.id, r.nama] as const] : []))),
      anggota: new Map(people.flatMap((p) => (p ? [[p.id, p.nama] as const] : []))),
    };
  }, [k.undangan, koperasi, anggota]);

  const save = async (undangan: Undangan[]) => {
    try {
      await kegiatan.update(k.id, { undangan });
    } catch (error) {
      toast(t('kegiatan.saveFailed', { reason: failureReason(t, error) }), { tone: 'error' });
    }
  };
  const change = (koperasiId: string, patch: Partial<Undangan>) => save(k.undangan.map((u) => (u.koperasiId === koperasiId ? { ...u, ...patch } : u)));
  const add = (koperasiId: string) => {
    setPicker('');
    if (!koperasiId) return;
    if (k.undangan.some((u) => u.koperasiId === koperasiId)) {
      toast(t('validation.duplicateKoperasi'), { tone: 'error' });
      return;
    }
    void save([...k.undangan, { koperasiId, perwakilan: [], jumlahPerwakilan: PERWAKILAN_BAWAAN }]);
    setChoosing(koperasiId);
  };

  const totalOrang = k.undangan.reduce((sum, u) => sum + jumlahDiundang(u), 0);
  return (
    <section className="card" aria-labelledby="undangan-heading">
      <h2 id="undangan-heading">{t('kegiatan.undangan.title')}</h2>
      <p className="muted">{t('kegiatan.undangan.summary', { koperasi: k.undangan.length, orang: totalOrang })}</p>
      {k.undangan.length > 0 && (
        <table className="compare-table undangan-table">
          <thead>
            <tr>
              <th scope="col">{t('kegiatan.undangan.koperasi')}</th>
              <th scope="col">{t('kegiatan.undangan.perwakilan')}</th>
              <th scope="col">{t('kegiatan.undangan.jumlah')}</th>
              {!readOnly && (
                <th scope="col">
                  <span className="visually-hidden">{t('kegiatan.undangan.aksi')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {k.undangan.map((u) => {
              const nama = names?.koperasi.get(u.koperasiId) ?? '…';
              return (
                <tr key={u.koperasiId}>
                  <td>
                    <Link to={`/koperasi/${u.koperasiId}`}>{nama}</Link>
                  </td>
                  <td>
                    {u.perwakilan.length === 0 ? (
                      <span className="muted">{t('kegiatan.undangan.belumDipilih')}</span>
                    ) : (
                      u.perwakilan.map((id) => names?.anggota.get(id) ?? '…').join(', ')
                    )}
                    {choosing === u.koperasiId && !readOnly && (
                      <PilihPerwakilan
                        koperasiId={u.koperasiId}
                        koperasiNama={nama}
                        chosen={u.perwakilan}
                        onChange={(perwakilan) => void change(u.koperasiId, { perwakilan })}
                        onDone={() => setChoosing(null)}
                      />
                    )}
                  </td>
                  <td>
                    {readOnly ? (
                      jumlahDiundang(u)
                    ) : (
                      <input
                        type="number"
                        min={0}
                        max={50}
                        className="input-narrow"
                        aria-label={t('kegiatan.undangan.jumlahFor', { nama })}
                        defaultValue={u.jumlahPerwakilan}
                        onBlur={(e) => {
                          const v = Number(e.target.value);
                          if (Number.isInteger(v) && v >= 0 && v <= 50 && v !== u.jumlahPerwakilan) void change(u.koperasiId, { jumlahPerwakilan: v });
                          else e.target.value = String(u.jumlahPerwakilan);
                        }}
                      />
                    )}
                  </td>
                  {!readOnly && (
                    <td className="cell-actions">
                      <button
                        type="button"
                        className="button button-quiet"
                        onClick={() => setChoosing(choosing === u.koperasiId ? null : u.koperasiId)}
                        aria-expanded={choosing === u.koperasiId}
                        aria-label={t('kegiatan.undangan.pilih', { nama })}
                      >
                        {t('kegiatan.undangan.pilihRingkas')}
                      </button>
                      <button
                        type="button"
                        className="button button-quiet"
                        onClick={() => void save(k.undangan.filter((x) => x.koperasiId !== u.koperasiId))}
                        aria-label={t('kegiatan.undangan.hapus', { nama })}
                      >
                        {t('kegiatan.undangan.hapusRingkas')}
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {!readOnly && (
        <div className="field">
          <label htmlFor="undangan-tambah">{t('kegiatan.undangan.tambah')}</label>
          <KoperasiPicker id="undangan-tambah" value={picker} placeholder={t('kegiatan.undangan.tambahPlaceholder')} onChange={(id) => add(id)} />
        </div>
      )}
    </section>
  );
}

/** Checkboxes of a cooperative's current officers and employees, to name who is expected. */
function PilihPerwakilan(props: {
  koperasiId: string;
  koperasiNama: string;
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { peran } = useApp();
  const roster = useLiveQuery(async () => {
    const today = tanggalHariIni();
    const rows = await peran.listForKoperasi(props.koperasiId);
    return rows.filter((r) => r.peran.peran !== 'anggota' && peranAktif(r.peran, today));
  }, [peran, props.koperasiId]);
  // The choice is kept here and saved on each click, so two quick clicks never save from a stale list.
  const [chosen, setChosen] = useState<readonly string[]>(props.chosen);
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...chosen, id] : chosen.filter((x) => x !== id);
    setChosen(next);
    props.onChange(next);
  };
  return (
    <fieldset className="pilih-perwakilan">
      <legend>{t('kegiatan.undangan.pilihLegend', { nama: props.koperasiNama })}</legend>
      {roster === undefined && <p>{t('common.loading')}</p>}
      {roster?.length === 0 && <p className="muted">{t('kegiatan.undangan.tanpaPengurus')}</p>}
      {roster?.map(({ peran: p, anggota: a }) => (
        <label key={p.id} className="checkbox">
          <input type="checkbox" checked={chosen.includes(a.id)} onChange={(e) => toggle(a.id, e.target.checked)} />
          {a.nama} <span className="muted">— {p.jabatan || t(`peran.options.peran.${p.peran}`)}</span>
        </label>
      ))}
      <button type="button" className="button" onClick={props.onDone}>
        {t('kegiatan.undangan.selesaiMemilih')}
      </button>
    </fieldset>
  );
}
