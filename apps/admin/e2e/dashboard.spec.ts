import { type Page, expect, test } from '@playwright/test';
import {
  blockOutsideRequests,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  freshNik,
  nav,
  signIn,
} from '@layanan/ui/e2e';

const main = (page: Page) => page.getByRole('main');

test('the dashboard counts open cases, draws them on a map with nothing fetched from outside, and each number opens its list', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const refused = await blockOutsideRequests(page.context(), baseURL!);
  // A resident files a road report with a map point.
  const resident = await request.post('/api/auth/register', {
    data: { nik: freshNik(), fullName: 'Warga Uji Dasbor', phone: '081298765432', password: 'Rahasia1234' },
  });
  const token = ((await resident.json()) as { accessToken: string }).accessToken;
  const categories = (await (await request.get('/api/categories?service=lorong')).json()) as {
    id: string;
    code: string;
  }[];
  const filed = await request.post('/api/cases', {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      service: 'lorong',
      categoryId: categories.find((c) => c.code === 'lampu_jalan')!.id,
      title: 'Lampu jalan mati di depan masjid',
      description: 'Tiga lampu jalan mati sejak seminggu, jalan gelap gulita saat malam.',
      attributes: {},
      location: { point: { lat: -7.158, lng: 113.474 } },
    },
  });
  expect(filed.status()).toBe(201);

  await page.goto('./');
  await signIn(page, 'admin', 'Admin12345');
  await expect(page.getByRole('heading', { level: 1, name: 'Admin' })).toBeVisible();
  await nav(page).getByRole('link', { name: 'Dasbor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dasbor' })).toBeVisible();
  await expect(main(page).getByRole('region', { name: 'Peta kasus terbuka (dikelompokkan)' })).toBeVisible();
  await expect(main(page).getByRole('img', { name: 'Tren mingguan per layanan' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);

  // The open count opens the list of open cases, with the same number.
  const openCard = main(page).getByRole('link', { name: /Masih terbuka/ });
  const open = Number((await openCard.locator('.stat-value').textContent())!.trim());
  expect(open).toBeGreaterThan(0);
  await openCard.click();
  await expect(main(page).getByText(`${open} kasus`)).toBeVisible();
  await page.goBack();

  // A bar of the services chart opens its list too.
  const services = main(page).getByRole('figure', { name: 'Per layanan' });
  const lorong = services.getByRole('listitem').filter({ hasText: 'e-Lorong' }).getByRole('link');
  const count = (await lorong.textContent())!.trim();
  await lorong.click();
  await expect(main(page).getByText(`${count} kasus`)).toBeVisible();
  await expect(main(page).getByRole('link', { name: 'Lampu jalan mati di depan masjid' })).toBeVisible();
  expect(refused).toEqual([]);
});

test('the admin adds a day off to the working calendar and removes it again', async ({ page }) => {
  await page.goto('./');
  await signIn(page, 'admin', 'Admin12345');
  await expect(page.getByRole('heading', { level: 1, name: 'Admin' })).toBeVisible();
  await nav(page).getByRole('link', { name: 'Kelola' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kelola' })).toBeVisible();
  await main(page).getByRole('button', { name: 'Hari libur' }).click();
  await main(page).getByLabel('Tahun').fill('2030');
  const form = main(page).getByRole('form', { name: 'Simpan hari libur' });
  await form.getByLabel('Tanggal').fill('2030-03-11');
  await form.getByLabel('Nama').fill('Libur uji kalender');
  await form.getByRole('button', { name: 'Simpan hari libur' }).click();
  const item = main(page).getByRole('listitem').filter({ hasText: 'Libur uji kalender' });
  await expect(item).toContainText('2030-03-11');
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await item.getByRole('button', { name: 'Hapus' }).click();
  await expect(item).toHaveCount(0);
});
