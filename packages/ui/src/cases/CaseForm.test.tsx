import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { FakeApiError, categoryFixture, fakeCasesApi, renderPortal, testUsers } from '../testing/index.js';
import type { PortalConfig } from '../portal/config.js';
import { caseFeatures } from './routes.js';

// The map needs tiles and a real layout; here it is a button that picks a point.
jest.mock('./MapView.js', () => ({
  __esModule: true,
  default: ({ onPick, label }: { onPick(p: { lat: number; lng: number }): void; label: string }) => (
    <button type="button" onClick={() => onPick({ lat: -7.16, lng: 113.47 })}>
      {label}
    </button>
  ),
}));

const lorong: PortalConfig = {
  service: 'lorong',
  basename: '/lorong',
  staffRoles: ['officer', 'regency_admin'],
  ...caseFeatures({ service: 'lorong', roadFields: true }),
};
const madul: PortalConfig = {
  service: 'madul',
  basename: '/madul',
  staffRoles: ['officer', 'regency_admin'],
  ...caseFeatures({ service: 'madul' }),
};

const questions = [
  {
    code: 'ukuran',
    datatype: 'singlevaluelist',
    required: true,
    description: { id: 'Perkiraan ukuran lubang', en: 'Approximate size' },
    values: [
      { key: 'kecil', name: '< 30 cm' },
      { key: 'besar', name: '> 1 m' },
    ],
  },
  {
    code: 'jumlah',
    datatype: 'number',
    required: false,
    description: { id: 'Jumlah lubang', en: 'Number of potholes' },
    values: [],
  },
  {
    code: 'sejak',
    datatype: 'datetime',
    required: false,
    description: { id: 'Sejak kapan', en: 'Since when' },
    values: [],
  },
  {
    code: 'patokan',
    datatype: 'string',
    required: false,
    description: { id: 'Patokan terdekat', en: 'Nearest landmark' },
    values: [],
  },
  {
    code: 'catatan',
    datatype: 'text',
    required: false,
    description: { id: 'Catatan lain', en: 'Other notes' },
    values: [],
  },
  {
    code: 'dampak',
    datatype: 'multivaluelist',
    required: true,
    description: { id: 'Dampak', en: 'Effects' },
    values: [
      { key: 'motor', name: 'Motor jatuh' },
      { key: 'macet', name: 'Macet' },
    ],
  },
];

const pothole = categoryFixture({ attributes: JSON.stringify(questions) });
const lights = categoryFixture({ id: 'cat-light', code: 'lampu_jalan', nameId: 'Lampu jalan mati' });

function setup(config: PortalConfig = lorong, overrides: Parameters<typeof fakeCasesApi>[0] = {}) {
  const cases = fakeCasesApi({
    categories: () => Promise.resolve([pothole, lights]),
    districts: () => Promise.resolve([{ code: '35.28.01', name: 'Tlanakan' }]),
    villages: () =>
      Promise.resolve([{ code: '35.28.01.2001', districtCode: '35.28.01', name: 'Tlanakan', kind: 'desa' }]),
    ...overrides,
  });
  const rendered = renderPortal(config, { path: '/lapor', user: testUsers.resident, cases });
  return { ...rendered, user: userEvent.setup() };
}

async function openForm(config?: PortalConfig, overrides?: Parameters<typeof fakeCasesApi>[0]) {
  const result = setup(config, overrides);
  await screen.findByRole('heading', { level: 1, name: 'Buat laporan' });
  await screen.findByRole('option', { name: 'Jalan berlubang' });
  return result;
}

const submitButton = () => screen.getByRole('button', { name: 'Kirim laporan' });

it('names every problem of an empty form, announces it and focuses the first field', async () => {
  const { user, cases } = await openForm();
  await user.click(submitButton());

  expect(await screen.findByRole('alert')).toHaveTextContent('Periksa kembali isian yang ditandai.');
  expect(screen.getByLabelText('Kategori (wajib)')).toHaveAccessibleDescription('Pilih kategori');
  expect(screen.getByLabelText(/^Judul laporan/)).toHaveAccessibleDescription(
    expect.stringContaining('Judul 5–150 karakter'),
  );
  expect(screen.getByLabelText(/^Uraian/)).toHaveAccessibleDescription(
    expect.stringContaining('Uraian 10–4.000 karakter'),
  );
  expect(screen.getByRole('group', { name: 'Lokasi (wajib)' })).toHaveAccessibleDescription(
    expect.stringContaining('Pilih titik di peta, atau isi desa dan alamat'),
  );
  await waitFor(() => expect(screen.getByLabelText('Kategori (wajib)')).toHaveFocus());
  expect(cases.submit).not.toHaveBeenCalled();
});

