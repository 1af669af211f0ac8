import { describe, expect, it } from 'vitest';
import { opsiKonfirmasiTimpa } from './konfirmasi-timpa';

describe('opsiKonfirmasiTimpa', () => {
  it('asks in the chosen language, naming the file, with Batal as the default and the Esc answer', () => {
    const id = opsiKonfirmasiTimpa('id', '/home/petugas/Documents/ekspor-kantor.koplindung');
    expect(id).toMatchObject({ buttons: ['Timpa', 'Batal'], defaultId: 1, cancelId: 1, message: 'Berkas ekspor-kantor.koplindung sudah ada.' });
    expect(opsiKonfirmasiTimpa('en', '/tmp/daftar-hadir.pdf')).toMatchObject({
      buttons: ['Replace', 'Cancel'],
      message: 'The file daftar-hadir.pdf already exists.',
    });
  });
});
