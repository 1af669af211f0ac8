import { describe, expect, it } from 'vitest';
import { dasarPerjanjian } from './dasar-perjanjian';

describe('dasarPerjanjian', () => {
  it('names each agreement by kind, subject and every party’s number', () => {
    expect(
      dasarPerjanjian([
        {
          jenis: 'mou',
          judul: 'Perluasan Kepesertaan Jaminan Sosial Ketenagakerjaan',
          pihak: [
            { nama: 'Kemenkop UKM', nomor: '12/KB/M.KUKM/XI/2020', penandatangan: '', jabatan: '' },
            { nama: 'BPJS', nomor: ' MOU/8/11/2020 ', penandatangan: '', jabatan: '' },
          ],
        },
        { jenis: 'pks', judul: '', pihak: [{ nama: 'Samsat', nomor: '', penandatangan: '', jabatan: '' }] },
      ]),
    ).toEqual([
      'Nota Kesepahaman tentang Perluasan Kepesertaan Jaminan Sosial Ketenagakerjaan, Nomor 12/KB/M.KUKM/XI/2020 dan Nomor MOU/8/11/2020',
      'Perjanjian Kerja Sama',
    ]);
    expect(dasarPerjanjian([])).toEqual([]);
  });
});
