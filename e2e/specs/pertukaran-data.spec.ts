import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { docsPath } from '../harness/docs-path';
import { expect, test, type HarnessApp } from '../harness/fixtures';
import { AnggotaDetailObject, AnggotaFormObject, AnggotaListObject } from '../pages/anggota-pages';
import { KoperasiDetailObject, KoperasiFormObject, KoperasiListObject } from '../pages/koperasi-pages';
import { EksporTabObject, ImporTabObject, KonflikTabObject, PertukaranPageObject } from '../pages/pertukaran-pages';
import { SetupPageObject } from '../pages/setup-page';
import { dismissToasts } from '../pages/toasts';

const KOPERASI = 'Koperasi Simpan Pinjam Sejahtera Bersama';
const SITI = { nik: '3674064509950003', nama: 'Siti Rahmawati' };
const AHMAD = { nik: '3674011203900001', nama: 'Ahmad Fauzi' };
const SANDI_A = 'kucing-makan-ikan-asin';
const SANDI_B = 'Pohon mangga berbuah 7';
const KANTOR_DINAS = 'Kantor Dinas';
const TELEPON = { awal: '0812 1111 2222', a: '0812 3333 4444', b: '0813 5555 6666' };
const HP_SITI = { a: '0811 1000 0001', b: '0811 2000 0002' };

/** First-run setup of one laptop of the Tangerang Selatan office, used by one officer. */
async function setUp(app: HarnessApp, petugas: string) {
  const setup = new SetupPageObject(app.page);
  await setup.fill({
    provinsi: 'Banten',
    kabupaten: 'Kota Tangerang Selatan',
    namaKantor: 'Dinas Koperasi dan Usaha Kecil Menengah',
    alamat: 'Jl. Maruga Raya No. 1',
    petugas: [petugas],
  });
  await setup.submit();
  await app.page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
}

async function addPerson(page: Page, person: { nik: string; nama: string }, extra: Record<string, string>) {
  const list = new AnggotaListObject(page);
  const form = new AnggotaFormObject(page);
  await list.open();
  await list.add();
  await form.nik().fill(person.nik);
  await form.field('Nama lengkap').fill(person.nama);
  for (const [label, value] of Object.entries(extra)) await form.field(label).fill(value);
  await form.save();
  await expect(new AnggotaDetailObject(page).heading(person.nama)).toBeVisible();
}

async function openPerson(page: Page, nama: string) {
  const list = new AnggotaListObject(page);
  await list.open();
  await list.search().fill(nama);
  await list.rows().filter({ hasText: nama }).getByRole('link').first().click();
  await expect(new AnggotaDetailObject(page).heading(nama)).toBeVisible();
}

async function editPerson(page: Page, nama: string, label: string, value: string) {
  await openPerson(page, nama);
  await page.getByRole('link', { name: 'Ubah' }).click();
  const form = new AnggotaFormObject(page);
  await form.field(label).fill(value);
  await form.save();
  await expect(new AnggotaDetailObject(page).fact(label)).toHaveText(value);
}

async function openKoperasi(page: Page) {
  const list = new KoperasiListObject(page);
  await list.open();
  await list.row(KOPERASI).getByRole('link').first().click();
  await expect(new KoperasiDetailObject(page).heading(KOPERASI)).toBeVisible();
}

async function editTelepon(page: Page, value: string) {
  await openKoperasi(page);
  await new KoperasiDetailObject(page).edit();
  const form = new KoperasiFormObject(page);
  await form.field('No. HP/Telepon').fill(value);
  await form.save();
  await expect(new KoperasiDetailObject(page).fact('No. HP/Telepon')).toHaveText(value);
}

async function personCount(page: Page): Promise<string> {
  const list = new AnggotaListObject(page);
  await list.open();
  return (await list.summary().first().innerText()).trim();
}

async function importInto(app: HarnessApp, path: string, sandi: string) {
  await new PertukaranPageObject(app.page).openTab('Impor');
  await new ImporTabObject(app).importFile(path, sandi);
}

/**
 * The issue's acceptance test: two officers' laptops and the district office exchange encrypted files. Both
 * officers change the same fields offline and register the same new person (one NIK) on their own; two office
 * laptops import the files in different orders and end with the same data and the same conflict list.
 */
