import { type Page, expect, test } from '@playwright/test';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  freshResident,
  freshWomanNik,
  nav,
  newPortalContext,
  register,
  signIn,
  signOut,
  wibDatePlus,
} from '@layanan/ui/e2e';

const main = (page: Page) => page.getByRole('main');

async function openStaffArea(page: Page) {
  await nav(page).getByRole('link', { name: 'Area petugas' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Area petugas' })).toBeVisible();
}

/** The bidan registers a mother and her pregnancy (10 weeks unless said) and lands on the pregnancy page. */
async function registerMotherAndPregnancy(
  page: Page,
  mother: { nik: string; birthDate: string; name: string },
  hphtDaysAgo = 70,
) {
  await openStaffArea(page);
  await main(page).getByRole('link', { name: 'Daftarkan ibu' }).click();
  await page.getByLabel('NIK ibu').fill(mother.nik);
  await main(page).getByRole('button', { name: 'Cari' }).click();
  await expect(main(page).getByRole('heading', { name: 'Data ibu' })).toBeVisible();
  await page.getByLabel('Nama lengkap').fill(mother.name);
  // The date of birth comes from the NIK (DOMAIN §2).
  await expect(page.getByLabel('Tanggal lahir')).toHaveValue(mother.birthDate);
  await page.getByLabel('Nomor HP').fill('081234567890');
  const desa = page.getByLabel('Desa / kelurahan');
  await expect(desa.locator('option')).not.toHaveCount(1);
  await desa.selectOption({ index: 1 });
  await page.getByLabel('Alamat (dusun, RT/RW)').fill('Dusun Krajan RT 01 RW 02');
  await page.getByLabel('Tinggi badan (cm)').fill('152');
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await main(page).getByRole('button', { name: 'Simpan data ibu' }).click();
  await expect(main(page).getByRole('heading', { name: `Kehamilan: ${mother.name}` })).toBeVisible();
  await page.getByLabel('HPHT', { exact: true }).fill(wibDatePlus(-hphtDaysAgo));
  await main(page).getByRole('button', { name: 'Daftarkan kehamilan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: mother.name })).toBeVisible();
}

test('a bidan registers a mother and her pregnancy, records K1 with LILA 22 cm and sees the KEK flag', async ({
  page,
}) => {
  const mother = { ...freshWomanNik(), name: 'Ibu Fatimah Uji' };
  await page.goto('./');
  await signIn(page, 'bidan', 'Bidan12345');
  await registerMotherAndPregnancy(page, mother);
  await expect(main(page).getByText('Belum K1')).toBeVisible();

  await main(page).getByRole('link', { name: 'Catat kunjungan (10T)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kunjungan ANC (10T)' })).toBeVisible();
  await expect(page.getByLabel(/^Tinggi \(cm\)/)).toHaveValue('152');
  await page.getByLabel(/^Berat \(kg\)/).fill('48');
  await page.getByLabel(/^Sistolik/).fill('110');
  await page.getByLabel(/^Diastolik/).fill('70');
  const live = main(page).locator('.live-flags');
  await expect(live).toContainText('Tidak ada');
  await page.getByLabel('LILA (cm)').fill('22');
  await expect(live).toContainText('KEK');
  await page.getByLabel('Kunjungan berikutnya').fill(wibDatePlus(28));
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await main(page).getByRole('button', { name: 'Simpan kunjungan' }).click();
  const saved = main(page).getByTestId('contact-saved');
  await expect(saved).toContainText('K1M');
  await expect(saved).toContainText('10 minggu');
  await expect(saved).toContainText('KEK');
  await main(page).getByRole('button', { name: 'Kembali ke data kehamilan' }).click();
  await expect(main(page).locator('.case-card').filter({ hasText: 'K1M' })).toContainText('LILA 22 cm');
});

test('a bidan records the birth at term and the first postpartum contact (KF1)', async ({ page }) => {
  test.setTimeout(90_000);
  const mother = { ...freshWomanNik(), name: 'Ibu Aisyah Uji' };
  await page.goto('./');
  await signIn(page, 'bidan', 'Bidan12345');
  await registerMotherAndPregnancy(page, mother, 275);
  await main(page).getByRole('link', { name: 'Catat persalinan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catat persalinan / keguguran' })).toBeVisible();
  await page.getByLabel('Tempat').selectOption({ label: 'Puskesmas' });
  await page.getByLabel('Berat lahir (gram)').fill('3100');
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await main(page).getByRole('button', { name: 'Simpan' }).click();
  await expect(main(page).getByTestId('outcome-saved')).toContainText('Persalinan tercatat');
  await main(page).getByRole('link', { name: 'Kembali ke data kehamilan' }).click();
  await expect(main(page).getByTestId('outcome-summary')).toContainText('Perempuan 3100 g');
  const kf = main(page).getByRole('list', { name: 'Kunjungan nifas' });
  await expect(kf).toContainText('KF1: belum');
  await main(page).getByRole('link', { name: 'Catat kunjungan nifas' }).click();
  await page.getByLabel('Sistolik (mmHg)').fill('110');
  await page.getByLabel('Diastolik (mmHg)').fill('70');
  await page.getByLabel('Kapsul vitamin A diberikan').check();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await main(page).getByRole('button', { name: 'Simpan' }).click();
  await expect(main(page).getByTestId('postpartum-saved')).toContainText('KF1');
  await main(page).getByRole('link', { name: 'Kembali ke data kehamilan' }).click();
  await expect(main(page).getByRole('list', { name: 'Kunjungan nifas' })).toContainText('KF1: sudah');
});

test('a bidan fills a KSPR card that totals 6 and sees KRT with its recommended place of birth', async ({
  page,
}) => {
  const mother = { ...freshWomanNik(), name: 'Ibu Khadijah Uji' };
  await page.goto('./');
  await signIn(page, 'bidan', 'Bidan12345');
  await registerMotherAndPregnancy(page, mother);
  await main(page).getByRole('link', { name: 'Kartu skor KSPR' }).click();
  const total = main(page).getByTestId('kspr-total');
  await expect(total).toContainText('Jumlah skor: 2');
  await expect(total).toContainText('Kehamilan Risiko Rendah (KRR)');
  await main(page)
    .getByLabel(/kurang darah/)
    .check();
  await expect(total).toContainText('Jumlah skor: 6');
  await expect(total).toContainText('Kehamilan Risiko Tinggi (KRT)');
  await expect(total).toContainText('Tempat bersalin: Polindes / puskesmas / rumah sakit');
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await main(page).getByRole('button', { name: 'Simpan KSPR' }).click();
  await expect(main(page).getByRole('status')).toContainText('Tersimpan: 6 · KRT');
  await main(page).getByRole('link', { name: 'Kembali' }).click();
  await expect(main(page).getByTestId('kspr-current')).toContainText('6 · KRT');

  // The kohort register and the PWS-KIA report fit the phone too.
  await main(page).getByRole('link', { name: 'Kohort' }).click();
  const row = main(page).getByRole('row').filter({ hasText: mother.name });
  await expect(row).toContainText('6');
  await expect(row).toContainText('••••');
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await main(page).getByRole('link', { name: 'PWS-KIA' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'PWS-KIA' })).toBeVisible();
  await expect(main(page).getByRole('columnheader', { name: 'K1 akses' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});

test('the mother signs in, sees her HPL and next contact, reports bleeding, and the bidan’s worklist shows the alert', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const woman = freshWomanNik();
  const resident = { ...freshResident(), nik: woman.nik, fullName: 'Ibu Maryam Uji' };

  // The bidan registers her and records the first contact.
  await page.goto('./');
  await signIn(page, 'bidan', 'Bidan12345');
  await registerMotherAndPregnancy(page, { ...woman, name: resident.fullName });
  const hpl = (await main(page).getByTestId('hpl').innerText()).trim();
  await main(page).getByRole('link', { name: 'Catat kunjungan (10T)' }).click();
  await page.getByLabel(/^Berat \(kg\)/).fill('55');
  await page.getByLabel(/^Sistolik/).fill('115');
  await page.getByLabel(/^Diastolik/).fill('75');
  await page.getByLabel('Kunjungan berikutnya').fill(wibDatePlus(28));
  await main(page).getByRole('button', { name: 'Simpan kunjungan' }).click();
  await expect(main(page).getByTestId('contact-saved')).toContainText('K1M');

  // The mother, on her own phone, registers, links her pregnancy with her NIK and reports bleeding.
  const phone = await newPortalContext(page);
  const mum = await phone.newPage();
  await mum.goto('./');
  await register(mum, resident);
  await nav(mum).getByRole('link', { name: 'Kehamilan saya' }).click();
  await mum.getByLabel('NIK', { exact: true }).fill(resident.nik);
  await main(mum).getByRole('button', { name: 'Sambungkan' }).click();
  await expect(main(mum).getByTestId('hpl')).toContainText(hpl.split(' (')[0].split(' · ')[0]);
  await expect(main(mum).getByTestId('ga')).toContainText('10 minggu');
  const [y, m, d] = wibDatePlus(28).split('-').map(Number);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
  await expect(main(mum).getByTestId('next-contact')).toContainText(`${d} ${months[m - 1]} ${y}`);
  await expectNoHorizontalScroll(mum);
  const report = main(mum).getByRole('button', { name: 'Laporkan tanda bahaya' });
  await expect(report).toBeDisabled();
  await main(mum).getByLabel('Perdarahan dari jalan lahir').check();
  await report.click();
  const now = main(mum).getByRole('alert');
  await expect(now).toContainText('Yang harus dilakukan sekarang');
  await expect(now).toContainText('Segera ke puskesmas');
  await expect(now).toContainText('Bidan dan puskesmas Anda sudah diberi tahu.');
  await expect(now.getByRole('link', { name: /transport kesehatan/ })).toHaveAttribute('href', '/sehat');
  await phone.close();

  // The bidan's worklist shows the alert at once.
  await openStaffArea(page);
  const danger = main(page).getByRole('button', { name: /Melaporkan tanda bahaya/ });
  await expect(danger.getByTestId('count-danger_sign')).not.toHaveText('0');
  await danger.click();
  const card = main(page).locator('.case-card').filter({ hasText: resident.fullName });
  await expect(card).toHaveAttribute('data-tone', 'red');
  await expect(card).toContainText('Melaporkan tanda bahaya');
  await card.getByRole('link', { name: resident.fullName }).click();
  await expect(main(page).getByTestId('danger-alert')).toContainText('Perdarahan');
  await main(page).getByRole('button', { name: 'Sudah ditangani' }).click();
  await expect(main(page).getByTestId('danger-alert')).toHaveCount(0);
  await signOut(page);
});
