/**
 * Browser journeys shared by the portals' Playwright suites. They run against
 * the real gateway (which serves the built portal and the API), at the
 * viewport of the Playwright config (360 px wide). Texts are the Indonesian
 * defaults.
 */
import { randomInt } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, type Page, expect, test } from '@playwright/test';
import { fullYearsBetween, maskNik, parseCalendarDate, parseNik, todayInWib } from '@layanan/domain';

export interface Resident {
  nik: string;
  fullName: string;
  phone: string;
  password: string;
}

const issued = new Set<string>();
const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/**
 * A valid NIK never issued before in this run: district 35.28.01 (Tlanakan,
 * Pamekasan), a real birth date (day + 40 for women), serial 0001–9999.
 */
export function freshNik(): string {
  for (;;) {
    const year = 1950 + randomInt(56); // 1950–2005
    const month = 1 + randomInt(12);
    const day = 1 + randomInt(new Date(Date.UTC(year, month, 0)).getUTCDate());
    const female = randomInt(2) === 1;
    const nik = `352801${pad(female ? day + 40 : day)}${pad(month)}${pad(year % 100)}${pad(1 + randomInt(9999), 4)}`;
    if (!parseNik(nik).ok) throw new Error(`freshNik made an invalid NIK ${nik}`);
    if (!issued.has(nik)) {
      issued.add(nik);
      return nik;
    }
  }
}

/**
 * A woman's NIK never issued before in this run, and her birth date as the NIK
 * says. She is 23–32 in full years today (WIB), well inside the ages no 4T flag
 * fires for (under 21, 35 and over), so a journey sees only the flags it sets.
 */
export function freshWomanNik(): { nik: string; birthDate: string } {
  const today = todayInWib();
  for (;;) {
    const nik = freshNik();
    const parsed = parseNik(nik);
    if (!parsed.ok || parsed.value.gender !== 'female') continue;
    const born = parseCalendarDate(parsed.value.birthDate);
    const age = born ? fullYearsBetween(born, today) : -1;
    if (age >= 23 && age <= 32) return { nik, birthDate: parsed.value.birthDate };
  }
}

export function freshResident(): Resident {
  return {
    nik: freshNik(),
    fullName: `Warga Uji ${randomInt(100_000)}`,
    phone: `08${1 + randomInt(9)}${pad(randomInt(100_000_000), 8)}`,
    password: `Rahasia${randomInt(1000, 10_000)}`,
  };
}

export const nav = (page: Page) => page.getByRole('navigation', { name: 'Menu utama' });

/**
 * Refuses every request that leaves the gateway (map tiles above all), as on
 * a closed network or with no signal: the journeys must not need them.
 * Returns the refused URLs.
 */
export async function blockOutsideRequests(context: BrowserContext, baseURL: string): Promise<string[]> {
  const origin = new URL(baseURL).origin;
  const refused: string[] = [];
  await context.route(
    (url) => url.origin !== origin && url.protocol.startsWith('http'),
    (route) => {
      refused.push(route.request().url());
      return route.abort('internetdisconnected');
    },
  );
  return refused;
}

/** A new browser context with the project's settings (viewport, locale, time zone, base URL). */
export async function newPortalContext(page: Page): Promise<BrowserContext> {
  const { baseURL, viewport, locale, timezoneId } = test.info().project.use;
  const browser = page.context().browser();
  if (!browser) throw new Error('newPortalContext: no browser');
  return browser.newContext({ baseURL, viewport, locale, timezoneId });
}

/** Today plus `days` as a WIB calendar date (YYYY-MM-DD). */
export function wibDatePlus(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}
const main = (page: Page) => page.getByRole('main');

/** Nothing may be wider than the viewport (360 px in the portals' config). */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
}

/**
 * axe-core on the page as it stands (every rule axe runs by default: WCAG 2.x
 * A/AA and the best practices). A failure lists each rule with its elements.
 */
export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * The portal can be installed: its manifest (served as application/manifest+json)
 * names it, starts and is scoped at the portal's path, opens standalone, and
 * has PNG icons of 192 and 512 px; the service worker of that scope is active.
 * (Chromium's own installability check refuses incognito contexts, which
 * Playwright's are.)
 */
export async function expectInstallable(page: Page) {
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href, 'link rel=manifest').toBeTruthy();
  const manifestUrl = new URL(href!, page.url());
  const res = await page.request.get(manifestUrl.href);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/^application\/manifest\+json/);
  const manifest = (await res.json()) as {
    name?: string;
    short_name?: string;
    start_url?: string;
    scope?: string;
    display?: string;
    theme_color?: string;
    icons?: { src: string; sizes: string; type: string }[];
  };
  const scope = new URL('./', page.url()).pathname.replace(/^(\/[a-z]+\/).*$/, '$1');
  expect(manifest).toMatchObject({ start_url: scope, scope, display: 'standalone' });
  expect(manifest.name).toBeTruthy();
  expect(manifest.short_name).toBeTruthy();
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  for (const size of [192, 512]) {
    const icon = manifest.icons?.find((i) => i.sizes === `${size}x${size}` && i.type === 'image/png');
    expect(icon, `a ${size} px PNG icon`).toBeDefined();
    const png = await page.request.get(new URL(icon!.src, manifestUrl).href);
    expect(png.status()).toBe(200);
    const body = await png.body();
    // PNG signature, then the IHDR width and height.
    expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([size, size]);
  }
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return { scope: new URL(registration.scope).pathname, state: registration.active?.state };
      }),
    )
    .toEqual({ scope, state: 'activated' });
}

