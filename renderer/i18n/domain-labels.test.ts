import { describe, expect, it } from 'vitest';
import { jenisPeran } from '../../shared/anggota/peran-options';
import { caraCetak, jenisDokumen } from '../../shared/cetak/cetakan-schema';
import { langkahDari, langkahKegiatan, statusKegiatan } from '../../shared/kegiatan/kegiatan-options';
import { kategoriPeserta, kelompokRisiko, programBpjs, statusKepesertaan } from '../../shared/kepesertaan/kepesertaan-options';
import { nikFindingCodes } from '../../shared/nik/nik-check';
import { en } from './en';
import { id } from './id';

/**
 * Every stable code the data layer can produce has a label in both languages: a code added to shared/ without its
 * words would show the raw code to an officer.
 */
describe('labels for every domain code', () => {
  for (const [name, messages] of [
    ['id', id],
    ['en', en],
  ] as const) {
    it(`exist in ${name}`, () => {
      for (const code of nikFindingCodes) {
        expect(messages.nik.finding[code], code).toBeTruthy();
        expect(messages.nik.findingShort[code], code).toBeTruthy();
      }
      for (const s of statusKepesertaan) {
        expect(messages.kepesertaan.options.status[s]).toBeTruthy();
        expect(messages.kepesertaan.actions[s]).toBeTruthy();
      }
      for (const p of programBpjs) expect(messages.kepesertaan.options.program[p]).toBeTruthy();
      for (const k of kategoriPeserta) expect(messages.kepesertaan.options.kategori[k]).toBeTruthy();
      for (const r of kelompokRisiko) expect(messages.kepesertaan.options.kelompokRisiko[r]).toBeTruthy();
      for (const p of jenisPeran) expect(messages.peran.options.peran[p]).toBeTruthy();
      for (const j of jenisDokumen) expect(messages.cetak.jenis[j], j).toBeTruthy();
      for (const s of statusKegiatan) {
        expect(messages.kegiatan.options.status[s], s).toBeTruthy();
        expect(messages.kegiatan.statusHint[s], s).toBeTruthy();
        expect(langkahDari(s).map((l) => l.ke)).toEqual(langkahKegiatan[s]);
        for (const { ke, kode } of langkahDari(s)) {
          expect(kode).toBe(`${s}_${ke}`);
          expect(messages.kegiatan.langkah[kode], kode).toBeTruthy();
          expect(messages.kegiatan.langkahDone[ke], ke).toBeTruthy();
        }
      }
      for (const key of ['judulTooShort', 'time', 'dateRequired', 'jamSelesai', 'duplicateKoperasi'] as const)
        expect(messages.validation[key], key).toBeTruthy();
      for (const c of caraCetak) expect(messages.cetak.cara[c], c).toBeTruthy();
      for (const key of ['nip', 'logoType', 'logoTooLarge', 'kopKosong', 'kopTerlaluBanyak'] as const) expect(messages.validation[key], key).toBeTruthy();
      for (const code of ['program-kosong', 'program-tidak-diizinkan', 'program-wajib-bpu', 'program-wajib-skala', 'program-syarat-jkp'] as const) {
        expect(messages.validation[code]).toBeTruthy();
      }
    });
  }
});
