import { act, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { renderPortal, testUsers } from '../testing/index.js';
import type { PortalConfig } from '../portal/config.js';

const config: PortalConfig = {
  service: 'lorong',
  basename: '/lorong',
  staffRoles: ['officer', 'regency_admin'],
  nav: [
    { to: '/lapor', label: { id: 'Lapor', en: 'Report' } },
    { to: '/antrean', label: { id: 'Antrean', en: 'Queue' }, roles: ['officer'] },
  ],
  routes: [{ path: 'lapor', element: <h1>Formulir laporan</h1> }],
};

const navLinks = (label = 'Menu utama') =>
  within(screen.getByRole('navigation', { name: label }))
    .getAllByRole('link')
    .map((link) => link.textContent);

it('has the landmarks, a skip link and the service colour', async () => {
  const { container } = renderPortal(config);
  await screen.findByRole('heading', { level: 1, name: 'e-Lorong' });
  expect(screen.getByRole('banner')).toBeInTheDocument();
  expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  expect(screen.getByRole('contentinfo')).toHaveTextContent('Pemerintah Kabupaten Pamekasan');
  expect(screen.getByRole('link', { name: 'Lewati ke konten utama' })).toHaveAttribute('href', '#main');
  const shell = container.querySelector('.shell') as HTMLElement;
  expect(shell.style.getPropertyValue('--brand')).toBe('#b45309');
  expect(screen.getByText(/Laporkan jalan berlubang/)).toBeInTheDocument();
});

it('offers sign-in and registration to visitors', async () => {
  renderPortal(config);
  await screen.findByRole('link', { name: 'Masuk' });
  expect(navLinks()).toEqual(['Beranda', 'Lapor', 'Masuk', 'Daftar']);
  expect(screen.getByRole('link', { name: 'Beranda' })).toHaveAttribute('aria-current', 'page');
});

it('shows a resident the account link and sign-out, but not the staff area', async () => {
  renderPortal(config, { user: testUsers.resident });
  await screen.findByRole('link', { name: 'Akun saya' });
  expect(navLinks()).toEqual(['Beranda', 'Lapor', 'Akun saya']);
  expect(screen.getByRole('button', { name: 'Keluar' })).toBeInTheDocument();
});

it('shows staff their area and their role-only links', async () => {
  renderPortal(config, { user: testUsers.officer });
  await screen.findByRole('link', { name: 'Akun saya' });
  expect(navLinks()).toEqual(['Beranda', 'Lapor', 'Antrean', 'Area petugas', 'Akun saya']);
});

it('renders extra routes of the service inside the shell, and a not-found page', async () => {
  const user = userEvent.setup();
  const { router } = renderPortal(config);
  await user.click(await screen.findByRole('link', { name: 'Lapor' }));
  expect(await screen.findByRole('heading', { name: 'Formulir laporan' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Lapor' })).toHaveAttribute('aria-current', 'page');

  await act(() => router.navigate('/tidak-ada'));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' }),
  ).toBeInTheDocument();
  expect(document.title).toBe('Halaman tidak ditemukan · e-Lorong');
});

it('switches the whole shell to English', async () => {
  const user = userEvent.setup();
  renderPortal(config);
  await screen.findByRole('link', { name: 'Masuk' });
  await user.click(screen.getByRole('button', { name: /^EN/ }));
  expect(navLinks('Main menu')).toEqual(['Home', 'Report', 'Sign in', 'Register']);
  expect(screen.getByText('Report damaged roads and bridges')).toBeInTheDocument();
  expect(document.documentElement.lang).toBe('en');
});

it('moves the focus to the main content after a navigation, not on the first load', async () => {
  const user = userEvent.setup();
  renderPortal(config);
  await screen.findByRole('heading', { level: 1, name: 'e-Lorong' });
  expect(screen.getByRole('main')).not.toHaveFocus();
  await user.click(screen.getByRole('link', { name: 'Lapor' }));
  await screen.findByRole('heading', { name: 'Formulir laporan' });
  expect(screen.getByRole('main')).toHaveFocus();
});

it('shows an error page, with a full reload link, when a page fails to load', async () => {
  const broken = {
    ...config,
    routes: [
      {
        path: 'rusak',
        lazy: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      },
    ],
  };
  renderPortal(broken, { path: '/rusak' });
  expect(await screen.findByRole('alert')).toHaveTextContent('Tidak dapat terhubung ke server');
  expect(screen.getByRole('link', { name: 'Kembali ke beranda' })).toHaveAttribute('href', '/lorong/');
  expect(screen.getByRole('banner')).toBeInTheDocument();
});

it('has a slot in the header bar (for the notification bell)', async () => {
  renderPortal({ ...config, headerSlot: <button type="button">Notifikasi</button> });
  await screen.findByRole('heading', { level: 1, name: 'e-Lorong' });
  expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Notifikasi' })).toBeInTheDocument();
});
