import { type APIRequestContext, type Page, expect, test } from '@playwright/test';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  freshWomanNik,
  nav,
  signIn,
  wibDatePlus,
} from '@layanan/ui/e2e';

const main = (page: Page) => page.getByRole('main');
const DESA = '35.28.01.2001';

/** The bidan of Puskesmas Tlanakan registers a mother 10 weeks pregnant with a K1 contact (through the API). */
async function motherWithK1(
  request: APIRequestContext,
  token: string,
  puskesmasId: string,
  name: string,
  contact: { date: string; nextContactDate: string },
) {
  const headers = { Authorization: `Bearer ${token}` };
  const { nik, birthDate } = freshWomanNik();
  const mother = await request.post('/api/babhar/mothers', {
    headers,
    data: {
      nik,
      fullName: name,
      birthDate,
      phone: '081234567890',
      villageCode: DESA,
      address: 'Dusun Krajan RT 01 RW 02',
      heightCm: 152,
    },
  });
  expect(mother.status()).toBe(201);
  const pregnancy = await request.post('/api/babhar/pregnancies', {
    headers,
    data: {
      motherId: ((await mother.json()) as { id: string }).id,
      hpht: wibDatePlus(-70),
      gravida: 1,
      para: 0,
      abortus: 0,
      puskesmasId,
    },
  });
  expect(pregnancy.status()).toBe(201);
  const id = ((await pregnancy.json()) as { id: string }).id;
  const k1 = await request.post(`/api/babhar/pregnancies/${id}/contacts`, {
    headers,
    data: {
      ...contact,
      provider: 'doctor',
      weightKg: 52,
      heightCm: 152,
      systolic: 110,
      diastolic: 70,
      lilaCm: 24,
      tdStatus: 'T1',
      tdDoseGiven: 'T2',
      ironTablets: 30,
      ultrasound: true,
      dangerSignsChecked: true,
    },
  });
  expect(k1.status()).toBe(201);
}

/** The target shown in Puskesmas Tlanakan's row of the coverage table. */
async function tlanakanRow(page: Page) {
  await nav(page).getByRole('link', { name: 'KIA & kesehatan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'KIA & kesehatan' })).toBeVisible();
  const table = main(page).getByRole('region', { name: 'Tabel Cakupan KIA per puskesmas' });
  return table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Tlanakan/ }) });
}

test('the admin sees a puskesmas’s K1 coverage and overdue mothers, opens the list, then sets the desa population and crude birth rate and sees the target change', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const login = await request.post('/api/auth/login', {
    data: { identifier: 'bidan', password: 'Bidan12345' },
  });
  const bidan = ((await login.json()) as { accessToken: string }).accessToken;
  const facilities = (await (await request.get('/api/sehat/facilities?kind=puskesmas')).json()) as {
    id: string;
    code: string;
  }[];
  const tlanakan = facilities.find((f) => f.code === 'PKM-TLANAKAN')!.id;
  await motherWithK1(request, bidan, tlanakan, 'Ibu Uji Tepat', {
    date: wibDatePlus(0),
    nextContactDate: wibDatePlus(28),
  });
  await motherWithK1(request, bidan, tlanakan, 'Ibu Uji Terlambat', {
    date: wibDatePlus(-20),
    nextContactDate: wibDatePlus(-5),
  });

  await page.goto('./');
  await signIn(page, 'admin', 'Admin12345');
  await expect(page.getByRole('heading', { level: 1, name: 'Admin' })).toBeVisible();
  let row = await tlanakanRow(page);
  const k1 = row.getByRole('link', { name: /: K1\)/ });
  expect(Number(await k1.textContent())).toBeGreaterThanOrEqual(2);
  await expect(row.locator('[data-figure="target"]')).toHaveText('–');
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);

  // The overdue count opens the mothers it counts (an audited read).
  const overdue = row.getByRole('link', { name: /Kunjungan terlambat/ });
  const count = Number(await overdue.textContent());
  expect(count).toBeGreaterThanOrEqual(1);
  await overdue.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ibu dengan kunjungan terlambat' })).toBeVisible();
  await expect(main(page).getByText(`${count} ibu`)).toBeVisible();
  await expect(main(page).getByText('Ibu Uji Terlambat')).toBeVisible();
  await expect(main(page).getByText('Ibu Uji Tepat')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The population of the desa: the target appears (ceil(1.10 × 16.5‰ × 10,000) = 182 with the default rate).
  await nav(page).getByRole('link', { name: 'Kelola' }).click();
  await main(page).getByRole('button', { name: 'Penduduk desa' }).click();
  await main(page).getByLabel('Kecamatan').selectOption('35.28.01');
  await main(page)
    .getByLabel(new RegExp(`\\(${DESA.replace(/\./g, '\\.')}\\)`))
    .fill('10000');
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await main(page).getByRole('button', { name: 'Simpan penduduk kecamatan ini' }).click();
  await expect(main(page).getByLabel(new RegExp(`\\(${DESA.replace(/\./g, '\\.')}\\)`))).toHaveValue('10000');
  row = await tlanakanRow(page);
  await expect(row.locator('[data-figure="target"]')).toHaveText('182');

  // The crude birth rate: 20‰ → ceil(1.10 × 20‰ × 10,000) = 220.
  await nav(page).getByRole('link', { name: 'Kelola' }).click();
  await main(page).getByRole('button', { name: 'Pengaturan KIA' }).click();
  const rate = main(page).getByLabel(/^Angka kelahiran kasar/);
  await rate.fill('20');
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await main(page)
    .getByRole('form', { name: 'Sasaran PWS-KIA' })
    .getByRole('button', { name: 'Simpan' })
    .click();
  await expect(main(page).getByRole('button', { name: 'Kembalikan ke bawaan' }).first()).toBeVisible();
  row = await tlanakanRow(page);
  await expect(row.locator('[data-figure="target"]')).toHaveText('220');
  await expect(main(page).locator('[data-cbr]')).toHaveText('20 ‰');
});
