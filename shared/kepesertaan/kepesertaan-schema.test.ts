import { describe, expect, it } from 'vitest';
import { emptyKepesertaan, kepesertaanSchema, kpjPerluDiperiksa, type Kepesertaan } from './kepesertaan-schema';
import { langkahStatus, StatusStepNotAllowedError, terapkanStatus } from './status-kepesertaan';

const consent = { persetujuanVersi: 'P-2026.1', persetujuanOleh: 'Siti Nurhaliza', persetujuanWaktu: '2026-11-21T08:00:00.000Z' };
const base: Kepesertaan = { ...emptyKepesertaan('a1', 'k1'), upah: 3_000_000 };
const messages = (values: Kepesertaan) => {
  const r = kepesertaanSchema.safeParse(values);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('kepesertaanSchema', () => {
  it('accepts a PU draft without consent, and refuses steps past the draft without it', () => {
    expect(messages(base)).toEqual([]);
    expect(messages({ ...base, status: 'diajukan' })).toEqual(['validation.persetujuanRequired']);
    expect(messages({ ...base, ...consent, status: 'diajukan' })).toEqual([]);
  });

  it('applies the program rules: no JP or JKP for BPU, JKK and JKM compulsory for BPU, at least one program', () => {
    expect(messages({ ...base, kategori: 'BPU', program: ['JKK', 'JKM', 'JP'] })).toContain('validation.program-tidak-diizinkan');
    expect(messages({ ...base, kategori: 'BPU', program: ['JKK', 'JKM', 'JKP'] })).toContain('validation.program-tidak-diizinkan');
    expect(messages({ ...base, kategori: 'BPU', program: ['JKK', 'JHT'] })).toContain('validation.program-wajib-bpu');
    expect(messages({ ...base, kategori: 'BPU', program: ['JKK', 'JKM', 'JHT'] })).toEqual([]);
    expect(messages({ ...base, program: [] })).toContain('validation.program-kosong');
    expect(messages({ ...base, program: ['JKK', 'JKM', 'JHT', 'JP', 'JKP'] })).toEqual([]);
  });

  it('needs a wage (PU) or declared income (BPU)', () => {
    expect(messages({ ...base, upah: 0 })).toEqual(['validation.upahRequired']);
    expect(messages({ ...base, kategori: 'BPU', upah: 0 })).toEqual(['validation.penghasilanRequired']);
  });

  it('needs a KPJ when terdaftar or nonaktif, and a reason when ditolak', () => {
    expect(messages({ ...base, ...consent, status: 'terdaftar' })).toEqual(['validation.kpjRequired']);
    expect(messages({ ...base, ...consent, status: 'nonaktif' })).toEqual(['validation.kpjRequired']);
    expect(messages({ ...base, ...consent, status: 'ditolak' })).toEqual(['validation.alasanDitolakRequired']);
    expect(kepesertaanSchema.parse({ ...base, ...consent, status: 'terdaftar', kpj: '123.4567.8901' }).kpj).toBe('12345678901');
  });

  it('warns (does not block) on a KPJ that is not 11 digits', () => {
    expect(kpjPerluDiperiksa('12345678901')).toBe(false);
    expect(kpjPerluDiperiksa('1234567890')).toBe(true);
    expect(kpjPerluDiperiksa('')).toBe(false);
    expect(messages({ ...base, ...consent, status: 'terdaftar', kpj: '1234567' })).toEqual([]);
  });
});

describe('the enrollment life cycle', () => {
  it('goes draf → formulir dicetak → diajukan → terdaftar → nonaktif, stamping when each step happened', () => {
    let k: Kepesertaan = { ...base, ...consent };
    for (const [status, at] of [
      ['formulir_dicetak', 't1'],
      ['diajukan', 't2'],
      ['terdaftar', 't3'],
      ['nonaktif', 't4'],
    ] as const) {
      k = { ...k, ...terapkanStatus(k, status === 'terdaftar' ? { status, kpj: '12345678901' } : { status }, at) };
      expect(k.status).toBe(status);
      expect(k.statusSejak).toBe(at);
    }
  });

  it('refuses steps that are not in it', () => {
    expect(() => terapkanStatus(base, { status: 'terdaftar', kpj: '12345678901' }, 't')).toThrow(StatusStepNotAllowedError);
    expect(() => terapkanStatus({ ...base, status: 'terdaftar' }, { status: 'draf' }, 't')).toThrow(StatusStepNotAllowedError);
  });

  it('lets a rejected enrollment be revised as a draft, and every status reach terdaftar again', () => {
    expect(langkahStatus.ditolak).toContain('draf');
    const reachable = new Set(['draf']);
    for (let i = 0; i < 6; i++) for (const s of [...reachable]) for (const n of langkahStatus[s as keyof typeof langkahStatus]) reachable.add(n);
    expect([...reachable].sort()).toEqual(['diajukan', 'ditolak', 'draf', 'formulir_dicetak', 'nonaktif', 'terdaftar']);
  });
});
