import { z } from 'zod';
import { kegiatanFields, periksaKegiatan, type Kegiatan } from '../../../shared/kegiatan/kegiatan-schema';

/** One name per line in a text box, stored as a list (organizers, partners). */
const satuPerBaris = (item: z.ZodType<string[], string[]>) =>
  z
    .string()
    .transform((v) =>
      v
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0),
    )
    .pipe(item);

/**
 * The event form's values: the event's own fields, with organizers and partners typed one per line. Invitations
 * are kept as they are (the event page edits them), and the status moves only through its own buttons.
 */
export const kegiatanFormSchema = z
  .object({ ...kegiatanFields, penyelenggara: satuPerBaris(kegiatanFields.penyelenggara), mitra: satuPerBaris(kegiatanFields.mitra) })
  .superRefine(periksaKegiatan);
export type KegiatanFormInput = z.input<typeof kegiatanFormSchema>;

export function toFormValues(k: Kegiatan): KegiatanFormInput {
  return { ...k, penyelenggara: k.penyelenggara.join('\n'), mitra: k.mitra.join('\n'), narasumber: k.narasumber.map((n) => ({ ...n })) };
}
