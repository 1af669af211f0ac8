/**
 * The closed choices of an outreach event (Kegiatan Sosialisasi). Stored values are stable codes; labels come from
 * i18n (`kegiatan.options.status.<code>`).
 */

/** direncanakan → berlangsung (check-in open) → selesai (closed) → dilaporkan (berita acara handed in). */
export const statusKegiatan = ['direncanakan', 'berlangsung', 'selesai', 'dilaporkan'] as const;
export type StatusKegiatan = (typeof statusKegiatan)[number];

/**
 * The steps an officer may take from each status. Reopening (selesai → berlangsung) is there for the attendee
 * who turns up while the officer is packing up; a reported event is final, so its report stays true.
 */
const langkah = {
  direncanakan: ['berlangsung'],
  berlangsung: ['selesai'],
  selesai: ['berlangsung', 'dilaporkan'],
  dilaporkan: [],
} as const satisfies Readonly<Record<StatusKegiatan, readonly StatusKegiatan[]>>;
export const langkahKegiatan: Readonly<Record<StatusKegiatan, readonly StatusKegiatan[]>> = langkah;

/** A step as `dari_ke`, only the steps langkahKegiatan allows; each is labelled in i18n `kegiatan.langkah.<kode>`. */
export type KodeLangkah = { [S in StatusKegiatan]: `${S}_${(typeof langkah)[S][number]}` }[StatusKegiatan];

/** The steps from one status, each with its code. */
export function langkahDari(dari: StatusKegiatan): readonly { readonly ke: StatusKegiatan; readonly kode: KodeLangkah }[] {
  const ke: readonly StatusKegiatan[] = langkahKegiatan[dari];
  // Sound by construction: `ke` is one of langkahKegiatan[dari], which TypeScript cannot correlate with `dari`.
  return ke.map((k) => ({ ke: k, kode: `${dari}_${k}` as KodeLangkah }));
}

/** Check-in is open while the event runs; checking in on a planned event starts it. */
export const bisaCheckIn = (status: StatusKegiatan) => status === 'direncanakan' || status === 'berlangsung';
