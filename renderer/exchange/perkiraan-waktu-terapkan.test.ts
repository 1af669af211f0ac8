import { describe, expect, it } from 'vitest';
import type { ImportCounts } from '../db/import-counts';
import type { ImporBundelLog } from '../db/impor-log';
import { FAKTOR_TULIS, lajuDari, perkirakanWaktuTerapkan } from './perkiraan-waktu-terapkan';

const counts = (baru: number, diperbarui: number, sama: number): ImportCounts => ({ baru, diperbarui, sama, konflik: 0, digabung: 0, perTabel: {} });

describe('perkirakanWaktuTerapkan', () => {
  it('repeats the dry run and adds every record written at the rate of the last import applied here', () => {
    // Last import: 10,000 records written in 11 s, 1 s of which its dry run: 1 ms per record written.
    const terakhir = { tulis: 10_000, records: 10_000, pratinjauMs: 1000, terapkanMs: 11_000 };
    expect(perkirakanWaktuTerapkan({ counts: counts(3000, 2000, 0), pratinjauMs: 400, kosong: false, terakhir })).toEqual({
      ms: 400 + 5000,
      dasar: 'impor-terakhir',
    });
  });

  it('costs only the dry run for a file whose records are all the same here (a file imported before)', () => {
    const terakhir = { tulis: 10_000, records: 10_000, pratinjauMs: 1000, terapkanMs: 11_000 };
    expect(perkirakanWaktuTerapkan({ counts: counts(0, 0, 702_301), pratinjauMs: 90_000, kosong: false, terakhir }).ms).toBe(90_000);
    expect(perkirakanWaktuTerapkan({ counts: counts(0, 0, 702_301), pratinjauMs: 90_000, kosong: false }).ms).toBe(90_000);
  });

  it("without a measured import here, scales this preview's own throughput by what a write costs beside a dry-run record", () => {
    const berisi = perkirakanWaktuTerapkan({ counts: counts(800, 200, 0), pratinjauMs: 500, kosong: false });
    expect(berisi).toEqual({ ms: Math.round(500 + 1000 * 0.5 * FAKTOR_TULIS.berisi), dasar: 'pratinjau' });
    const kosong = perkirakanWaktuTerapkan({ counts: counts(1000, 0, 0), pratinjauMs: 500, kosong: true });
    expect(kosong).toEqual({ ms: Math.round(500 + 1000 * 0.5 * FAKTOR_TULIS.kosong), dasar: 'pratinjau' });
  });

  it('ignores a last import that wrote too few records to tell a rate, and a slower laptop gets a longer estimate', () => {
    const kecil = { tulis: 12, records: 12, pratinjauMs: 5, terapkanMs: 400 };
    expect(perkirakanWaktuTerapkan({ counts: counts(1000, 0, 0), pratinjauMs: 500, kosong: true, terakhir: kecil }).dasar).toBe('pratinjau');
    const cepat = perkirakanWaktuTerapkan({ counts: counts(5000, 0, 0), pratinjauMs: 500, kosong: false });
    const lambat = perkirakanWaktuTerapkan({ counts: counts(5000, 0, 0), pratinjauMs: 1500, kosong: false });
    expect(lambat.ms).toBe(cepat.ms * 3);
  });

  it('says a whole district into an empty database takes minutes when this laptop previews it at bench speed', () => {
    // 702,301 records, a dry run of 60 s into the empty database: several minutes, never "fast".
    const ms = perkirakanWaktuTerapkan({ counts: counts(702_301, 0, 0), pratinjauMs: 60_000, kosong: true }).ms;
    expect(ms).toBeGreaterThan(5 * 60_000);
  });
});

describe('lajuDari', () => {
  it('reads a rate from an import log entry that kept its durations, and none from an older one', () => {
    const log = {
      jumlahBerkas: { koperasi: 10, anggota: 90 },
      hasil: counts(60, 30, 10),
      durasi: { pratinjauMs: 20, terapkanMs: 300 },
    } as unknown as ImporBundelLog;
    expect(lajuDari(log)).toEqual({ tulis: 90, records: 100, pratinjauMs: 20, terapkanMs: 300 });
    expect(lajuDari({ ...log, durasi: undefined })).toBeUndefined();
    expect(lajuDari(undefined)).toBeUndefined();
  });
});
