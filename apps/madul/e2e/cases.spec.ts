import { type Page, expect, test } from '@playwright/test';
import {
  blockOutsideRequests,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  freshResident,
  nav,
  register,
} from '@layanan/ui/e2e';

const main = (page: Page) => page.getByRole('main');

test('a complaint without a map point (desa and address), then found under "Laporan saya"', async ({
  page,
  baseURL,
}) => {
  await blockOutsideRequests(page.context(), baseURL!);
  const resident = freshResident();
  const title = `KTP elektronik belum jadi ${resident.phone.slice(-4)}`;

  await page.goto('./');
  await register(page, resident);
  await expect(main(page).getByText(`Halo, ${resident.fullName}.`)).toBeVisible();
  await main(page).getByRole('link', { name: 'Buat laporan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Buat laporan' })).toBeVisible();
  // e-Madul: no road questions, and the map stays closed until asked for.
  await expect(page.getByRole('group', { name: 'Status jalan' })).toHaveCount(0);
  await expect(main(page).getByRole('button', { name: 'Tampilkan peta' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );

  await page.getByLabel('Kategori (wajib)').selectOption({ label: 'Dokumen kependudukan' });
  await page.getByLabel(/^Judul laporan/).fill(title);
  await page
    .getByLabel(/^Uraian/)
    .fill('Sudah rekam dua bulan lalu di kecamatan, tetapi KTP belum bisa diambil.');
  await page.getByLabel('Kecamatan').selectOption({ label: 'Tlanakan' });
  await page.getByLabel('Desa/kelurahan').selectOption({ label: 'Dabuan' });
  await page.getByLabel(/^Alamat atau patokan/).fill('Dusun Krajan RT 02, dekat masjid');
  await page.getByRole('checkbox', { name: 'Sembunyikan nama saya (anonim)' }).check();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);

  await main(page).getByRole('button', { name: 'Kirim laporan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Laporan terkirim' })).toBeVisible();
  const code = (await page.getByTestId('tracking-code').textContent())!.trim();
  expect(code).toMatch(/^MDL-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  await nav(page).getByRole('link', { name: 'Laporan saya' }).click();
  const reported = main(page).getByRole('region', { name: 'Yang saya laporkan' });
  const item = reported.getByRole('listitem').filter({ hasText: code });
  await expect(item.getByRole('link', { name: title })).toBeVisible();
  await expect(item.getByText('Diterima')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);

  await item.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(main(page).getByText('Dusun Krajan RT 02, dekat masjid, Dabuan, Tlanakan')).toBeVisible();
  await expect(main(page).getByText(/Nama Anda disembunyikan \(anonim\)/)).toBeVisible();
  await expect(main(page).getByText('Koordinat')).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});
