import { describe, expect, it } from 'vitest';
import { gayaBarisKop } from './gaya-baris-kop';

describe('gayaBarisKop', () => {
  it('sets the government, then the office biggest, then address and contacts', () => {
    expect(
      gayaBarisKop([
        'PEMERINTAH KOTA TANGERANG SELATAN',
        'DINAS KOPERASI DAN USAHA MIKRO',
        'Jl. Maruga Raya No. 1, Serua, Ciputat',
        'Telepon (021) 7470 1234, Pos-el diskop@tangerangselatankota.go.id',
      ]),
    ).toEqual(['pemerintah', 'kantor', 'alamat', 'alamat']);
  });

  it('takes the last capitalised line as the office when there are three', () => {
    expect(gayaBarisKop(['PEMERINTAH KABUPATEN KARAWANG', 'DINAS KOPERASI', 'UPTD PELATIHAN KOPERASI', 'Jl. A'])).toEqual([
      'pemerintah',
      'pemerintah',
      'kantor',
      'alamat',
    ]);
  });

  it('does not take an address in capitals for the office', () => {
    expect(gayaBarisKop(['PEMERINTAH KOTA DEPOK', 'DINAS KOPERASI DAN USAHA MIKRO', 'JL. MARGONDA RAYA NO. 54 DEPOK 16431'])).toEqual([
      'pemerintah',
      'kantor',
      'alamat',
    ]);
  });

  it('sets a single line, or a first line not in capitals, as the office', () => {
    expect(gayaBarisKop(['DINAS KOPERASI'])).toEqual(['kantor']);
    expect(gayaBarisKop(['Dinas Koperasi', 'Jl. A'])).toEqual(['kantor', 'alamat']);
    expect(gayaBarisKop([])).toEqual([]);
  });
});
