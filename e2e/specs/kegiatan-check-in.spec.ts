import { expect, test } from '../harness/fixtures';
import { AnggotaDetailObject, AnggotaFormObject, AnggotaListObject } from '../pages/anggota-pages';
import { CheckInObject, KegiatanDetailObject, KegiatanFormObject, KegiatanListObject } from '../pages/kegiatan-pages';
import { KoperasiFormObject, KoperasiListObject } from '../pages/koperasi-pages';
import { SetupPageObject } from '../pages/setup-page';

const KOPERASI = 'Koperasi Simpan Pinjam Maju Bersama';
const JUDUL = 'Sosialisasi BPJS Ketenagakerjaan bagi Pengurus Koperasi';

test('check-in at the table: hadir, sudah hadir, not found → walk-in, ingin mendaftar, a closed event refuses', async ({ app }) => {
  const { page } = app;
  await new SetupPageObject(page).completeForTangsel();
  const kList = new KoperasiListObject(page);
  const kForm = new KoperasiFormObject(page);
  await kList.open();
  await kList.add();
  await kForm.fillBasics({ nama: KOPERASI, kecamatan: 'Serpong' });
  await kForm.save();

  for (const [nama, nik, telepon, jabatan] of [
    ['Ahmad Fauzi', '3674011203900001', '081234567890', 'Ketua'],
    ['Dewi Lestari', '3674014405920002', '081298765432', 'Bendahara'],
  ] as const) {
    const list = new AnggotaListObject(page);
    const form = new AnggotaFormObject(page);
    await list.open();
    await list.add();
    await form.field('NIK').fill(nik);
    await form.field('Nama lengkap').fill(nama);
    await form.field('No. HP').fill(telepon);
    await form.save();
    const detail = new AnggotaDetailObject(page);
    await expect(detail.heading(nama)).toBeVisible();
    await detail.addRole({ koperasi: KOPERASI, peran: 'Pengurus', jabatan });
    await expect(detail.roles()).toContainText(jabatan);
  }

  const list = new KegiatanListObject(page);
  const form = new KegiatanFormObject(page);
  await list.open();
  await list.add();
  await form.fill({ judul: JUDUL, tanggal: '2026-11-21', jamMulai: '09:00', jamSelesai: '12:00', tempat: 'Aula Kantor Kecamatan Serpong' });
  await form.save();
  const detail = new KegiatanDetailObject(page);
  await expect(detail.heading(JUDUL)).toBeVisible();
  await expect(detail.status()).toHaveText('Direncanakan');
  await detail.invite(KOPERASI, ['Ahmad Fauzi', 'Dewi Lestari'], 3);
  await expect(detail.invitations()).toContainText('Ahmad Fauzi, Dewi Lestari');

  await detail.openCheckIn();
  const desk = new CheckInObject(page);
  await expect(desk.search()).toBeFocused();

  // Invited person by name: hadir.
  await expect(await desk.checkIn('ahmad')).toHaveAttribute('data-hasil', 'hadir');
  await expect(desk.outcome()).toContainText('Ahmad Fauzi');
  await expect(desk.rekap('hadir')).toHaveText('1');
  await expect(desk.search()).toBeFocused();
  await expect(desk.search()).toHaveValue('');

  // The same person again, by NIK: sudah hadir, with by whom.
  await expect(await desk.checkIn('3674011203900001')).toHaveAttribute('data-hasil', 'sudah_hadir');
  await expect(desk.outcome()).toContainText('Sudah dicatat oleh Siti Nurhaliza pukul');
  await expect(desk.rekap('hadir')).toHaveText('1');

  // By phone, then "ingin mendaftar" with Alt+M from the search box.
  await expect(await desk.checkIn('0812 9876 5432')).toHaveAttribute('data-hasil', 'hadir');
  await desk.search().press('Alt+m');
  await expect(desk.inginMendaftar()).toBeChecked();
  await expect(desk.rekap('inginMendaftar')).toHaveText('1');

  // Unknown name: not found; Enter again opens the walk-in form with the name typed.
  await expect(await desk.checkIn('Rina Wati')).toHaveAttribute('data-hasil', 'tidak_ditemukan');
  await desk.search().press('Enter');
  const walkIn = desk.walkInForm();
  await expect(walkIn.getByLabel('Nama', { exact: true })).toHaveValue('Rina Wati');
  const picker = walkIn.getByRole('combobox', { name: 'Koperasi' });
  await expect(picker).toBeFocused();
  await picker.fill('Maju Bersama');
  await page.getByRole('option', { name: new RegExp(KOPERASI) }).waitFor();
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await walkIn.getByLabel('Jabatan', { exact: true }).fill('Sekretaris');
  await walkIn.getByLabel('No. HP', { exact: true }).fill('081311112222');
  await walkIn.getByLabel('Jabatan', { exact: true }).press('Enter');
  await expect(desk.outcome()).toHaveAttribute('data-hasil', 'hadir');
  await expect(desk.outcome()).toContainText('Rina Wati');
  await expect(desk.rekap('walkIn')).toHaveText('1');
  await expect(desk.rekap('hadir')).toHaveText('3');
  await expect(desk.rekap('koperasiHadir')).toHaveText('1');

  // The walk-in is now a person with a role, found by the next search.
  await expect(await desk.checkIn('rina')).toHaveAttribute('data-hasil', 'sudah_hadir');

  // Close the event: check-in refuses until reopened.
  await page.getByRole('link', { name: 'Kembali ke kegiatan' }).click();
  await expect(detail.rekap('hadir')).toHaveText('3');
  await detail.step('Tutup kegiatan');
  await expect(detail.status()).toHaveText('Selesai');
  await expect(page.getByRole('link', { name: 'Buka check-in' })).toHaveCount(0);
  await expect(detail.participants()).toContainText('Rina Wati');
});
