import { describe, expect, it } from 'vitest';
import { fieldUntukJudul, jenisImpor, kolomImpor, sarankanPemetaan } from '../../../shared/impor-excel/kolom-impor';
import { en } from '../../i18n/en';
import { id } from '../../i18n/id';

describe('Unduh templat', () => {
  for (const [bahasa, teks] of [
    ['id', id],
    ['en', en],
  ] as const) {
    it(`writes headers (the fields’ ${bahasa} labels) that the mapping recognises again`, () => {
      for (const jenis of jenisImpor) {
        const labels = kolomImpor[jenis].map((k) => (teks.imporExcel.field as Record<string, string>)[k.field]!);
        kolomImpor[jenis].forEach((k, i) => expect(fieldUntukJudul(jenis, labels[i]!), `${jenis}: ${labels[i]}`).toBe(k.field));
        // The whole header row, as the template writes it, maps each column to its own field.
        expect(sarankanPemetaan(jenis, labels)).toEqual(kolomImpor[jenis].map((k) => k.field));
      }
    });
  }
});
