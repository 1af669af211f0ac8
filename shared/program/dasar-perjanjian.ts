import { nomorPerjanjian, type Perjanjian } from './perjanjian-schema';
import type { JenisPerjanjian } from './program-options';

/** How an official letter names each kind of agreement. */
const sebutanJenis: Record<JenisPerjanjian, string> = {
  mou: 'Nota Kesepahaman',
  nota_kesepakatan: 'Nota Kesepakatan',
  pks: 'Perjanjian Kerja Sama',
};

/**
 * The *Dasar:* of a document that serves agreements, as Indonesian official letters write it: each agreement by its
 * kind, its subject and every party's number ("Nota Kesepahaman tentang …, Nomor 12/KB/M.KUKM/XI/2020 dan Nomor
 * MOU/8/11/2020"). One entry per agreement; none when the event serves no program or the program no agreement.
 */
export function dasarPerjanjian(perjanjian: readonly Pick<Perjanjian, 'jenis' | 'judul' | 'pihak'>[]): string[] {
  return perjanjian.map((p) => {
    const nomor = nomorPerjanjian(p);
    const judul = p.judul.trim() ? ` tentang ${p.judul.trim()}` : '';
    return `${sebutanJenis[p.jenis]}${judul}${nomor.length > 0 ? `, Nomor ${nomor.join(' dan Nomor ')}` : ''}`;
  });
}
