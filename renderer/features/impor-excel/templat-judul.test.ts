import { describe, expect, it } from 'vitest';
import { fieldUntukJudul, jenisImpor, kolomImpor } from '../../../shared/impor-excel/kolom-impor';
import { id } from '../../i18n/id';

describe('Unduh templat', () => {
  it('writes headers (the fields’ Indonesian labels) that the mapping recognises again', () => {
    for (const jenis of jenisImpor) {
      for (const k of kolomImpor[jenis]) {
        const label = (id.imporExcel.field as Record<string, string>)[k.field]!;
        expect(fieldUntukJudul(jenis, label), `${jenis}: ${label}`).toBe(k.field);
      }
    }
  });
});
