import { describe, expect, it } from 'vitest';
import { kopSuratSchema, LOGO_MAX_CHARS, nipSchema, pengaturanDokumenSchema, penandatanganSchema } from './pengaturan-dokumen';
import { kopSuratBawaan, pengaturanDokumenBawaan, penandatanganBawaan, tempatTandaTanganBawaan } from './pengaturan-dokumen-bawaan';
import type { OfficeProfile } from './settings';

const tangsel: OfficeProfile = {
  provinsiKode: '36',
  provinsiNama: 'Banten',
  kabupatenKode: '36.74',
  kabupatenNama: 'Kota Tangerang Selatan',
  namaKantor: 'Dinas Koperasi dan Usaha Mikro',
  alamat: ['Jl. Maruga Raya No. 1, Serua', ' Ciputat 15414 ', ''],
  telepon: '(021) 7470 1234',
  email: 'diskop@tangerangselatankota.go.id',
  laman: 'diskop.tangerangselatankota.go.id',
  petugas: ['Siti Nurhaliza'],
};

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('kopSuratBawaan', () => {
  it('writes the government and the office in capitals, then the address and the contacts', () => {
    expect(kopSuratBawaan(tangsel)).toEqual({
      logo: '',
      baris: [
        'PEMERINTAH KOTA TANGERANG SELATAN',
        'DINAS KOPERASI DAN USAHA MIKRO',
        'Jl. Maruga Raya No. 1, Serua, Ciputat 15414',
        'Telepon (021) 7470 1234, Laman diskop.tangerangselatankota.go.id, Surel diskop@tangerangselatankota.go.id',
      ],
    });
  });

  it('leaves out contacts the office has not given, and the whole line when there are none', () => {
    const noContacts = { ...tangsel, telepon: '', laman: '', email: '' };
    expect(kopSuratBawaan(noContacts).baris).toHaveLength(3);
    expect(kopSuratBawaan({ ...noContacts, email: 'a@b.go.id' }).baris[3]).toBe('Surel a@b.go.id');
  });

  it('is empty before the office profile exists', () => {
    expect(kopSuratBawaan(null)).toEqual({ logo: '', baris: [] });
  });

  it('passes the schema, so the office can save it unchanged', () => {
    expect(kopSuratSchema.parse(kopSuratBawaan(tangsel))).toEqual(kopSuratBawaan(tangsel));
  });
});

describe('tempatTandaTanganBawaan', () => {
  it.each([
    ['Kota Tangerang Selatan', 'Tangerang Selatan'],
    ['Kabupaten Karawang', 'Karawang'],
    ['Kabupaten Kotabaru', 'Kotabaru'],
    ['Kota Administrasi Jakarta Selatan', 'Jakarta Selatan'],
    ['Kabupaten Administrasi Kepulauan Seribu', 'Kepulauan Seribu'],
    ['Kota Adm. Jakarta Timur', 'Jakarta Timur'],
    ['Kota Kotamobagu', 'Kotamobagu'],
  ])('%s → %s', (nama, tempat) => {
    expect(tempatTandaTanganBawaan(nama)).toBe(tempat);
  });
});

describe('penandatanganBawaan', () => {
  it('titles the head after the office and its region', () => {
    expect(penandatanganBawaan(tangsel).jabatan).toBe('Kepala Dinas Koperasi dan Usaha Mikro Kota Tangerang Selatan');
  });

  it('does not repeat a region the office name already has', () => {
    const malang = { ...tangsel, kabupatenNama: 'Kabupaten Malang', namaKantor: 'Dinas Koperasi dan Usaha Mikro Kabupaten Malang' };
    expect(penandatanganBawaan(malang).jabatan).toBe('Kepala Dinas Koperasi dan Usaha Mikro Kabupaten Malang');
  });

  it('gives the whole set, place included', () => {
    expect(pengaturanDokumenBawaan(tangsel)).toMatchObject({ tempatTandaTangan: 'Tangerang Selatan', penandatangan: { nama: '', nip: '' } });
    expect(pengaturanDokumenBawaan(null).tempatTandaTangan).toBe('');
  });
});

