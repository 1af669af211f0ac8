import { describe, expect, it } from 'vitest';
import { anggotaSearchTokens, phoneForms } from './anggota-search';

describe('people search tokens', () => {
  it('indexes the words of the name, the NIK whole and the phone in both forms', () => {
    expect(anggotaSearchTokens({ nama: 'Hj. Siti Rahmawati', nik: '3674064509950003', telepon: '0812-3456-7890' }).sort()).toEqual(
      ['081234567890', '3674064509950003', '6281234567890', 'hj', 'rahmawati', 'siti', 'hj siti', 'hj rahmawati', 'siti rahmawati'].sort(),
    );
  });

  it('reads international and local phone forms alike, and ignores fragments too short to be numbers', () => {
    expect(phoneForms('+62 813 1111 2222')).toEqual(['6281311112222', '081311112222']);
    expect(phoneForms('(021) 745-1234')).toEqual(['0217451234', '62217451234']);
    expect(phoneForms('123')).toEqual(['123']);
    expect(phoneForms('')).toEqual([]);
  });

  it('has no NIK token for a person without one', () => {
    expect(anggotaSearchTokens({ nama: 'Tamu', nik: '', telepon: '' })).toEqual(['tamu']);
  });
});
