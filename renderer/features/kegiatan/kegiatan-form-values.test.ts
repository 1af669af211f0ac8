import { describe, expect, it } from 'vitest';
import { emptyKegiatan } from '../../../shared/kegiatan/kegiatan-schema';
import { kegiatanFormSchema, toFormValues } from './kegiatan-form-values';

describe('kegiatanFormSchema', () => {
  it('reads organizers and partners one per line, skipping blank lines', () => {
    const values = {
      ...toFormValues({ ...emptyKegiatan(), judul: 'Sosialisasi', tanggal: '2026-11-21', tempat: 'Aula' }),
      penyelenggara: ' Dinas Koperasi \n\nBPJS Ketenagakerjaan Cabang Serpong\n',
      mitra: '',
    };
    const parsed = kegiatanFormSchema.parse(values);
    expect(parsed.penyelenggara).toEqual(['Dinas Koperasi', 'BPJS Ketenagakerjaan Cabang Serpong']);
    expect(parsed.mitra).toEqual([]);
  });

  it('refuses an end time before the start, and a missing date or place', () => {
    const result = kegiatanFormSchema.safeParse({ ...toFormValues(emptyKegiatan()), judul: 'Sosialisasi', jamMulai: '13:00', jamSelesai: '09:00' });
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`).sort()).toEqual([
      'jamSelesai:validation.jamSelesai',
      'tanggal:validation.dateRequired',
      'tempat:validation.required',
    ]);
  });

  it('gives back what it was given', () => {
    const k = {
      ...emptyKegiatan(),
      judul: 'Sosialisasi',
      tanggal: '2026-11-21',
      tempat: 'Aula',
      penyelenggara: ['A', 'B'],
      narasumber: [{ nama: 'Dr. X', jabatan: 'BPJS' }],
    };
    expect(kegiatanFormSchema.parse(toFormValues(k))).toEqual(k);
  });
});
