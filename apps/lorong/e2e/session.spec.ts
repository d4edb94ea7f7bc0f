import { expect, test } from '@playwright/test';
import { freshResident, nav, register } from '@layanan/ui/e2e';

test('three tabs opened at once (a restored browser) all resume the session and keep it', async ({
  page,
  context,
}) => {
  const resident = freshResident();
  await page.goto('./');
  await register(page, resident);
  await expect(page.getByRole('main').getByText(`Halo, ${resident.fullName}.`)).toBeVisible();

  // Each tab renews its access token from the refresh cookie they share. Hold every renewal back a
  // little so that all three are under way together, as on a slow line.
  const renewals: number[] = [];
  await context.route('**/api/auth/refresh', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const response = await route.fetch();
    renewals.push(response.status());
    await route.fulfill({ response });
  });
  const tabs = await Promise.all([1, 2, 3].map(() => context.newPage()));
  await Promise.all(tabs.map((tab) => tab.goto('./akun')));
  for (const tab of tabs) await expect(nav(tab).getByRole('link', { name: 'Akun saya' })).toBeVisible();
  expect(renewals).toEqual([200, 200, 200]);

  // Still one valid session afterwards: a reload in any tab resumes it.
  await context.unroute('**/api/auth/refresh');
  await tabs[0].reload();
  await expect(nav(tabs[0]).getByRole('link', { name: 'Akun saya' })).toBeVisible();
  await page.reload();
  await expect(nav(page).getByRole('link', { name: 'Akun saya' })).toBeVisible();
});
