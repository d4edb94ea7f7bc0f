import { type Page, expect, test } from '@playwright/test';
import {
  blockOutsideRequests,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  freshResident,
  nav,
  register,
} from '@layanan/ui/e2e';
import { testJpeg } from './photo';

const main = (page: Page) => page.getByRole('main');

test('a report written with no signal is kept on the phone, then sent once when the portal is online again', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await blockOutsideRequests(context, baseURL!);
  const resident = freshResident();
  const title = `Jembatan retak ${resident.phone.slice(-4)} di Desa Tlanakan`;

  await page.goto('./');
  await register(page, resident);
  await expect(main(page).getByText(`Halo, ${resident.fullName}.`)).toBeVisible();
  // The service worker has taken the shell into its cache and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await nav(page).getByRole('link', { name: 'Lapor', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Buat laporan' })).toBeVisible();
  await page.getByLabel('Kategori (wajib)').selectOption({ label: 'Jalan berlubang' });
  await page.getByLabel('Perkiraan ukuran lubang').selectOption({ label: '> 1 m' });
  await page.getByRole('radio', { name: 'Jalan desa' }).check();
  await page.getByRole('radio', { name: /^Sedang/ }).check();
  await page.getByLabel(/^Judul laporan/).fill(title);
  await page.getByLabel(/^Uraian/).fill('Retakan memanjang di lantai jembatan, makin lebar setelah hujan.');
  await page.getByLabel('Lintang (latitude)').fill('-7.160000');
  await page.getByLabel('Bujur (longitude)').fill('113.470000');

  // The signal drops: the photo waits on the phone, and so does the report.
  await context.setOffline(true);
  await page.getByLabel('Tambah foto').setInputFiles({
    name: 'jembatan.jpg',
    mimeType: 'image/jpeg',
    buffer: await testJpeg({ lat: -7.16, lng: 113.47 }),
  });
  await expect(main(page).getByText('Disimpan di HP ini; dikirim saat online')).toBeVisible();
  await main(page).getByRole('button', { name: 'Kirim laporan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Laporan disimpan di HP ini' })).toBeVisible();
  await expect(
    main(page).getByText('Laporan disimpan di HP ini dan akan dikirim saat online.'),
  ).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);

  // Still offline, the portal opens again from the service worker's cache.
  await page.reload();
  await expect(page.getByRole('link', { name: /e-Lorong/ })).toBeVisible();

  // The phone is put away (the tab closed, so no open page sends it) and the signal returns.
  // Opened again: the session comes back, the report goes (photo first), once.
  await page.close();
  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto('saya');
  await expect(main(again).getByText(/Laporan yang disimpan di HP ini sudah terkirim: LRG-/)).toBeVisible();
  await expect(again.getByRole('heading', { level: 1, name: 'Laporan saya' })).toBeVisible();
  await expect(main(again).getByRole('link', { name: title })).toHaveCount(1);
  await expectNoAxeViolations(again);

  // Another visit sends nothing more: still one case with that title, with its photo.
  await again.reload();
  await expect(again.getByRole('heading', { level: 1, name: 'Laporan saya' })).toBeVisible();
  await expect(main(again).getByRole('link', { name: title })).toHaveCount(1);
  await main(again).getByRole('link', { name: title }).click();
  await expect(again.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(main(again).getByRole('img', { name: 'Foto 1 (dari pelapor)' })).toBeVisible();
});

test('back online without leaving the page: the kept report goes by itself', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await blockOutsideRequests(context, baseURL!);
  const resident = freshResident();
  const title = `Lampu jembatan ${resident.phone.slice(-4)} mati`;
  await page.goto('./');
  await register(page, resident);
  await expect(main(page).getByText(`Halo, ${resident.fullName}.`)).toBeVisible();
  await nav(page).getByRole('link', { name: 'Lapor', exact: true }).click();
  await page.getByLabel('Kategori (wajib)').selectOption({ label: 'Jalan berlubang' });
  await page.getByLabel('Perkiraan ukuran lubang').selectOption({ label: '< 30 cm' });
  await page.getByRole('radio', { name: 'Jalan desa' }).check();
  await page.getByRole('radio', { name: /^Ringan/ }).check();
  await page.getByLabel(/^Judul laporan/).fill(title);
  await page.getByLabel(/^Uraian/).fill('Lubang kecil tapi dalam di tepi jalan desa.');
  await page.getByLabel('Lintang (latitude)').fill('-7.161000');
  await page.getByLabel('Bujur (longitude)').fill('113.471000');
  await context.setOffline(true);
  await main(page).getByRole('button', { name: 'Kirim laporan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Laporan disimpan di HP ini' })).toBeVisible();

  await context.setOffline(false);
  await expect(main(page).getByText(/Laporan yang disimpan di HP ini sudah terkirim: LRG-/)).toBeVisible();
  await main(page).getByRole('link', { name: 'Laporan saya' }).click();
  await expect(main(page).getByRole('link', { name: title })).toHaveCount(1);
});