describe('pengaturanDokumenSchema', () => {
  const valid = {
    kopSurat: { logo: PNG, baris: ['PEMERINTAH KOTA TANGERANG SELATAN', '  DINAS KOPERASI DAN USAHA MIKRO  ', ''] },
    penandatangan: {
      nama: 'Drs. H. Ahmad Fauzi, M.Si.',
      jabatan: 'Kepala Dinas Koperasi dan UKM Kota Tangerang Selatan',
      pangkat: 'Pembina Tingkat I (IV/b)',
      nip: '19700512 199503 1 002',
    },
    tempatTandaTangan: 'Tangerang Selatan',
  };

  it('trims the lines, drops the empty ones, and keeps the NIP as 18 digits', () => {
    const parsed = pengaturanDokumenSchema.parse(valid);
    expect(parsed.kopSurat.baris).toEqual(['PEMERINTAH KOTA TANGERANG SELATAN', 'DINAS KOPERASI DAN USAHA MIKRO']);
    expect(parsed.penandatangan.nip).toBe('197005121995031002');
  });

  it('reads a signer saved before *a.n.* existed as signing in their own name, and keeps an a.n. title', () => {
    expect(pengaturanDokumenSchema.parse(valid).penandatangan.atasNama).toBe('');
    const an = { ...valid, penandatangan: { ...valid.penandatangan, atasNama: '  Kepala Dinas Koperasi dan UKM Kota Tangerang Selatan ' } };
    expect(pengaturanDokumenSchema.parse(an).penandatangan.atasNama).toBe('Kepala Dinas Koperasi dan UKM Kota Tangerang Selatan');
  });

  it.each([
    ['17 digits', '19700512199503100'],
    ['19 digits', '1970051219950310021'],
    ['letters', '19700512199503100X'],
  ])('refuses a NIP of %s', (_name, nip) => {
    const result = nipSchema.safeParse(nip);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('validation.nip');
  });

  it('accepts a signer with nothing filled in, to be written by hand', () => {
    expect(penandatanganSchema.parse({ nama: '', jabatan: '', pangkat: '', nip: '  ' }).nip).toBe('');
  });

  it('needs one letterhead line and allows six', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `Baris ${i + 1}`);
    expect(kopSuratSchema.safeParse({ logo: '', baris: ['', ' '] }).error?.issues[0]?.message).toBe('validation.kopKosong');
    expect(kopSuratSchema.safeParse({ logo: '', baris: lines(6) }).success).toBe(true);
    expect(kopSuratSchema.safeParse({ logo: '', baris: lines(7) }).error?.issues[0]?.message).toBe('validation.kopTerlaluBanyak');
  });

  it.each([
    ['a GIF', 'data:image/gif;base64,R0lGODlhAQABAAAAACw='],
    ['an SVG', 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4='],
    ['a link', 'https://example.com/logo.png'],
    ['markup after the data', `${PNG}"><script>`],
  ])('refuses %s as the logo', (_name, logo) => {
    expect(kopSuratSchema.safeParse({ logo, baris: ['X'] }).error?.issues[0]?.message).toBe('validation.logoType');
  });

  it('refuses a logo beyond the size limit', () => {
    const big = `data:image/jpeg;base64,${'A'.repeat(LOGO_MAX_CHARS)}`;
    expect(kopSuratSchema.safeParse({ logo: big, baris: ['X'] }).error?.issues[0]?.message).toBe('validation.logoTooLarge');
  });

  it('accepts PNG and JPEG data URLs, or none', () => {
    for (const logo of [PNG, 'data:image/jpeg;base64,/9j/4AAQSkZJRg==', '']) {
      expect(kopSuratSchema.safeParse({ logo, baris: ['X'] }).success).toBe(true);
    }
  });
});
