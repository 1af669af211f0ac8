import { describe, expect, it } from 'vitest';
import { samarkanLog } from './samarkan-log';

describe('samarkanLog', () => {
  it('masks a NIK anywhere, grouped or not, and leaves shorter numbers (counts, codes, times) alone', () => {
    expect(samarkanLog('NIK 3507011203850001 sudah terdaftar')).toBe('NIK [NIK] sudah terdaftar');
    expect(samarkanLog('key=3507-0112-0385-0001.')).toBe('key=[NIK].');
    expect(samarkanLog('konflik anggota/3507011203850001/pekerjaan')).toBe('konflik anggota/[NIK]/pekerjaan');
    expect(samarkanLog('700000 records in 1234 ms, kode 35.07, 2026-11-21T08:00:00.000Z')).toBe(
      '700000 records in 1234 ms, kode 35.07, 2026-11-21T08:00:00.000Z',
    );
  });

  it('masks phone numbers and e-mail addresses', () => {
    expect(samarkanLog('telp 0812 3456 7890 atau +62 857-1234-5678, surel siti.aminah@contoh.go.id')).toBe('telp [telepon] atau [telepon], surel [email]');
  });

  it('masks names, addresses and contacts by field, in JSON and in text', () => {
    const json = JSON.stringify({ id: 'a1', nama: 'Siti Aminah', alamat: 'Jl. Melati 2, Kepanjen', petugas: 'Dewi Lestari', jumlah: 3 });
    expect(samarkanLog(`gagal menyimpan ${json}`)).toBe(
      'gagal menyimpan {"id":"a1","nama":"[disamarkan]","alamat":"[disamarkan]","petugas":"[disamarkan]","jumlah":3}',
    );
    expect(samarkanLog('ConstraintError nama: Budi Santoso, koperasi k1')).toBe('ConstraintError nama: [disamarkan], koperasi k1');
    expect(samarkanLog("namaIbu='Sri Wahyuni'; status=draf")).toBe('namaIbu=[disamarkan]; status=draf');
    expect(samarkanLog('{"perwakilan":["p1","p2"],"koperasiId":"k1"}')).toBe('{"perwakilan":"[disamarkan]","koperasiId":"k1"}');
  });

  it("replaces the user's home folder, which carries their name", () => {
    expect(samarkanLog('ENOSPC: /home/siti.aminah/Dokumen/laporan.xlsx', '/home/siti.aminah')).toBe('ENOSPC: ~/Dokumen/laporan.xlsx');
    expect(samarkanLog('C:\\Users\\Budi\\Documents\\a.kopl', 'C:\\Users\\Budi')).toBe('~\\Documents\\a.kopl');
  });

  it('keeps what support needs: the error, the stack, the channel', () => {
    const stack = "TypeError: Cannot read properties of undefined (reading 'id')\n    at ringkas (app://koplindung/assets/index-3f2a.js:12:345)";
    expect(samarkanLog(`[ipc] files:saveBytes ${stack}`)).toBe(`[ipc] files:saveBytes ${stack}`);
  });

  it('changes nothing in a line already masked, so the gathered file can be masked again', () => {
    const line = samarkanLog('nama: Siti Aminah, {"alamat":"Jl. Melati"}, NIK 3507011203850001, 0812 3456 7890, a@b.id');
    expect(samarkanLog(line)).toBe(line);
  });
});
