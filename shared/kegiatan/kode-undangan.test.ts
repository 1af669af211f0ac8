import { describe, expect, it } from 'vitest';
import { bacaKodeUndangan, kodeUndangan, kodeUntukKegiatan } from './kode-undangan';

const KEGIATAN = '0b6f3c1e-5d2a-4f7e-9a41-2c8d7e6f5a10';
const ANGGOTA = 'f2c4a9d8-13b7-4e55-8c0d-6a7b8c9d0e1f';

describe('kodeUndangan', () => {
  it('writes the invitation as the two record ids and nothing personal', () => {
    expect(kodeUndangan(KEGIATAN, ANGGOTA)).toBe(`UND.${KEGIATAN}.${ANGGOTA}`);
  });

  it('refuses an id that would not split back', () => {
    expect(() => kodeUndangan('a.b', ANGGOTA)).toThrow();
  });

  it('reads back what a scanner types, with the spaces and Enter around it', () => {
    expect(bacaKodeUndangan(` ${kodeUndangan(KEGIATAN, ANGGOTA)}\n`)).toEqual({ kegiatanId: KEGIATAN, anggotaId: ANGGOTA });
  });

  it('reads a code typed with Caps Lock on, and matches its event in any case', () => {
    const kode = bacaKodeUndangan(kodeUndangan(KEGIATAN, ANGGOTA).toUpperCase().replace('UND', 'und'));
    expect(kode).not.toBeNull();
    expect(kodeUntukKegiatan(kode!, KEGIATAN)).toBe(true);
    expect(kodeUntukKegiatan(kode!, 'another-event')).toBe(false);
  });

  it('is not fooled by names, NIKs, phone numbers or half a code', () => {
    for (const text of ['Ahmad Fauzi', '3674011203900001', '0812-3456-7890', 'UND.', `UND.${KEGIATAN}`, `UND.${KEGIATAN}.`, `UND.a.b.c`, 'undangan ahmad'])
      expect(bacaKodeUndangan(text), text).toBeNull();
  });
});
