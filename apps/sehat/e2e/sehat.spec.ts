import { randomInt } from 'node:crypto';
import { type APIRequestContext, type Page, expect, test } from '@playwright/test';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  freshNik,
  freshResident,
  nav,
  newPortalContext,
  register,
  signIn,
  wibDatePlus,
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
  await expectNoAxeViolations(page);
  await main(page).getByRole('link', { name: 'Daftar kunjungan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Daftar kunjungan puskesmas' })).toBeVisible();
  await expect(page.getByLabel('Puskesmas')).toHaveValue(/.+/);
  const poly = page.getByLabel('Poli', { exact: true });
  await expect(poly.getByRole('option', { name: /Poli Lansia — sisa/ })).toBeAttached();
  await poly.selectOption({
    label: (await poly.getByRole('option', { name: /Poli Lansia/ }).textContent())!,
  });
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await main(page).getByRole('button', { name: 'Ambil nomor antrean' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pendaftaran berhasil' })).toBeVisible();
  const number = (await page.getByTestId('queue-number').textContent())!.trim();
  expect(Number(number)).toBeGreaterThanOrEqual(1);
  await expect(main(page).getByText(/Perkiraan dilayani/)).toContainText(
    number === '1' ? '08:00 WIB' : 'WIB',
  );
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);

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
  await expectNoAxeViolations(bidan);

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
  await expectNoAxeViolations(page);
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
  await expectNoAxeViolations(dispatcher);

  // The resident's page follows by itself (no reload).
  await expect(page.getByTestId('transport-status')).toHaveText('Kendaraan ditugaskan', { timeout: 15_000 });
  await expect(main(page).getByText(/Mobil SIGAP Branta/)).toBeVisible();
  await entry.getByRole('button', { name: 'Dalam perjalanan menjemput' }).click();
  await expect(page.getByTestId('transport-status')).toHaveText('Dalam perjalanan menjemput', {
    timeout: 15_000,
  });
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await staff.close();
});

/** A fresh NIK of a woman (day of birth + 40), and her birth date. */
function freshMotherNik(): { nik: string; birthDate: string } {
  for (;;) {
    const nik = freshNik();
    const day = Number(nik.slice(6, 8));
    if (day <= 40) continue;
    const yy = Number(nik.slice(10, 12));
    const year = yy <= 5 ? 2000 + yy : 1900 + yy;
    return { nik, birthDate: `${year}-${nik.slice(8, 10)}-${String(day - 40).padStart(2, '0')}` };
  }
}

async function apiToken(request: APIRequestContext, identifier: string, password: string) {
  const res = await request.post('/api/auth/login', { data: { identifier, password } });
  expect(res.ok()).toBe(true);
  return { Authorization: `Bearer ${(await res.json()).accessToken as string}` };
}

