import { act, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { FakeApiError, renderPortal, testUsers } from '../testing/index.js';
import type { PortalConfig } from '../portal/config.js';

const config: PortalConfig = {
  service: 'madul',
  basename: '/madul',
  staffRoles: ['officer', 'regency_admin'],
};
const labels = {
  id: { identifier: 'NIK atau nama pengguna', password: 'Kata sandi', submit: 'Masuk' },
  en: { identifier: 'NIK or username', password: 'Password', submit: 'Sign in' },
};

async function openForm(options: Parameters<typeof renderPortal>[1] = {}) {
  const rendered = renderPortal(config, { path: '/masuk', ...options });
  await screen.findByRole('heading', { level: 1, name: labels[options.lang ?? 'id'].submit });
  return rendered;
}

async function submit(identifier: string, password: string, lang: 'id' | 'en' = 'id') {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(labels[lang].identifier), identifier);
  await user.type(screen.getByLabelText(labels[lang].password), password);
  await user.click(screen.getByRole('button', { name: labels[lang].submit }));
}

it('needs an identifier and a password', async () => {
  const { api } = await openForm();
  await userEvent.click(screen.getByRole('button', { name: 'Masuk' }));
  expect(await screen.findByText('Isi NIK (16 digit) atau nama pengguna')).toBeInTheDocument();
  expect(screen.getByText('Wajib diisi')).toBeInTheDocument();
  expect(api.login).not.toHaveBeenCalled();
});

it('signs a resident in with the NIK and returns home', async () => {
  const { api, router } = await openForm();
  await submit(' 3528014508900001 ', 'Rahasia123');

  expect(await screen.findByText(`Halo, ${testUsers.resident.fullName}.`)).toBeInTheDocument();
  expect(api.login).toHaveBeenCalledWith({ identifier: '3528014508900001', password: 'Rahasia123' });
  expect(router.state.location.pathname).toBe('/');
});

it('explains wrong credentials and stays on the form', async () => {
  const { api, router } = await openForm();
  api.login.mockRejectedValueOnce(new FakeApiError(401, 'invalid_credentials'));
  await submit('budi', 'salah');

  expect(await screen.findByRole('alert')).toHaveTextContent('NIK/nama pengguna atau kata sandi salah');
  expect(router.state.location.pathname).toBe('/masuk');
  expect(screen.getByRole('link', { name: 'Masuk' })).toBeInTheDocument();
});

it('shows an unknown error code as a generic message, in English', async () => {
  const { api } = await openForm({ lang: 'en' });
  api.login.mockRejectedValueOnce(new FakeApiError(500, 'something_new'));
  await submit('budi', 'x', 'en');
  expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong. Please try again.');
});

it('does not follow a return path that leaves the portal', async () => {
  const { router } = await openForm();
  await act(() => router.navigate('/masuk', { state: { from: '//evil.example/phish' } }));
  await submit('budi', 'Rahasia123');
  expect(await screen.findByRole('heading', { level: 1, name: 'e-Madul' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/');
});
