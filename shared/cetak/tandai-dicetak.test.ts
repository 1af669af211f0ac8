import { describe, expect, it } from 'vitest';
import { emptyKepesertaan, type Kepesertaan } from '../kepesertaan/kepesertaan-schema';
import { bisaDitandaiDicetak } from './tandai-dicetak';

const siap: Kepesertaan = {
  ...emptyKepesertaan('a1', 'k1'),
  kategori: 'BPU',
  program: ['JKK', 'JKM'],
  upah: 2_000_000,
  persetujuanVersi: 'P-2026.1',
  persetujuanOleh: 'Rina',
  persetujuanWaktu: '2026-11-21T03:00:00.000Z',
};

describe('bisaDitandaiDicetak', () => {
  it('takes a draft with consent and a wage', () => {
    expect(bisaDitandaiDicetak(siap)).toBe(true);
  });

  it('leaves drafts without consent, or from an event without a wage, and anything past the draft', () => {
    expect(bisaDitandaiDicetak({ ...siap, persetujuanWaktu: '' })).toBe(false);
    expect(bisaDitandaiDicetak({ ...siap, upah: 0, kegiatanId: 'e1' })).toBe(false);
    expect(bisaDitandaiDicetak({ ...siap, status: 'formulir_dicetak' })).toBe(false);
    expect(bisaDitandaiDicetak({ ...siap, status: 'diajukan' })).toBe(false);
  });
});