test('two officers and two office laptops exchange files: the same data and conflicts in any order, one person per NIK, refusals change nothing', async ({
  openApp,
}) => {
  test.setTimeout(240_000);
  const a = await openApp();
  const b = await openApp();
  const kantor = await openApp();
  await setUp(a, 'Andi Pratama');
  await setUp(b, 'Budi Santoso');
  await setUp(kantor, 'Citra Lestari');
  const eksporA = new EksporTabObject(a.page);
  const imporKantor = new ImporTabObject(kantor);
  const konflik = new KonflikTabObject(kantor.page);
  let awalA = '';
  let perubahanA = '';
  let semuaB = '';
  let kantor2!: Awaited<ReturnType<typeof openApp>>;

  await test.step('officer A sends the whole database; B and the office import it', async () => {
    // A shared starting point: officer A records a cooperative and a person and sends the whole database.
    await new KoperasiListObject(a.page).open();
    await new KoperasiListObject(a.page).add();
    await new KoperasiFormObject(a.page).fillBasics({ nama: KOPERASI, jenis: 'Simpan pinjam', kecamatan: 'Serpong' });
    await new KoperasiFormObject(a.page).field('No. HP/Telepon').fill(TELEPON.awal);
    await new KoperasiFormObject(a.page).save();
    await expect(new KoperasiDetailObject(a.page).heading(KOPERASI)).toBeVisible();
    await addPerson(a.page, SITI, { 'No. HP': '0811 0000 0000' });

    await new PertukaranPageObject(a.page).openTab('Ekspor');
    await expect(eksporA.tujuan()).toHaveValue(KANTOR_DINAS);
    await eksporA.jenis('perubahan');
    await expect(eksporA.sinceNote()).toHaveText(`Belum pernah ada ekspor ke “${KANTOR_DINAS}”, jadi seluruh basis data akan dikirim.`);
    await expect(
      a.page.getByText('Simpan kata sandi ini baik-baik. Berkas tidak dapat dibuka tanpa kata sandi yang benar — tidak ada cara memulihkannya.'),
    ).toBeVisible();
    // Too short and not repeated: refused beside the fields, nothing saved.
    await eksporA.sandi().fill('pendek');
    await eksporA.submit().click();
    await expect(a.page.getByText('Kata sandi paling sedikit 12 karakter, atau tekan Buatkan kata sandi.')).toBeVisible();
    await expect(eksporA.sandi()).toBeFocused();
    expect(a.record.dialogRequests).toHaveLength(0);
    // The save dialog cancelled: nothing logged.
    a.record.dialogAnswers.push(undefined);
    await eksporA.sandi().fill(SANDI_A);
    await eksporA.ulang().fill(SANDI_A);
    await eksporA.submit().click();
    await expect(a.page.getByRole('status').filter({ hasText: 'Penyimpanan dibatalkan.' })).toBeFocused();
    await expect(eksporA.sinceNote()).toContainText('Belum pernah ada ekspor');

    awalA = await eksporA.export({ tujuan: KANTOR_DINAS, jenis: 'semua', sandi: SANDI_A });
    expect(awalA).toBe(join(a.userDataDir, 'saved', a.record.dialogRequests.at(-1)!.suggestedName));
    await expect(eksporA.fact('Nomor ekspor')).toHaveText('1');
    await expect(
      eksporA
        .result()
        .getByRole('row', { name: /^Koperasi/ })
        .getByRole('cell'),
    ).toHaveText('1');
    await expect(
      eksporA
        .result()
        .getByRole('row', { name: /^Data perorangan/ })
        .getByRole('cell'),
    ).toHaveText('1');
    await expect(eksporA.fact('Enkripsi')).toHaveText('Terenkripsi dengan kata sandi');

    for (const app of [b, kantor]) {
      await importInto(app, awalA, SANDI_A);
      await expect(new ImporTabObject(app).row(new ImporTabObject(app).summary(), 'Koperasi')).toHaveText(['1', '1', '1', '0', '0', '0']);
    }
  });

  await test.step('offline, both officers change the same records and export', async () => {
    // Offline: both officers change the cooperative's phone and Siti's phone, B later; each registers Ahmad (one NIK).
    await editTelepon(a.page, TELEPON.a);
    await editPerson(a.page, SITI.nama, 'No. HP', HP_SITI.a);
    await addPerson(a.page, AHMAD, { 'No. HP': '0857 1234 5678' });
    await editTelepon(b.page, TELEPON.b);
    await editPerson(b.page, SITI.nama, 'No. HP', HP_SITI.b);
    await addPerson(b.page, AHMAD, { Pekerjaan: 'Pedagang' });

    await new PertukaranPageObject(a.page).openTab('Ekspor');
    await eksporA.jenis('perubahan');
    await expect(eksporA.sinceNote()).toContainText(`Ekspor terakhir ke “${KANTOR_DINAS}”: nomor 1,`);
    perubahanA = await eksporA.export({ tujuan: KANTOR_DINAS, jenis: 'perubahan', sandi: SANDI_A });
    await expect(eksporA.fact('Nomor ekspor')).toHaveText('2');
    await expect(
      eksporA
        .result()
        .getByRole('row', { name: /^Data perorangan/ })
        .getByRole('cell'),
    ).toHaveText('2');

    const eksporB = new EksporTabObject(b.page);
    await new PertukaranPageObject(b.page).openTab('Ekspor');
    semuaB = await eksporB.export({ tujuan: KANTOR_DINAS, jenis: 'perubahan', sandi: SANDI_B });
  });

  await test.step('the office imports A then B; a second office laptop B then A in reverse', async () => {
    // The office imports A, then B; a second office laptop imports B, then A's two files in reverse.
    await importInto(kantor, perubahanA, SANDI_A);
    await imporKantor.again();
    await imporKantor.pick(semuaB);
    await imporKantor.check(SANDI_B);
    await expect(imporKantor.preview()).toContainText('Budi Santoso');
    await expect(imporKantor.preview()).toContainText('Perubahan; ekspor pertama ke tujuan ini, jadi berisi seluruh data');
    await expect(imporKantor.preview()).toContainText('1 orang digabung berdasarkan NIK');
    // Koperasi: in the file 1; new 0, updated 1, same 0, conflict 1 (both officers changed the phone).
    await expect(imporKantor.row(imporKantor.preview(), 'Koperasi')).toHaveText(['1', '0', '1', '0', '1']);
    await expect(imporKantor.preview().getByRole('heading', { name: 'Pratinjau impor' })).toBeFocused();
    await dismissToasts(kantor.page);
    await kantor.page.screenshot({ path: docsPath('screenshots', 'pertukaran-impor.png'), fullPage: true });
    await imporKantor.apply();
    await expect(imporKantor.summary()).toContainText('1 orang digabung berdasarkan NIK');
    await expect(imporKantor.row(imporKantor.summary(), 'Koperasi')).toHaveText(['1', '1', '0', '1', '0', '1']);

    kantor2 = await openApp();
    await setUp(kantor2, 'Dedi Kurniawan');
    const impor2 = new ImporTabObject(kantor2);
    await new PertukaranPageObject(kantor2.page).openTab('Impor');
    await impor2.pick(semuaB);
    await impor2.check(SANDI_B);
    await expect(impor2.preview()).toBeVisible({ timeout: 30_000 });
    await expect(impor2.preview().getByRole('heading', { name: 'Pratinjau impor' })).toBeFocused();
    await impor2.apply();
    for (const file of [perubahanA, awalA]) {
      await impor2.again();
      await impor2.importFile(file, SANDI_A);
    }
  });

  await test.step('the same data on both office laptops', async () => {
    // The same data on both office laptops: the newer phone, one Ahmad with both laptops' fields, the same count.
    for (const office of [kantor, kantor2]) {
      await openKoperasi(office.page);
      await expect(new KoperasiDetailObject(office.page).fact('No. HP/Telepon')).toHaveText(TELEPON.b);
      await openPerson(office.page, AHMAD.nama);
      const ahmad = new AnggotaDetailObject(office.page);
      await expect(ahmad.fact('No. HP')).toHaveText('0857 1234 5678');
      await expect(ahmad.fact('Pekerjaan')).toHaveText('Pedagang');
      await openPerson(office.page, SITI.nama);
      await expect(new AnggotaDetailObject(office.page).fact('No. HP')).toHaveText(HP_SITI.b);
    }
    expect(await personCount(kantor.page)).toBe('2 orang');
    expect(await personCount(kantor2.page)).toBe('2 orang');
  });

  await test.step('the same conflict list on both office laptops', async () => {
    // The same conflict list: the two fields, each with A's and B's value, B's shown.
    const konflik2 = new KonflikTabObject(kantor2.page);
    await new PertukaranPageObject(kantor.page).openTab('Konflik');
    await new PertukaranPageObject(kantor2.page).openTab('Konflik');
    await expect(konflik.items()).toHaveCount(2);
    await expect(konflik2.items()).toHaveCount(2);
    await expect(new PertukaranPageObject(kantor.page).tab('Konflik')).toHaveAccessibleName('Konflik, 2 menunggu');
    const list1 = await konflik.describe();
    expect(list1).toEqual(await konflik2.describe());
    const koperasiItem = konflik.item(/Koperasi: .*No\. HP\/Telepon/);
    await expect(koperasiItem.getByRole('row')).toHaveCount(3);
    await expect(koperasiItem.getByRole('row', { name: new RegExp(TELEPON.b) })).toContainText('Ditampilkan sekarang');
    await expect(koperasiItem.getByRole('row', { name: new RegExp(TELEPON.b) })).toContainText('Budi Santoso');
    await expect(koperasiItem.getByRole('row', { name: new RegExp(TELEPON.a) })).toContainText('Andi Pratama');
    await expect(konflik.item(/Data perorangan: Siti Rahmawati.*No\. HP/).getByRole('row')).toHaveCount(3);
    await dismissToasts(kantor.page);
    await kantor.page.screenshot({ path: docsPath('screenshots', 'pertukaran-konflik.png'), fullPage: true });
  });

  await test.step('the same file again, and a wrong passphrase typed again', async () => {
    // The same file again: recognised, and nothing new.
    await new PertukaranPageObject(kantor.page).openTab('Impor');
    await imporKantor.pick(semuaB);
    await imporKantor.check(SANDI_B);
    await expect(imporKantor.preview()).toContainText('Berkas ini sudah pernah diimpor pada');
    await imporKantor.apply();
    await expect(imporKantor.summary().getByRole('status')).toHaveText(/^0 baru, 0 diperbarui, \d+ sama, 0 konflik\.$/);

    // A wrong passphrase: said in Indonesian, typed again without reopening the file.
    await imporKantor.again();
    await imporKantor.pick(perubahanA);
    await imporKantor.check('bukan-sandinya');
    await expect(imporKantor.alert()).toContainText('Kata sandi salah.');
    await expect(imporKantor.alert()).toContainText('Tidak ada data yang diubah.');
    await expect(imporKantor.sandi()).toBeFocused();
    // Typed again in the same box, and sent with Enter: no need to reopen the file.
    await imporKantor.sandi().fill(SANDI_A);
    await imporKantor.sandi().press('Enter');
    await expect(imporKantor.preview()).toBeVisible({ timeout: 30_000 });
    await imporKantor.cancel();
    await expect(kantor.page.getByText('Impor dibatalkan. Tidak ada data yang diubah.')).toBeFocused();
  });

  await test.step('a file cut short and a stray file refused, nothing changed', async () => {
    // A hostile file: a bundle cut short on the way, and a stray file. Refused, nothing changed.
    const terpotong = join(kantor.userDataDir, 'terpotong.kopl');
    const bytes = await readFile(perubahanA);
    await writeFile(terpotong, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await imporKantor.pick(terpotong);
    await imporKantor.check(SANDI_A);
    await expect(imporKantor.alert()).toContainText('Berkas rusak atau telah diubah');
    await expect(imporKantor.alert()).toContainText('Tidak ada data yang diubah.');
    const stray = join(kantor.userDataDir, 'catatan.kopl');
    await writeFile(stray, 'Daftar hadir rapat, bukan berkas KopLindung.\n');
    await imporKantor.pick(stray);
    await expect(imporKantor.alert()).toContainText('bukan berkas pertukaran data KopLindung');
    await expect(imporKantor.alert()).toContainText('Tidak ada data yang diubah.');
    expect(await personCount(kantor.page)).toBe('2 orang');
  });

  await test.step('choosing the other value closes the conflict', async () => {
    // Choosing the other value on one office: it is shown, and the conflict is closed.
    await new PertukaranPageObject(kantor.page).openTab('Konflik');
    await konflik.choose(/Koperasi: .*No\. HP\/Telepon/, TELEPON.a);
    await expect(konflik.items()).toHaveCount(1);
    await expect(kantor.page.getByRole('heading', { level: 2, name: 'Konflik' })).toBeFocused();
    await openKoperasi(kantor.page);
    await expect(new KoperasiDetailObject(kantor.page).fact('No. HP/Telepon')).toHaveText(TELEPON.a);
  });

  await test.step('Riwayat: the exports on A, the imports on the office', async () => {
    // Riwayat: the exports on A, the imports on the office.
    await new PertukaranPageObject(a.page).openTab('Riwayat');
    await expect(a.page.getByRole('table', { name: 'Berkas yang keluar dari laptop ini' }).getByRole('row')).toHaveCount(3);
    await new PertukaranPageObject(kantor.page).openTab('Riwayat');
    await expect(kantor.page.getByRole('table', { name: 'Berkas yang diimpor ke laptop ini' }).getByRole('row')).toHaveCount(5);
  });
});
