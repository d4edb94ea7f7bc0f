import { act, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { fakeSessionApi, renderPortal, testUsers, tokenPair } from '../testing/index.js';
import type { PortalConfig } from '../portal/config.js';

const config: PortalConfig = {
  service: 'sehat',
  basename: '/sehat',
  staffRoles: ['health_staff', 'regency_admin'],
};

it('shows a loading status until the session is known', async () => {
  const api = fakeSessionApi(testUsers.resident);
  let release = () => {};
  api.refresh.mockImplementationOnce(
    () => new Promise((resolve) => (release = () => resolve(tokenPair(testUsers.resident)))),
  );
  renderPortal(config, { path: '/akun', api });
  expect(screen.getByRole('status')).toHaveTextContent('Memuat…');
  expect(screen.queryByRole('heading', { name: 'Akun saya' })).not.toBeInTheDocument();
  act(() => release());
  expect(await screen.findByRole('heading', { level: 1, name: 'Akun saya' })).toBeInTheDocument();
  expect(screen.queryByRole('status')).not.toBeInTheDocument();
});

it('asks to sign in, names who the area is for, and comes back after signing in', async () => {
  const user = userEvent.setup();
  const { api, router } = renderPortal(config, { path: '/staf?tab=antrean' });
  api.login.mockResolvedValueOnce(tokenPair(testUsers.health_staff));
  expect(await screen.findByRole('heading', { level: 1, name: 'Silakan masuk' })).toBeInTheDocument();
  expect(screen.getByText('Area ini khusus untuk: Tenaga kesehatan, Admin kabupaten.')).toBeInTheDocument();

  await user.click(screen.getByRole('main').querySelector('a.button')!);
  await user.type(await screen.findByLabelText('NIK atau nama pengguna'), 'rina');
  await user.type(screen.getByLabelText('Kata sandi'), 'Rahasia123');
  await user.click(screen.getByRole('button', { name: 'Masuk' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'Area petugas' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/staf');
  expect(router.state.location.search).toBe('?tab=antrean');
  expect(screen.getByText('Puskesmas: pkm-tlanakan')).toBeInTheDocument();
});

it('tells a signed-in user with another role that they are not allowed', async () => {
  renderPortal(config, { path: '/staf', user: testUsers.officer });
  expect(await screen.findByRole('heading', { level: 1, name: 'Tidak diizinkan' })).toBeInTheDocument();
  expect(
    screen.getByText(
      'Akun Anda (Petugas OPD) tidak berhak membuka halaman ini. Halaman ini khusus untuk: Tenaga kesehatan, Admin kabupaten.',
    ),
  ).toBeInTheDocument();
});

it('says it in English too', async () => {
  renderPortal(config, { path: '/staf', user: testUsers.resident, lang: 'en' });
  expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
  expect(screen.getByText(/Your account \(Resident\) may not open this page/)).toBeInTheDocument();
});

it('lets any signed-in user see their account', async () => {
  renderPortal(config, { path: '/akun', user: testUsers.officer });
  expect(await screen.findByRole('heading', { level: 1, name: 'Akun saya' })).toBeInTheDocument();
});
