import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { tanggalHariIni } from '../../../shared/format/format-date';
import { checkNik, type NikCheck, type NikEnteredValues, type NikRegionLookup } from '../../../shared/nik/nik-check';
import { normalizeNik } from '../../../shared/nik/nik-parse';
import { useApp } from '../../app/app-context';
import { loadNikRegionLookup } from '../../regions/nik-region-lookup';

/**
 * The NIK findings for what is on the form right now: region codes checked against the Kemendagri list (loaded for
 * the NIK's kab/kota once typed), the coded birth date and sex against what was entered. If the region list cannot
 * be loaded the region checks are skipped, never reported as false warnings.
 */
export function useNikCheck(nik: string, entered: NikEnteredValues): NikCheck {
  const digits = normalizeNik(nik);
  const kab = /^\d{16}$/.test(digits) ? digits.slice(0, 4) : '';
  const [lookup, setLookup] = useState<{ kab: string; value: NikRegionLookup | null }>({ kab: '', value: null });
  useEffect(() => {
    if (!kab || lookup.kab === kab) return;
    let live = true;
    loadNikRegionLookup(digits).then(
      (value) => live && setLookup({ kab, value }),
      () => live && setLookup({ kab, value: null }),
    );
    return () => {
      live = false;
    };
  }, [kab, digits, lookup.kab]);
  const regions = lookup.kab === kab ? lookup.value : null;
  const { tanggalLahir, jenisKelamin } = entered;
  return useMemo(() => checkNik(nik, { tanggalLahir, jenisKelamin }, regions, tanggalHariIni()), [nik, tanggalLahir, jenisKelamin, regions]);
}

/**
 * The person already holding this NIK (other than the one being edited), deleted or not, or the erased person who
 * once had it (such a NIK cannot be recorded again, anggota-repository.ts); live.
 */
export function useNikHolder(nik: string, selfId: string | undefined) {
  const { anggota } = useApp();
  const digits = normalizeNik(nik);
  const valid = /^\d{16}$/.test(digits);
  return useLiveQuery(async () => {
    if (!valid) return null;
    const holder = (await anggota.findByNik(digits)) ?? (await anggota.findErasedByNik(digits));
    return holder && holder.id !== selfId ? holder : null;
  }, [anggota, digits, valid, selfId]);
}
