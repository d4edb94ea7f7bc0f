import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { renderPortal, testUsers } from '../testing/index.js';
import type { PortalConfig } from '../portal/config.js';

const config: PortalConfig = {
  service: 'babhar',
  basename: '/babhar',
  staffRoles: ['health_staff', 'regency_admin'],
};

function detail(term: string) {
  const dt = screen.getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent;
}

it("shows a resident's account with the NIK and phone masked", async () => {
  renderPortal(config, { path: '/akun', user: testUsers.resident });
  expect(await screen.findByRole('heading', { level: 1, name: 'Akun saya' })).toBeInTheDocument();
  expect(detail('Nama')).toBe('Siti Aminah');
  expect(detail('Peran')).toBe('Warga');
  expect(detail('NIK')).toBe('3528••••••••0001');
  expect(detail('Nomor HP')).toBe('+62812••••5678');
  expect(detail('Terverifikasi')).toBe('Belum');
  expect(screen.queryByText('Nama pengguna')).not.toBeInTheDocument();
});

it('masks a NIK even if the server ever sent it whole', async () => {
  renderPortal(config, {
    path: '/akun',
    user: { ...testUsers.resident, nikMasked: '3528014508900001', verified: true },
  });
  await screen.findByRole('heading', { level: 1, name: 'Akun saya' });
  expect(detail('NIK')).toBe('3528••••••••0001');
  expect(detail('Terverifikasi')).toBe('Ya');
  expect(screen.queryByText('3528014508900001')).not.toBeInTheDocument();
});

it('shows staff their username and role, in English, without a NIK row', async () => {
  renderPortal(config, { path: '/akun', user: testUsers.health_staff, lang: 'en' });
  await screen.findByRole('heading', { level: 1, name: 'My account' });
  expect(detail('Role')).toBe('Health staff');
  expect(detail('Username')).toBe('rina');
  expect(detail('Mobile number')).toBe('None');
  expect(screen.queryByText('NIK', { selector: 'dt' })).not.toBeInTheDocument();
});

it('signs the user out and goes home', async () => {
  const { api, router } = renderPortal(config, { path: '/akun', user: testUsers.resident });
  await screen.findByRole('heading', { level: 1, name: 'Akun saya' });
  await userEvent.click(within(screen.getByRole('main')).getByRole('button', { name: 'Keluar' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'e-Babhar' })).toBeInTheDocument();
  expect(api.logout).toHaveBeenCalledTimes(1);
  expect(router.state.location.pathname).toBe('/');
  expect(screen.getByRole('link', { name: 'Masuk' })).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'Akun saya' })).not.toBeInTheDocument();
});

it('signs out locally even when the server cannot be reached', async () => {
  const { api } = renderPortal(config, { path: '/akun', user: testUsers.resident });
  api.logout.mockRejectedValueOnce(new TypeError('Failed to fetch'));
  await screen.findByRole('heading', { level: 1, name: 'Akun saya' });
  await userEvent.click(within(screen.getByRole('main')).getByRole('button', { name: 'Keluar' }));
  expect(await screen.findByRole('link', { name: 'Masuk' })).toBeInTheDocument();
});

it('asks a signed-out visitor to sign in', async () => {
  renderPortal(config, { path: '/akun' });
  expect(await screen.findByRole('heading', { level: 1, name: 'Silakan masuk' })).toBeInTheDocument();
});
