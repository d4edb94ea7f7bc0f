import { readFile } from 'node:fs/promises';
import { type APIRequestContext, type Page, expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, freshNik, nav, signIn } from '@layanan/ui/e2e';

const main = (page: Page) => page.getByRole('main');

/** Parses the exported CSV (RFC 4180, byte order mark first). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  return rows;
}

async function api(
  request: APIRequestContext,
  token: string | null,
  method: string,
  path: string,
  data?: object,
) {
  const res = await request.fetch(path, {
    method,
    data,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return res.status() === 204 ? null : ((await res.json()) as Record<string, unknown>);
}

/**
 * The data of the journey, made through the API as people would: the admin
 * adds an agency, routes the "sampah" complaints to it and sets the category's
 * sanction line to one minute (configuration); a resident files three
 * complaints; the agency's officer answers one at once. A minute later the two
 * unanswered ones are sanctioned, with no clock tricks.
 */
async function prepare(request: APIRequestContext) {
  const suffix = String(Date.now()).slice(-6);
  const login = async (identifier: string, password: string) =>
    (await api(request, null, 'POST', '/api/auth/login', { identifier, password }))!.accessToken as string;
  const admin = await login('admin', 'Admin12345');
  const agency = (await api(request, admin, 'POST', '/api/admin/agencies', {
    code: `UJI-${suffix}`,
    name: `UPT Kebersihan Uji ${suffix}`,
  }))!;
  const categories = (await (await request.get('/api/categories?service=madul')).json()) as {
    id: string;
    code: string;
  }[];
  const sampah = categories.find((c) => c.code === 'sampah')!.id;
  await api(request, admin, 'PUT', '/api/admin/routing-rules', {
    categoryId: sampah,
    districtCode: null,
    agencyId: agency.id,
  });
  await api(request, admin, 'PATCH', `/api/admin/categories/${sampah}`, {
    sla: { rewardMinutes: 1, sanctionMinutes: 1 },
  });
  await api(request, admin, 'POST', '/api/admin/staff', {
    username: `uji${suffix}`,
    fullName: `Petugas Uji ${suffix}`,
    role: 'officer',
    password: 'Petugas12345',
    agencyId: agency.id,
  });
  const officer = await login(`uji${suffix}`, 'Petugas12345');
  const resident = (await api(request, null, 'POST', '/api/auth/register', {
    nik: freshNik(),
    fullName: 'Warga Uji Liga',
    phone: '081234567890',
    password: 'Rahasia1234',
  }))!.accessToken as string;
  const file = async (n: number) =>
    (await api(request, resident, 'POST', '/api/cases', {
      service: 'madul',
      categoryId: sampah,
      title: `Sampah menumpuk di pasar, laporan ${n}`,
      description: 'Tumpukan sampah belum diangkut sejak minggu lalu dan mulai berbau.',
      attributes: {},
      location: { point: { lat: -7.16 + n / 1000, lng: 113.48 } },
    }))!.trackingCode as string;
  const answered = await file(1);
  await api(request, officer, 'POST', `/api/staff/cases/${answered}/actions`, {
    action: 'respond',
    message: 'Terima kasih, petugas kebersihan menuju lokasi.',
  });
  const silent = [await file(2), await file(3)];
  return { code: agency.code as string, name: agency.name as string, answered, silent, filedAt: Date.now() };
}

test('the admin opens the league table, an agency’s sanctioned cases and their CSV, and the numbers agree', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const data = await prepare(request);
  // The sanction line is one minute (the category's configuration): wait until it has passed.
  await page.waitForTimeout(Math.max(0, data.filedAt + 65_000 - Date.now()));

  await page.goto('./');
  await signIn(page, 'admin', 'Admin12345');
  await expect(page.getByRole('heading', { level: 1, name: 'Admin' })).toBeVisible();
  await nav(page).getByRole('link', { name: 'Liga OPD' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Liga OPD' })).toBeVisible();
  const row = main(page).locator(`tr[data-row="${data.code}"]`);
  await expect(row.getByRole('rowheader')).toHaveText(data.name);
  await expect(row.locator('[data-figure="cases"]')).toHaveText('3');
  await expect(row.locator('[data-figure="sanction"]')).toHaveText('2');
  await expect(row.locator('[data-figure="reward"] a')).toHaveText('1');
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);

  // The league table's CSV carries the page's numbers.
  const leagueDownload = page.waitForEvent('download');
  await main(page).getByRole('button', { name: 'Unduh CSV' }).click();
  const leagueCsv = parseCsv(await readFile(await (await leagueDownload).path(), 'utf8'));
  const header = leagueCsv[0];
  const csvRow = leagueCsv.find((r) => r[0] === data.code)!;
  expect(csvRow[header.indexOf('cases')]).toBe('3');
  expect(csvRow[header.indexOf('sanction_over_threshold')]).toBe('2');
  expect(csvRow[header.indexOf('reward_within_threshold')]).toBe('1');

  // The sanction figure opens the two unanswered cases.
  await row.locator('[data-figure="sanction"] a').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kena sanksi (lewat batas)' })).toBeVisible();
  await expect(main(page).getByText('2 kasus')).toBeVisible();
  for (const code of data.silent) await expect(main(page).getByText(code)).toBeVisible();
  await expect(main(page).getByText(data.answered)).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);

  // Their CSV, streamed: the rows received are counted, and they are the same cases.
  const download = page.waitForEvent('download');
  await main(page).getByRole('button', { name: 'Unduh CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('kasus-sanction.csv');
  await expect(main(page).getByText('2 baris diterima · Selesai diunduh')).toBeVisible();
  const rows = parseCsv(await readFile(await file.path(), 'utf8'));
  expect(rows[0][0]).toBe('tracking_code');
  expect(
    rows
      .slice(1)
      .map((r) => r[0])
      .sort(),
  ).toEqual([...data.silent].sort());
  expect(rows.slice(1).every((r) => r[rows[0].indexOf('response_mark')] === 'sanction')).toBe(true);

  // The agency's officers: the answered case is unassigned like the others.
  await page.goBack();
  await row.getByRole('link', { name: data.name, exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(`Petugas instansi ${data.name}`) }),
  ).toBeVisible();
  await expect(main(page).locator('tr[data-row="none"] [data-figure="cases"]')).toHaveText('3');
});
