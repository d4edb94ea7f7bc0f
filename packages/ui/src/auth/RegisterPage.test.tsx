import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { FakeApiError, renderPortal, testUsers } from '../testing/index.js';
import type { PortalConfig } from '../portal/config.js';

const config: PortalConfig = {
  service: 'lorong',
  basename: '/lorong',
  staffRoles: ['officer', 'regency_admin'],
};
const NIK = '3528014508900001'; // Tlanakan, woman born 5 Aug 1990

async function openForm(options: Parameters<typeof renderPortal>[1] = {}) {
  const rendered = renderPortal(config, { path: '/daftar', ...options });
  const title = options.lang === 'en' ? 'Register as a resident' : 'Daftar sebagai warga';
  await screen.findByRole('heading', { level: 1, name: title });
  return rendered;
}

async function fill(values: { nik?: string; fullName?: string; phone?: string; password?: string }) {
  const user = userEvent.setup();
  if (values.nik) await user.type(screen.getByLabelText('NIK'), values.nik);
  if (values.fullName) await user.type(screen.getByLabelText('Nama lengkap'), values.fullName);
  if (values.phone) await user.type(screen.getByLabelText('Nomor HP'), values.phone);
  if (values.password) await user.type(screen.getByLabelText('Kata sandi'), values.password);
  await user.click(screen.getByRole('button', { name: 'Daftar' }));
}

it('checks the fields with the domain schema before sending anything', async () => {
  const { api } = await openForm();
  await fill({ nik: '35280145089', fullName: 'S', phone: '12345', password: 'abcdefgh' });

  expect(await screen.findByText('NIK harus 16 digit angka')).toBeInTheDocument();
  expect(screen.getByText('Nama lengkap 2–120 karakter')).toBeInTheDocument();
  expect(screen.getByText('Nomor HP harus nomor Indonesia, misalnya 081234567890')).toBeInTheDocument();
  expect(screen.getByText('Kata sandi minimal 8 karakter dan memuat huruf serta angka')).toBeInTheDocument();
  const nik = screen.getByLabelText('NIK');
  expect(nik).toHaveAttribute('aria-invalid', 'true');
  expect(nik).toHaveAccessibleDescription('16 digit sesuai KTP NIK harus 16 digit angka');
  expect(api.register).not.toHaveBeenCalled();
});

it('rejects a NIK whose birth date does not exist', async () => {
  const { api } = await openForm();
  await fill({
    nik: '3528013102900001',
    fullName: 'Siti Aminah',
    phone: '081234567890',
    password: 'Rahasia123',
  });
  expect(await screen.findByText('Tanggal lahir pada NIK tidak valid')).toBeInTheDocument();
  expect(api.register).not.toHaveBeenCalled();
});

it('registers with the normalised values and lands signed in on the home page', async () => {
  const { api, router } = await openForm();
  await fill({ nik: NIK, fullName: '  Siti Aminah ', phone: '0812-3456-7890', password: 'Rahasia123' });

  expect(await screen.findByText(`Halo, ${testUsers.resident.fullName}.`)).toBeInTheDocument();
  expect(api.register).toHaveBeenCalledWith({
    nik: NIK,
    fullName: 'Siti Aminah',
    phone: '+6281234567890',
    password: 'Rahasia123',
  });
  expect(router.state.location.pathname).toBe('/');
  expect(screen.getByRole('link', { name: 'Akun saya' })).toBeInTheDocument();
});

it("shows the server's field errors next to the fields", async () => {
  const { api } = await openForm();
  api.register.mockRejectedValueOnce(new FakeApiError(409, 'nik_taken', { nik: 'nik_taken' }));
  await fill({ nik: NIK, fullName: 'Siti Aminah', phone: '081234567890', password: 'Rahasia123' });

  expect(await screen.findByRole('alert')).toHaveTextContent('NIK sudah terdaftar');
  const nik = screen.getByLabelText('NIK');
  expect(nik).toHaveAttribute('aria-invalid', 'true');
  expect(nik).toHaveAccessibleDescription(/NIK sudah terdaftar/);
  expect(nik).toHaveFocus();
  expect(screen.getByLabelText('Nama lengkap')).not.toHaveAttribute('aria-invalid');
});

it('shows field errors of a failed server validation, and ready texts as they are', async () => {
  const { api } = await openForm({ lang: 'en' });
  api.register.mockRejectedValueOnce(
    new FakeApiError(400, 'validation_failed', { nik: 'nik_region_unknown', phone: 'Number already in use' }),
  );
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('NIK (national ID number)'), NIK);
  await user.type(screen.getByLabelText('Full name'), 'Siti Aminah');
  await user.type(screen.getByLabelText('Mobile number'), '081234567890');
  await user.type(screen.getByLabelText('Password'), 'Rahasia123');
  await user.click(screen.getByRole('button', { name: 'Register' }));

  expect(await screen.findByRole('alert')).toHaveTextContent('Invalid data');
  expect(
    screen.getByText('The NIK region code (province, regency/city, district) is unknown'),
  ).toBeInTheDocument();
  expect(screen.getByText('Number already in use')).toBeInTheDocument();
});

it('says so when the server cannot be reached', async () => {
  const { api } = await openForm();
  api.register.mockRejectedValueOnce(new TypeError('Failed to fetch'));
  await fill({ nik: NIK, fullName: 'Siti Aminah', phone: '081234567890', password: 'Rahasia123' });
  expect(await screen.findByRole('alert')).toHaveTextContent('Tidak dapat terhubung ke server');
  expect(screen.getByRole('button', { name: 'Daftar' })).toBeEnabled();
});

it('is not offered by a restricted portal', async () => {
  renderPortal({ ...config, restricted: true }, { path: '/daftar', user: testUsers.regency_admin });
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' }),
  ).toBeInTheDocument();
  expect(screen.queryByLabelText('NIK')).not.toBeInTheDocument();
});