export async function register(page: Page, resident: Resident) {
  await nav(page).getByRole('link', { name: 'Daftar', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Daftar sebagai warga' })).toBeVisible();
  await page.getByLabel('NIK', { exact: true }).fill(resident.nik);
  await page.getByLabel('Nama lengkap').fill(resident.fullName);
  await page.getByLabel('Nomor HP').fill(resident.phone);
  await page.getByLabel('Kata sandi').fill(resident.password);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await main(page).getByRole('button', { name: 'Daftar' }).click();
}

export async function signIn(page: Page, identifier: string, password: string) {
  await nav(page).getByRole('link', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Masuk' })).toBeVisible();
  await page.getByLabel('NIK atau nama pengguna').fill(identifier);
  await page.getByLabel('Kata sandi').fill(password);
  await main(page).getByRole('button', { name: 'Masuk' }).click();
}

export async function signOut(page: Page) {
  await nav(page).getByRole('button', { name: 'Keluar' }).click();
  await expect(nav(page).getByRole('link', { name: 'Masuk' })).toBeVisible();
}

/** The journeys of a portal open to residents (e-Lorong, e-Madul, e-Sehat, e-Babhar). */
export function residentJourneys({ title }: { title: string }) {
  test.describe(`${title}: residents`, () => {
    test('register, sign out, sign in with the NIK and read the masked NIK', async ({ page }) => {
      const resident = freshResident();
      await page.goto('./');
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
      await expectInstallable(page);

      await register(page, resident);
      await expect(main(page).getByText(`Halo, ${resident.fullName}.`)).toBeVisible();
      await expect(nav(page).getByRole('link', { name: 'Akun saya' })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);

      await signOut(page);
      await signIn(page, resident.nik, resident.password);
      await expect(main(page).getByText(`Halo, ${resident.fullName}.`)).toBeVisible();

      await nav(page).getByRole('link', { name: 'Akun saya' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Akun saya' })).toBeVisible();
      await expect(main(page).getByText(maskNik(resident.nik), { exact: true })).toBeVisible();
      await expect(main(page).getByText(resident.nik)).toHaveCount(0);
      await expect(main(page).getByText('Warga', { exact: true })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
    });

    test('a resident is refused from the staff area, also after a reload, in both languages', async ({
      page,
    }) => {
      const resident = freshResident();
      await page.goto('./');
      await register(page, resident);
      await expect(main(page).getByText(`Halo, ${resident.fullName}.`)).toBeVisible();

      // A full page load: the session comes back through the refresh cookie.
      await page.goto('staf');
      await expect(page.getByRole('heading', { level: 1, name: 'Tidak diizinkan' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Area petugas' })).toHaveCount(0);
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);

      await page.getByRole('group', { name: 'Bahasa' }).getByRole('button', { name: /^EN/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
    });
  });
}

/** The admin portal: everything behind the regency admin's sign-in. */
export function adminJourneys({
  title,
  username,
  password,
}: {
  title: string;
  username: string;
  password: string;
}) {
  test.describe(`${title}: regency admin`, () => {
    test('sign in as the demo admin, open the staff area and the account, sign out and in again', async ({
      page,
    }) => {
      await page.goto('./');
      await expect(page.getByRole('heading', { level: 1, name: 'Silakan masuk' })).toBeVisible();
      await expect(nav(page).getByRole('link', { name: 'Daftar' })).toHaveCount(0);
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
      await expectInstallable(page);

      await signIn(page, username, password);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expectNoHorizontalScroll(page);

      await nav(page).getByRole('link', { name: 'Area petugas' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Area petugas' })).toBeVisible();
      await expect(main(page).getByText('Seluruh Kabupaten Pamekasan')).toBeVisible();
      await expectNoAxeViolations(page);

      await signOut(page);
      await expect(page.getByRole('heading', { level: 1, name: 'Silakan masuk' })).toBeVisible();
      await signIn(page, username, password);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

      await nav(page).getByRole('link', { name: 'Akun saya' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Akun saya' })).toBeVisible();
      await expect(main(page).getByText('Admin kabupaten', { exact: true })).toBeVisible();
      await expect(main(page).getByText(username, { exact: true })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
    });

    test('a wrong password is refused with a message', async ({ page }) => {
      await page.goto('./');
      await signIn(page, username, `${password}-wrong`);
      await expect(main(page).getByRole('alert')).toContainText('kata sandi salah');
      await expect(page.getByRole('heading', { level: 1, name: 'Masuk' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}
