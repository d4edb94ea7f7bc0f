import { type Page, expect, test } from '@playwright/test';
import {
  blockOutsideRequests,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  freshResident,
  nav,
  newPortalContext,
  register,
  signIn,
  wibDatePlus,
} from '@layanan/ui/e2e';
import { testJpeg } from './photo';

// Next to the demo case "Lubang di jalan poros Waru" (an open pothole, about 15 m away).
const nearDemoPothole = { lat: -7.0901, lng: 113.5041 };

const main = (page: Page) => page.getByRole('main');
const status = (page: Page) => main(page).locator('.case-status-line .status-badge');
const actionForm = (page: Page, name: string) => main(page).getByRole('form', { name });

/** Opens an officer action's form, fills it with `fill`, sends it and waits for the confirmation. */
async function act(page: Page, name: string, fill: (form: ReturnType<typeof actionForm>) => Promise<void>) {
  await main(page).getByRole('button', { name, exact: true }).click();
  const form = actionForm(page, name);
  await fill(form);
  await form.locator('button[type="submit"]').click();
  await expect(main(page).getByText(`Tersimpan: ${name}.`)).toBeVisible();
}

test('a pothole from report to a closed, rated case, with no map tiles reachable', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const refused = await blockOutsideRequests(page.context(), baseURL!);
  const resident = freshResident();
  const title = `Lubang besar ${resident.phone.slice(-4)} di jalan poros Waru`;
  const answer = 'Terima kasih, tim PUPR akan menambal lubang ini minggu depan.';

  // The resident registers and reports, with a phone photo that knows where it was taken.
  await page.goto('./');
  await register(page, resident);
  await expect(main(page).getByText(`Halo, ${resident.fullName}.`)).toBeVisible();
  await nav(page).getByRole('link', { name: 'Lapor', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Buat laporan' })).toBeVisible();
  await expect(main(page).getByText(/Gambar peta tidak dapat dimuat/)).toBeVisible();
  await expect.poll(() => refused.length).toBeGreaterThan(0);

  await page.getByLabel('Kategori (wajib)').selectOption({ label: 'Jalan berlubang' });
  await page.getByLabel('Perkiraan ukuran lubang').selectOption({ label: '> 1 m' });
  await page.getByRole('radio', { name: 'Jalan kabupaten' }).check();
  await page.getByRole('radio', { name: /^Berat/ }).check();
  await page.getByLabel(/^Judul laporan/).fill(title);
  await page
    .getByLabel(/^Uraian/)
    .fill('Lubang selebar satu meter di tengah jalan, dua motor jatuh minggu ini.');
  await page.getByLabel('Tambah foto').setInputFiles({
    name: 'lubang.jpg',
    mimeType: 'image/jpeg',
    buffer: await testJpeg(nearDemoPothole),
  });
  await expect(main(page).getByText('Terunggah')).toBeVisible();
  await expect(main(page).getByRole('img', { name: 'Foto 1' })).toBeVisible();
  await main(page).getByRole('button', { name: 'Gunakan lokasi foto' }).click();
  await expect(page.getByLabel('Lintang (latitude)')).toHaveValue('-7.090100');
  await expect(page.getByLabel('Bujur (longitude)')).toHaveValue('113.504100');

  // Before sending: a similar open report nearby is offered.
  const nearby = main(page).getByRole('region', { name: 'Sudah ada laporan serupa di dekat sini' });
  await expect(nearby).toBeVisible();
  await expect(nearby.getByRole('link', { name: 'Lubang di jalan poros Waru' })).toBeVisible();
  await expect(nearby.getByRole('button', { name: 'Saya juga mengalami' })).toBeEnabled();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);

  await main(page).getByRole('button', { name: 'Kirim laporan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Laporan terkirim' })).toBeVisible();
  const code = (await page.getByTestId('tracking-code').textContent())!.trim();
  expect(code).toMatch(/^LRG-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);

  // The PUPR officer, in another browser, finds it in the queue and answers.
  const officerContext = await newPortalContext(page);
  await blockOutsideRequests(officerContext, baseURL!);
  const officer = await officerContext.newPage();
  await officer.goto('./');
  await signIn(officer, 'pupr', 'Petugas12345');
  await nav(officer).getByRole('link', { name: 'Area petugas' }).click();
  await expect(officer.getByRole('heading', { level: 1, name: 'Area petugas' })).toBeVisible();
  const queue = main(officer).getByRole('list', { name: 'Antrean laporan' });
  await expect(queue.getByRole('listitem').first()).toBeVisible();
  await expectNoHorizontalScroll(officer);
  // The demo cases are older and overdue, so they come first: the officer looks the code up.
  await officer.getByLabel('Cari (judul, uraian atau kode)').fill(code);
  await main(officer).getByRole('button', { name: 'Terapkan' }).click();
  await expect(main(officer).getByText('1 laporan', { exact: true })).toBeVisible();
  const top = queue.getByRole('listitem').first();
  await expect(top).toContainText(code);
  await expect(top).toContainText('Belum ada respons petugas');
  await top.getByRole('link', { name: title }).click();
  await expect(officer.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(main(officer).getByText(resident.fullName)).toBeVisible();

  await act(officer, 'Jawab secara publik', (form) => form.getByLabel(/^Pesan untuk pelapor/).fill(answer));
  await act(officer, 'Verifikasi laporan', async () => {});
  await expect(status(officer)).toHaveText('Diverifikasi');
  await act(officer, 'Jadwalkan penanganan', (form) =>
    form.getByLabel('Selesai paling lambat (wajib)').fill(wibDatePlus(7)),
  );
  await expect(status(officer)).toHaveText('Dijadwalkan');
  await expect(main(officer).getByText('Respons cepat (tanda penghargaan)')).toBeVisible();
  await expectNoHorizontalScroll(officer);

  // The resident sees the answer and the promise on her case page.
  await page.goto(`kasus/${code}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(status(page)).toHaveText('Dijadwalkan');
  const timeline = main(page).getByRole('region', { name: 'Riwayat penanganan' });
  await expect(timeline.getByText('Jawaban petugas')).toBeVisible();
  await expect(timeline.getByText(answer)).toBeVisible();
  await expect(timeline.getByText(/Dijanjikan selesai paling lambat/)).toBeVisible();
  await expect(main(page).getByRole('img', { name: 'Foto 1 (dari pelapor)' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);

  // The officer resolves it with a proof photo.
  await officer.reload();
  await act(officer, 'Tandai selesai', async (form) => {
    await form.getByLabel(/^Pesan untuk pelapor/).fill('Lubang sudah ditambal dan dipadatkan.');
    await form.getByLabel('Tambah foto').setInputFiles({
      name: 'bukti.jpg',
      mimeType: 'image/jpeg',
      buffer: await testJpeg(undefined, '#333333'),
    });
    await expect(form.getByText('Terunggah')).toBeVisible();
  });
  await expect(status(officer)).toHaveText('Selesai');
  await officerContext.close();

  // The resident confirms, rates it 4 stars and sees it closed.
  await page.reload();
  await expect(status(page)).toHaveText('Selesai');
  await expect(main(page).getByRole('img', { name: /\(bukti penyelesaian\)$/ })).toBeVisible();
  await main(page).getByRole('button', { name: 'Ya, sudah selesai' }).click();
  await expect(status(page)).toHaveText('Ditutup');
  const rate = main(page).getByRole('region', { name: 'Nilai penanganan laporan ini' });
  await rate.getByRole('radio', { name: '4 bintang' }).check();
  await rate.getByRole('button', { name: 'Kirim penilaian' }).click();
  await expect(main(page).getByText('Penilaian Anda: 4 dari 5 bintang. Terima kasih.')).toBeVisible();
  await expect(status(page)).toHaveText('Ditutup');
  await expect(timeline.getByText('Penilaian pelapor: 4 dari 5 bintang')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});

test('the tracking box on the home page opens a case; a signed-out reporter is sent to sign in first', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByLabel('Kode pelacakan').fill('lrg 0000 0000');
  await main(page).getByRole('button', { name: 'Lacak' }).click();
  await expect(page).toHaveURL(/\/lorong\/kasus\/LRG-0000-0000$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Laporan tidak ditemukan' })).toBeVisible();

  await page.goto('lapor');
  await expect(page.getByRole('heading', { level: 1, name: 'Silakan masuk' })).toBeVisible();
  await main(page).getByRole('link', { name: 'Masuk' }).click();
  await page.getByLabel('NIK atau nama pengguna').fill('3528014107950003');
  await page.getByLabel('Kata sandi').fill('Warga12345');
  await main(page).getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Buat laporan' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});