test('a pregnant KRST mother asks for transport with her consent and is first in the dispatcher’s queue', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const { nik, birthDate } = freshMotherNik();
  const mother = { ...freshResident(), nik };
  const today = wibDatePlus(0);
  const daysAgo = (n: number) =>
    new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

  // Her bidan has registered the pregnancy in e-Babhar with a KSPR score of 14 (KRST).
  const bidan = await apiToken(request, 'bidan', 'Bidan12345');
  const facilities = await (await request.get('/api/sehat/facilities?kind=puskesmas')).json();
  const tlanakan = (facilities as { id: string; code: string }[]).find((f) => f.code === 'PKM-TLANAKAN')!.id;
  const motherRow = await request.post('/api/babhar/mothers', {
    headers: bidan,
    data: {
      nik,
      fullName: mother.fullName,
      birthDate,
      phone: mother.phone,
      villageCode: '35.28.01.2001',
      address: 'Dusun Krajan RT 01 RW 02',
      bloodType: { abo: 'O', rhesus: 'positive' },
      heightCm: 143,
    },
  });
  expect(motherRow.status(), await motherRow.text()).toBe(201);
  const pregnancy = await request.post('/api/babhar/pregnancies', {
    headers: bidan,
    data: {
      motherId: (await motherRow.json()).id,
      hpht: daysAgo(200),
      gravida: 3,
      para: 1,
      abortus: 1,
      lastBirthDate: daysAgo(700),
      puskesmasId: tlanakan,
    },
  });
  expect(pregnancy.status(), await pregnancy.text()).toBe(201);
  const kspr = await request.post(`/api/babhar/pregnancies/${(await pregnancy.json()).id}/kspr`, {
    headers: bidan,
    data: { date: today, items: ['3', '10'] },
  });
  expect((await kspr.json()).category).toBe('KRST');

  // Someone else has just asked for an emergency ride.
  const neighbour = freshResident();
  const reg = await request.post('/api/auth/register', {
    data: {
      nik: neighbour.nik,
      fullName: neighbour.fullName,
      phone: neighbour.phone,
      password: neighbour.password,
    },
  });
  expect(reg.status()).toBe(201);
  const emergency = await request.post('/api/sehat/transport', {
    headers: { Authorization: `Bearer ${(await reg.json()).accessToken as string}` },
    data: {
      patientName: `Darurat ${neighbour.phone.slice(-4)}`,
      phone: neighbour.phone,
      pickup: { lat: -7.2, lng: 113.45 },
      destinationFacilityId: (facilities as { id: string; code: string }[])[0].id,
      urgency: 'darurat',
    },
  });
  expect(emergency.status()).toBe(201);

  // The mother registers in e-Sehat and links her account to her pregnancy record.
  await page.goto('./');
  await register(page, mother);
  await expect(main(page).getByText(`Halo, ${mother.fullName}.`)).toBeVisible();
  const claim = await request.post('/api/babhar/me/claim', {
    headers: await apiToken(request, nik, mother.password),
    data: { nik },
  });
  expect(claim.status(), await claim.text()).toBe(200);

  // She asks for transport as a pregnant mother, consenting to e-Babhar's data.
  await nav(page).getByRole('link', { name: 'Transportasi', exact: true }).click();
  await main(page).getByRole('link', { name: 'Minta transportasi' }).click();
  await page.getByLabel('Nama pasien').fill(mother.fullName);
  await page.getByLabel('Nomor HP yang bisa dihubungi').fill(mother.phone);
  await page.getByLabel('Lintang').fill('-7.2230');
  await page.getByLabel('Bujur').fill('113.4360');
  await page.getByLabel('Tujuan').selectOption({ label: 'RSUD dr. H. Slamet Martodirdjo' });
  await page.getByLabel('Tingkat kedaruratan').selectOption({ label: 'Biasa' });
  await page.getByLabel('Pasien sedang hamil').check();
  await page.getByLabel(/Ibu setuju HPL dan kategori risiko KSPR/).check();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await main(page).getByRole('button', { name: 'Kirim permintaan' }).click();
  await expect(page.getByTestId('transport-status')).toHaveText('Diminta');
  await expect(main(page).getByText(/KSPR KRST/)).toBeVisible();

  // The dispatcher's queue puts her before the emergency ride.
  const staff = await newPortalContext(page);
  const dispatcher = await staff.newPage();
  await dispatcher.goto('./');
  await signIn(dispatcher, 'callcare', 'CallCare12345');
  await expect(nav(dispatcher).getByRole('link', { name: 'Area petugas' })).toBeVisible();
  await dispatcher.goto('./staf/dispatch');
  const entries = main(dispatcher).getByTestId('dispatch-entry');
  await expect(entries.first()).toContainText(`1. ${mother.fullName}`);
  await expect(entries.first()).toContainText('KSPR KRST');
  const texts = await entries.allTextContents();
  const emergencyAt = texts.findIndex((text) => text.includes(`Darurat ${neighbour.phone.slice(-4)}`));
  expect(emergencyAt).toBeGreaterThan(0);
  await expect(entries.nth(emergencyAt)).toContainText('Darurat');
  await expectNoHorizontalScroll(dispatcher);
  await expectNoAxeViolations(dispatcher);
  await staff.close();
});
