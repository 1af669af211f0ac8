import { describe, expect, it } from 'vitest';
import { koperasiSchema, emptyKoperasi } from '../koperasi/koperasi-schema';
import { officeProfileSchema } from '../settings/settings';
import { walkInSchema } from '../kegiatan/walk-in-schema';
import { phone } from './schema-parts';
import { normalisasiTelepon, teleponValid } from './telepon';

describe('phone numbers', () => {
  it('accepts the forms offices write: parentheses, spaces, dashes, dots, +62', () => {
    for (const n of [
      '(0267) 8632100',
      '(0267) 402150',
      '0267-402150',
      '0812 3456 7890',
      '0812-3456-7890',
      '+62 812-3456-7890',
      '+6281234567890',
      '021.745.1234',
      '(021)7451234',
      '402150',
    ]) {
      expect(teleponValid(normalisasiTelepon(n)), n).toBe(true);
      expect(phone.safeParse(n).success, n).toBe(true);
    }
    expect(phone.parse('  (0267)   8632100 ')).toBe('(0267) 8632100');
  });

  it('refuses letters, a + inside, unbalanced or two pairs of parentheses, too few or too many digits', () => {
    for (const n of ['0812-ABC-7890', '0812+3456', '(0267 8632100', '0267) 8632100', '(0267) (863) 2100', '12345', '3215014509950003', 'telp 0267']) {
      expect(phone.safeParse(n).success, n).toBe(false);
    }
    expect(phone.safeParse('').success).toBe(true);
  });

  it('is the same rule on the office profile, a cooperative and a walk-in', () => {
    const office = {
      provinsiKode: '32',
      provinsiNama: 'Jawa Barat',
      kabupatenKode: '32.15',
      kabupatenNama: 'Kabupaten Karawang',
      namaKantor: 'Dinas Koperasi dan UKM',
      alamat: ['Jl. Ahmad Yani No. 1'],
      email: '',
      laman: '',
      petugas: ['Dewi'],
    };
    expect(officeProfileSchema.safeParse({ ...office, telepon: '(0267) 402150' }).success).toBe(true);
    expect(officeProfileSchema.safeParse({ ...office, telepon: 'telp kantor' }).success).toBe(false);
    expect(koperasiSchema.safeParse({ ...emptyKoperasi(), nama: 'Koperasi Maju', telepon: '(0267) 8632100' }).success).toBe(true);
    expect(walkInSchema.safeParse({ nama: 'Tamu', koperasiId: '', jabatan: '', nik: '', telepon: '+62 (267) 863-2100' }).success).toBe(true);
  });
});
