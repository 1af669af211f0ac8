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
export const langkahKegiatan: Readonly<Record<StatusKegiatan, readonly StatusKegiatan[]>> = {
  direncanakan: ['berlangsung'],
  berlangsung: ['selesai'],
  selesai: ['berlangsung', 'dilaporkan'],
  dilaporkan: [],
};

/** Check-in is open while the event runs; checking in on a planned event starts it. */
export const bisaCheckIn = (status: StatusKegiatan) => status === 'direncanakan' || status === 'berlangsung';
