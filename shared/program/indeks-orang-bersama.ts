import type { RingkasanKoperasi } from './ringkasan-koperasi';

/**
 * Which people appear in the summaries of more than one cooperative (enrolled or checked in through two), and
 * through which. PenghitungCapaian adds up each cooperative's distinct people and then corrects only for these,
 * so a person enrolled through two cooperatives still counts once, without a set of every person per target.
 * Kept row by row: a changed summary takes its old row out and puts the new one in.
 */
export class IndeksOrangBersama {
  /** Person → the one cooperative mentioning them, or the several. */
  private readonly koperasiOrang = new Map<string, string | string[]>();
  /** People mentioned by two cooperatives or more. */
  readonly bersama = new Set<string>();

  tambah(row: RingkasanKoperasi): void {
    for (const p of row.kepesertaan.anggotaId) this.tambahSatu(p, row.koperasiId);
    for (const p of row.kehadiran.anggotaId) this.tambahSatu(p, row.koperasiId);
  }

  kurangi(row: RingkasanKoperasi): void {
    for (const p of row.kepesertaan.anggotaId) this.kurangiSatu(p, row.koperasiId);
    for (const p of row.kehadiran.anggotaId) this.kurangiSatu(p, row.koperasiId);
  }

  /** The cooperatives whose summaries mention a person. */
  koperasi(anggotaId: string): readonly string[] {
    const v = this.koperasiOrang.get(anggotaId);
    return v === undefined ? [] : typeof v === 'string' ? [v] : v;
  }

  private tambahSatu(p: string, koperasiId: string): void {
    const v = this.koperasiOrang.get(p);
    if (v === undefined) this.koperasiOrang.set(p, koperasiId);
    else if (typeof v === 'string') {
      if (v !== koperasiId) {
        this.koperasiOrang.set(p, [v, koperasiId]);
        this.bersama.add(p);
      }
    } else if (!v.includes(koperasiId)) v.push(koperasiId);
  }

  private kurangiSatu(p: string, koperasiId: string): void {
    const v = this.koperasiOrang.get(p);
    if (v === undefined) return;
    if (typeof v === 'string') {
      if (v === koperasiId) this.koperasiOrang.delete(p);
      return;
    }
    const i = v.indexOf(koperasiId);
    if (i < 0) return;
    v.splice(i, 1);
    if (v.length === 1) {
      this.koperasiOrang.set(p, v[0]!);
      this.bersama.delete(p);
    }
  }
}
