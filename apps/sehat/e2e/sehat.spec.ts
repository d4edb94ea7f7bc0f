import { randomInt } from 'node:crypto';
import { type APIRequestContext, type Page, expect, test } from '@playwright/test';
import {
  expectNoHorizontalScroll,
  freshResident,
  nav,
  newPortalContext,
  register,
  signIn,
} from '@layanan/ui/e2e';

const main = (page: Page) => page.getByRole('main');

/**
 * The journey's own puskesmas, open every day (the demo ones close on Sundays), and a staff
 * account of it, made through the API by the demo regency admin.
 */
async function ownPuskesmas(request: APIRequestContext) {
  const login = await request.post('/api/auth/login', {
    data: { identifier: 'admin', password: 'Admin12345' },
  });
  expect(login.ok()).toBe(true);
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken as string}` };
  const n = randomInt(10_000, 100_000);
  const name = `Puskesmas Uji ${n}`;
  const facility = await request.post('/api/sehat/facilities', {
    headers,
    data: {
      code: `PKM-UJI-${n}`,
      kind: 'puskesmas',
      name,
      districtCode: '35.28.01',
      lat: -7.21,
      lng: 113.44,
      polyclinics: ['umum', 'lansia'],
      openingHours: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '07:00', closes: '21:00' }],
      bookable: true,
      serviceStartsAt: '08:00',
      minutesPerPatient: 12,
    },
  });
  expect(facility.status()).toBe(201);
  const staff = { username: `petugas${n}`, password: `Petugas${n}` };
  const created = await request.post('/api/admin/staff', {
    headers,
    data: {
      ...staff,
      fullName: `Petugas ${name}`,
      role: 'health_staff',
      facilityId: (await facility.json()).id as string,
    },
  });
  expect(created.status()).toBe(201);
  return { name, staff };
}

test('a resident books a puskesmas visit and sees her number; the staff call it and mark it served', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const resident = freshResident();
  const puskesmas = await ownPuskesmas(request);

  // (a) The resident finds the puskesmas in the directory and books today's Poli Lansia.
  await page.goto('./');
  await register(page, resident);
  await expect(main(page).getByText(`Halo, ${resident.fullName}.`)).toBeVisible();
  await nav(page).getByRole('link', { name: 'Fasilitas', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fasilitas kesehatan' })).toBeVisible();
  await page.getByLabel('Cari nama, alamat atau layanan').fill(puskesmas.name.slice(-9));
  await main(page).getByRole('link', { name: puskesmas.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: puskesmas.name })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await main(page).getByRole('link', { name: 'Daftar kunjungan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Daftar kunjungan puskesmas' })).toBeVisible();
  await expect(page.getByLabel('Puskesmas')).toHaveValue(/.+/);
  const poly = page.getByLabel('Poli', { exact: true });
  await expect(poly.getByRole('option', { name: /Poli Lansia — sisa/ })).toBeAttached();
  await poly.selectOption({
    label: (await poly.getByRole('option', { name: /Poli Lansia/ }).textContent())!,
  });
  await expectNoHorizontalScroll(page);
  await main(page).getByRole('button', { name: 'Ambil nomor antrean' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pendaftaran berhasil' })).toBeVisible();
  const number = (await page.getByTestId('queue-number').textContent())!.trim();
  expect(Number(number)).toBeGreaterThanOrEqual(1);
  await expect(main(page).getByText(/Perkiraan dilayani/)).toContainText(
    number === '1' ? '08:00 WIB' : 'WIB',
  );
  await expectNoHorizontalScroll(page);

  await main(page).getByRole('link', { name: 'Antrean saya' }).click();
  const mine = main(page)
    .getByRole('listitem')
    .filter({ hasText: `Nomor ${number} · Poli Lansia` });
  await expect(mine).toContainText('Terdaftar');

  // (b) The puskesmas staff call the next number of Poli Lansia and mark it served.
  const staff = await newPortalContext(page);
  const bidan = await staff.newPage();
  await bidan.goto('./');
  await signIn(bidan, puskesmas.staff.username, puskesmas.staff.password);
  await expect(nav(bidan).getByRole('link', { name: 'Area petugas' })).toBeVisible();
  await bidan.goto('./staf/antrean');
  await expect(bidan.getByRole('heading', { level: 1, name: 'Antrean hari ini' })).toBeVisible();
  await bidan.getByLabel('Poli', { exact: true }).first().selectOption('lansia');
  const row = main(bidan).getByRole('row', { name: `Nomor ${number}` });
  await expect(row).toContainText(resident.fullName);
  await main(bidan).getByRole('button', { name: 'Panggil nomor berikutnya' }).click();
  await expect(row).toContainText('Dipanggil');
  await expectNoHorizontalScroll(bidan);

  // The waiting-room display shows the number called, without names.
  const display = await staff.newPage();
  await bidan.goto('./fasilitas');
  await bidan.getByLabel('Cari nama, alamat atau layanan').fill(puskesmas.name.slice(-9));
  await main(bidan).getByRole('link', { name: puskesmas.name }).click();
  const displayHref = await main(bidan).getByRole('link', { name: 'Layar antrean' }).getAttribute('href');
  await display.goto(`.${displayHref!.replace(/^\/sehat/, '')}`);
  await expect(display.getByTestId('now-lansia')).toHaveText(number);
  await expect(display.getByText(resident.fullName)).toHaveCount(0);

  await bidan.goto('./staf/antrean');
  await bidan.getByLabel('Poli', { exact: true }).first().selectOption('lansia');
  await row.getByRole('button', { name: 'Dilayani' }).click();
  await expect(row).toContainText('Sudah dilayani');

  // The resident sees it on her bookings.
  await page.reload();
  await expect(mine).toContainText('Sudah dilayani');
  await staff.close();
});

test('a resident asks for transport; the Call Care dispatcher assigns the nearest vehicle; she sees it without reloading', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const resident = freshResident();
  const patient = `Pasien ${resident.phone.slice(-4)}`;

  // The dispatcher registers a village vehicle.
  const staff = await newPortalContext(page);
  const dispatcher = await staff.newPage();
  await dispatcher.goto('./');
  await signIn(dispatcher, 'callcare', 'CallCare12345');
  await expect(nav(dispatcher).getByRole('link', { name: 'Area petugas' })).toBeVisible();
  await dispatcher.goto('./staf/dispatch');
  await expect(dispatcher.getByRole('heading', { level: 1, name: 'Dispatch Call Care' })).toBeVisible();
  const plate = `M ${resident.phone.slice(-4)} SG`;
  await dispatcher.getByLabel('Nomor polisi').fill(plate);
  await dispatcher.getByLabel('Nama', { exact: true }).fill('Mobil SIGAP Branta');
  await dispatcher.getByLabel('Kode desa').fill('35.28.01.2001');
  await dispatcher.getByLabel('Lintang').fill('-7.2100');
  await dispatcher.getByLabel('Bujur').fill('113.4400');
  await main(dispatcher).getByRole('button', { name: 'Simpan kendaraan' }).click();
  await expect(
    main(dispatcher).getByText(`Mobil SIGAP Branta (${plate.toUpperCase()}) · Siap`),
  ).toBeVisible();

  // The resident asks for transport to the RSUD.
  await page.goto('./');
  await register(page, resident);
  await expect(main(page).getByText(`Halo, ${resident.fullName}.`)).toBeVisible();
  await nav(page).getByRole('link', { name: 'Transportasi', exact: true }).click();
  await main(page).getByRole('link', { name: 'Minta transportasi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Minta transportasi kesehatan' })).toBeVisible();
  await page.getByLabel('Nama pasien').fill(patient);
  await page.getByLabel('Nomor HP yang bisa dihubungi').fill(resident.phone);
  await page.getByLabel('Lintang').fill('-7.2230');
  await page.getByLabel('Bujur').fill('113.4360');
  await page.getByLabel('Tujuan').selectOption({ label: 'RSUD dr. H. Slamet Martodirdjo' });
  await page.getByLabel('Tingkat kedaruratan').selectOption({ label: 'Darurat' });
  await expectNoHorizontalScroll(page);
  await main(page).getByRole('button', { name: 'Kirim permintaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Permintaan transportasi' })).toBeVisible();
  await expect(page.getByTestId('transport-status')).toHaveText('Diminta');

  // The dispatcher assigns the nearest free vehicle.
  await dispatcher.reload();
  const entry = main(dispatcher).getByTestId('dispatch-entry').filter({ hasText: patient });
  await expect(entry).toContainText('Darurat');
  await entry.getByRole('button', { name: /Tugaskan kendaraan terdekat/ }).click();
  await expect(entry).toContainText('Kendaraan ditugaskan');
  await expectNoHorizontalScroll(dispatcher);

  // The resident's page follows by itself (no reload).
  await expect(page.getByTestId('transport-status')).toHaveText('Kendaraan ditugaskan', { timeout: 15_000 });
  await expect(main(page).getByText(/Mobil SIGAP Branta/)).toBeVisible();
  await entry.getByRole('button', { name: 'Dalam perjalanan menjemput' }).click();
  await expect(page.getByTestId('transport-status')).toHaveText('Dalam perjalanan menjemput', {
    timeout: 15_000,
  });
  await expectNoHorizontalScroll(page);
  await staff.close();
});