it('renders the category’s extra questions by datatype and checks them', async () => {
  const { user, cases } = await openForm();
  await user.selectOptions(screen.getByLabelText('Kategori (wajib)'), 'Jalan berlubang');

  const size = screen.getByRole('combobox', { name: 'Perkiraan ukuran lubang (wajib)' });
  expect(
    within(size)
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toEqual(['— Pilih —', '< 30 cm', '> 1 m']);
  expect(screen.getByRole('textbox', { name: 'Jumlah lubang' })).toHaveAttribute('inputmode', 'decimal');
  expect(screen.getByLabelText('Sejak kapan')).toHaveAttribute('type', 'datetime-local');
  expect(screen.getByRole('textbox', { name: 'Patokan terdekat' }).tagName).toBe('INPUT');
  expect(screen.getByRole('textbox', { name: 'Catatan lain' }).tagName).toBe('TEXTAREA');
  const effects = screen.getByRole('group', { name: 'Dampak (wajib)' });
  expect(
    within(effects)
      .getAllByRole('checkbox')
      .map((c) => c.getAttribute('value')),
  ).toEqual(['motor', 'macet']);

  await user.type(screen.getByRole('textbox', { name: 'Jumlah lubang' }), 'tiga');
  await user.click(submitButton());
  expect(await screen.findAllByText('Pertanyaan ini wajib dijawab')).toHaveLength(2);
  expect(screen.getByText('Jawaban tidak sesuai pertanyaan')).toBeInTheDocument();
  expect(cases.submit).not.toHaveBeenCalled();

  // Another category has no questions: they go away.
  await user.selectOptions(screen.getByLabelText('Kategori (wajib)'), 'Lampu jalan mati');
  expect(screen.queryByText('Perkiraan ukuran lubang')).not.toBeInTheDocument();
});

it('explains national and provincial roads on e-Lorong only', async () => {
  await openForm();
  const road = screen.getByRole('group', { name: 'Status jalan' });
  expect(road).toHaveAccessibleDescription(
    expect.stringContaining('bukan wewenang Pemerintah Kabupaten Pamekasan'),
  );
  expect(within(road).getAllByRole('radio')).toHaveLength(5);
  expect(screen.getByRole('radio', { name: /^Berat/ })).toBeInTheDocument();
});

it('sends a complete report once, with one idempotency key across retries, and shows the tracking code', async () => {
  const { user, cases } = await openForm();
  cases.submit.mockRejectedValueOnce(new TypeError('Failed to fetch'));
  await user.selectOptions(screen.getByLabelText('Kategori (wajib)'), 'Jalan berlubang');
  await user.selectOptions(screen.getByRole('combobox', { name: /Perkiraan ukuran/ }), 'besar');
  await user.type(screen.getByRole('textbox', { name: 'Jumlah lubang' }), '2,5');
  await user.type(screen.getByLabelText('Sejak kapan'), '2026-01-04T18:30');
  await user.click(screen.getByRole('checkbox', { name: 'Macet' }));
  await user.click(screen.getByRole('radio', { name: 'Jalan kabupaten' }));
  await user.click(screen.getByRole('radio', { name: /^Berat/ }));
  await user.type(screen.getByLabelText(/^Judul laporan/), 'Lubang besar depan pasar');
  await user.type(screen.getByLabelText(/^Uraian/), 'Sudah dua motor jatuh minggu ini.');
  expect(screen.getByText('33 dari 4.000 karakter')).toBeInTheDocument();
  // The (mocked) map picks a point.
  await user.click(await screen.findByRole('button', { name: /^Peta: ketuk/ }));
  expect(screen.getByLabelText('Lintang (latitude)')).toHaveValue('-7.160000');
  await user.click(screen.getByRole('checkbox', { name: 'Sembunyikan nama saya (anonim)' }));

  await user.click(submitButton());
  expect(await screen.findByRole('alert')).toHaveTextContent('Tidak dapat terhubung ke server');
  await user.click(submitButton());

  expect(await screen.findByRole('heading', { level: 1, name: 'Laporan terkirim' })).toHaveFocus();
  expect(screen.getByTestId('tracking-code')).toHaveTextContent('LRG-7K2Q-9M4X');
  expect(screen.getByRole('link', { name: 'Lihat laporan' })).toHaveAttribute('href', '/kasus/LRG-7K2Q-9M4X');
  expect(cases.submit).toHaveBeenCalledTimes(2);
  const [[body, key], [, retryKey]] = cases.submit.mock.calls;
  expect(key).toMatch(/^[0-9a-f-]{36}$/);
  expect(retryKey).toBe(key);
  expect(body).toEqual({
    service: 'lorong',
    categoryId: 'cat-pothole',
    title: 'Lubang besar depan pasar',
    description: 'Sudah dua motor jatuh minggu ini.',
    attributes: { ukuran: 'besar', jumlah: 2.5, sejak: '2026-01-04T18:30:00+07:00', dampak: ['macet'] },
    location: { point: { lat: -7.16, lng: 113.47 } },
    roadStatus: 'kabupaten',
    severity: 'berat',
    anonim: true,
    rahasia: false,
    photoIds: [],
  });

  // Another report is another form, with a new key.
  await user.click(screen.getByRole('button', { name: 'Buat laporan lain' }));
  expect(await screen.findByLabelText('Kategori (wajib)')).toHaveValue('');
});

it('files a complaint with a desa and an address instead of a point (e-Madul, map closed)', async () => {
  const { user, cases } = await openForm(madul);
  expect(screen.queryByRole('group', { name: 'Status jalan' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /^Peta: ketuk/ })).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Tampilkan peta' })).toHaveAttribute('aria-expanded', 'false');
  await user.selectOptions(screen.getByLabelText('Kategori (wajib)'), 'Lampu jalan mati');
  await user.type(screen.getByLabelText(/^Judul laporan/), 'Lampu mati sebulan');
  await user.type(screen.getByLabelText(/^Uraian/), 'Gelap sekali di malam hari.');
  await user.selectOptions(screen.getByLabelText('Kecamatan'), 'Tlanakan');
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Desa/kelurahan' }), '35.28.01.2001');

  await user.click(submitButton());
  expect(await screen.findByLabelText(/^Alamat atau patokan/)).toHaveAccessibleDescription(
    expect.stringContaining('Tulis alamat atau patokan di desa ini'),
  );
  await waitFor(() => expect(screen.getByLabelText(/^Alamat atau patokan/)).toHaveFocus());
  await user.type(screen.getByLabelText(/^Alamat atau patokan/), 'Jl. Raya Tlanakan no. 5');
  await user.click(submitButton());

  await screen.findByRole('heading', { level: 1, name: 'Laporan terkirim' });
  expect(cases.submit.mock.calls[0][0]).toMatchObject({
    service: 'madul',
    location: { villageCode: '35.28.01.2001', address: 'Jl. Raya Tlanakan no. 5' },
  });
  expect(cases.submit.mock.calls[0][0].location).not.toHaveProperty('point');
});

it('shows the gateway’s field errors next to the fields', async () => {
  const { user, cases } = await openForm();
  cases.submit.mockRejectedValueOnce(
    new FakeApiError(400, 'validation_failed', {
      'location.villageCode': 'Desa tidak ditemukan',
      title: 'Judul sudah dipakai',
    }),
  );
  await user.selectOptions(screen.getByLabelText('Kategori (wajib)'), 'Lampu jalan mati');
  await user.type(screen.getByLabelText(/^Judul laporan/), 'Lampu mati sebulan');
  await user.type(screen.getByLabelText(/^Uraian/), 'Gelap sekali di malam hari.');
  await user.type(screen.getByLabelText('Lintang (latitude)'), '-7,1');
  await user.type(screen.getByLabelText('Bujur (longitude)'), '113.4');
  await user.click(submitButton());

  expect(await screen.findByText('Judul sudah dipakai')).toBeInTheDocument();
  expect(screen.getByLabelText(/^Judul laporan/)).toHaveAttribute('aria-invalid', 'true');
  expect(screen.getByLabelText('Desa/kelurahan')).toHaveAccessibleDescription(
    expect.stringContaining('Desa tidak ditemukan'),
  );
  expect(screen.getByRole('alert')).toHaveTextContent('Periksa kembali isian yang ditandai.');
  expect(cases.submit.mock.calls[0][0].location).toEqual({ point: { lat: -7.1, lng: 113.4 } });
});

it('rejects half-typed coordinates', async () => {
  const { user } = await openForm();
  await user.type(screen.getByLabelText('Lintang (latitude)'), '-7.1');
  await user.click(submitButton());
  expect(await screen.findByLabelText('Bujur (longitude)')).toHaveAccessibleDescription(
    expect.stringContaining('Isi lintang dan bujur berupa angka'),
  );
});

describe('photos', () => {
  const file = (name: string, type = 'image/jpeg') => new File(['x'], name, { type });
  beforeEach(() => {
    URL.createObjectURL = jest.fn(() => 'blob:preview');
    URL.revokeObjectURL = jest.fn();
  });

  it('uploads up to 3 with previews, offers the EXIF position, and sends their ids', async () => {
    let n = 0;
    const { user, cases } = await openForm(madul, {
      uploadPhoto: () => {
        n += 1;
        return Promise.resolve({
          id: `00000000-0000-4000-8000-00000000000${n}`,
          width: 10,
          height: 10,
          gps: n === 1 ? { lat: -7.15, lng: 113.48 } : null,
        });
      },
    });
    await user.upload(screen.getByLabelText('Tambah foto'), [file('a.jpg'), file('b.png', 'image/png')]);
    expect(await screen.findAllByText('Terunggah')).toHaveLength(2);
    expect(screen.getByRole('img', { name: 'Foto 1' })).toHaveAttribute('src', 'blob:preview');

    expect(
      screen.getByText(/Foto Anda menyimpan lokasi pengambilan \(-7.150000, 113.480000\)/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gunakan lokasi foto' }));
    expect(screen.getByLabelText('Lintang (latitude)')).toHaveValue('-7.150000');
    expect(screen.getByLabelText('Bujur (longitude)')).toHaveValue('113.480000');
    expect(screen.queryByRole('button', { name: 'Gunakan lokasi foto' })).not.toBeInTheDocument();

    await user.upload(screen.getByLabelText('Tambah foto lain'), [file('c.jpg'), file('d.jpg')]);
    expect(await screen.findAllByText('Terunggah')).toHaveLength(3);
    expect(cases.uploadPhoto).toHaveBeenCalledTimes(3);
    expect(screen.getByText('Sudah 3 foto (batas maksimal).')).toBeInTheDocument();
    expect(screen.queryByLabelText(/Tambah foto/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Hapus foto 2' }));
    expect(URL.revokeObjectURL).toHaveBeenCalled();
    await user.selectOptions(screen.getByLabelText('Kategori (wajib)'), 'Lampu jalan mati');
    await user.type(screen.getByLabelText(/^Judul laporan/), 'Lampu mati sebulan');
    await user.type(screen.getByLabelText(/^Uraian/), 'Gelap sekali di malam hari.');
    await user.click(submitButton());
    await screen.findByRole('heading', { level: 1, name: 'Laporan terkirim' });
    expect(cases.submit.mock.calls[0][0].photoIds).toEqual([
      '00000000-0000-4000-8000-000000000001',
      '00000000-0000-4000-8000-000000000003',
    ]);
  });

  it('refuses other file types without uploading, and shows the gateway’s refusal', async () => {
    const { cases } = await openForm(madul, {
      uploadPhoto: () => Promise.reject(new FakeApiError(413, 'photo_too_large')),
    });
    // As if the browser let any file through the picker.
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(screen.getByLabelText('Tambah foto'), [file('a.gif', 'image/gif')]);
    expect(await screen.findByText('Foto harus JPEG, PNG atau WEBP')).toBeInTheDocument();
    expect(cases.uploadPhoto).not.toHaveBeenCalled();
    await user.upload(screen.getByLabelText('Tambah foto lain'), [file('b.jpg')]);
    expect(await screen.findByText('Foto paling besar 10 MB')).toBeInTheDocument();
  });
});

it('fills the point from the device’s location', async () => {
  const getCurrentPosition = jest.fn((ok: PositionCallback) =>
    ok({ coords: { latitude: -7.1234567, longitude: 113.7654321 } } as GeolocationPosition),
  );
  Object.defineProperty(navigator, 'geolocation', { value: { getCurrentPosition }, configurable: true });
  const { user } = await openForm(madul);
  await user.click(screen.getByRole('button', { name: 'Gunakan lokasi saya' }));
  expect(screen.getByLabelText('Lintang (latitude)')).toHaveValue('-7.123457');
  expect(screen.getByLabelText('Bujur (longitude)')).toHaveValue('113.765432');
  expect(screen.getByText('Lokasi Anda sudah diisikan ke koordinat.')).toBeInTheDocument();
});

it('sends a signed-out visitor to sign in, and back to the form afterwards', async () => {
  const { router, api } = renderPortal(lorong, { path: '/lapor', cases: fakeCasesApi() });
  const user = userEvent.setup();
  await screen.findByRole('heading', { level: 1, name: 'Silakan masuk' });
  await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Masuk' }));
  await user.type(await screen.findByLabelText('NIK atau nama pengguna'), '3528014107950003');
  await user.type(screen.getByLabelText('Kata sandi'), 'Warga12345');
  await user.click(within(screen.getByRole('main')).getByRole('button', { name: 'Masuk' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Buat laporan' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/lapor');
  expect(api.login).toHaveBeenCalled();
});
