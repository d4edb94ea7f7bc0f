import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import {
  caseSummaryFixture,
  categoryFixture,
  fakeCasesApi,
  renderPortal,
  testUsers,
} from '../testing/index.js';
import type { PortalConfig } from '../portal/config.js';
import { caseFeatures } from './routes.js';
import { normaliseTrackingCode } from './TrackBox.js';

const config: PortalConfig = {
  service: 'madul',
  basename: '/madul',
  staffRoles: ['officer', 'regency_admin'],
  ...caseFeatures({ service: 'madul' }),
};

const summaries = Array.from({ length: 20 }, (_, i) =>
  caseSummaryFixture({
    trackingCode: `MDL-0000-${String(i).padStart(4, '0')}`,
    title: `Pengaduan ${i + 1}`,
    service: 'madul',
  }),
);

describe('the public list', () => {
  it('lists the service’s public cases, filters them and pages through them', async () => {
    const cases = fakeCasesApi({
      list: (filters) =>
        Promise.resolve({
          items: filters.page === 2 ? summaries.slice(0, 5) : summaries,
          total: 25,
          page: filters.page ?? 1,
          pageSize: 20,
        }),
      categories: () => Promise.resolve([categoryFixture({ id: 'cat-water', nameId: 'Air bersih (PDAM)' })]),
      districts: () => Promise.resolve([{ code: '35.28.04', name: 'Pamekasan' }]),
    });
    const { router } = renderPortal(config, { path: '/kasus', cases });
    const user = userEvent.setup();
    expect(await screen.findByText('25 laporan')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Pengaduan 1' })).toHaveAttribute('href', '/kasus/MDL-0000-0000');
    expect(cases.list).toHaveBeenLastCalledWith({ service: 'madul', page: 1, pageSize: 20 });

    const pages = screen.getByRole('navigation', { name: 'Halaman' });
    expect(within(pages).getByText('Halaman 1 dari 2')).toBeInTheDocument();
    expect(within(pages).getByRole('button', { name: 'Sebelumnya' })).toBeDisabled();
    await user.click(within(pages).getByRole('button', { name: 'Berikutnya' }));
    expect(await screen.findByText('Halaman 2 dari 2')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=2');

    await screen.findByRole('option', { name: 'Air bersih (PDAM)' });
    await user.selectOptions(screen.getByLabelText('Kategori'), 'Air bersih (PDAM)');
    await user.selectOptions(screen.getByLabelText('Status'), 'Ditutup');
    await screen.findByRole('option', { name: 'Pamekasan' });
    await user.selectOptions(screen.getByLabelText('Kecamatan'), 'Pamekasan');
    await user.type(screen.getByLabelText('Cari (judul, uraian atau kode)'), 'air');
    await user.click(screen.getByRole('button', { name: 'Terapkan' }));
    // A new filter starts at page 1.
    expect(cases.list).toHaveBeenLastCalledWith({
      service: 'madul',
      categoryId: 'cat-water',
      districtCode: '35.28.04',
      status: 'ditutup',
      q: 'air',
      page: 1,
      pageSize: 20,
    });

    await user.click(screen.getByRole('button', { name: 'Hapus saringan' }));
    expect(router.state.location.search).toBe('');
  });

  it('says when nothing matches', async () => {
    renderPortal(config, { path: '/kasus?q=zzz', cases: fakeCasesApi() });
    expect(await screen.findByText('Tidak ada laporan yang cocok.')).toBeInTheDocument();
    expect(screen.getByLabelText('Cari (judul, uraian atau kode)')).toHaveValue('zzz');
  });
});

describe('my cases', () => {
  it('lists what the resident reported and supports', async () => {
    const cases = fakeCasesApi({
      mine: () =>
        Promise.resolve({
          reported: [caseSummaryFixture({ title: 'Air mati tiga hari', status: 'diproses' })],
          supported: [],
        }),
    });
    renderPortal(config, { path: '/saya', user: testUsers.resident, cases });
    const reported = await screen.findByRole('region', { name: 'Yang saya laporkan' });
    expect(await within(reported).findByRole('link', { name: 'Air mati tiga hari' })).toBeInTheDocument();
    expect(within(reported).getByText('Diproses')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Yang saya dukung' })).getByText(/belum mendukung/),
    ).toBeInTheDocument();
  });

  it('is for signed-in residents', async () => {
    const cases = fakeCasesApi();
    renderPortal(config, { path: '/saya', cases });
    expect(await screen.findByRole('heading', { level: 1, name: 'Silakan masuk' })).toBeInTheDocument();
    expect(cases.mine).not.toHaveBeenCalled();
  });
});

describe('the home page', () => {
  it('explains the service, links to its pages and opens a tracking code', async () => {
    const cases = fakeCasesApi();
    const { router } = renderPortal(config, { cases });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'e-Madul' });
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Buat laporan' })).toHaveAttribute('href', '/lapor');
    expect(within(main).getByRole('link', { name: 'Lihat laporan warga' })).toHaveAttribute('href', '/kasus');
    expect(within(main).getByRole('heading', { name: 'Cara kerjanya' })).toBeInTheDocument();
    expect(screen.queryByText(/sedang disiapkan/)).not.toBeInTheDocument();

    const track = within(main).getByRole('search', { name: 'Lacak laporan' });
    await user.click(within(track).getByRole('button', { name: 'Lacak' }));
    expect(within(track).getByLabelText('Kode pelacakan')).toHaveAccessibleDescription(
      expect.stringContaining('Wajib diisi'),
    );
    await user.type(within(track).getByLabelText('Kode pelacakan'), 'mdl 7k2q 9m4x');
    await user.click(within(track).getByRole('button', { name: 'Lacak' }));
    expect(router.state.location.pathname).toBe('/kasus/MDL-7K2Q-9M4X');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Laporan tidak ditemukan' }),
    ).toBeInTheDocument();
    expect(cases.detail).toHaveBeenCalledWith('MDL-7K2Q-9M4X');
  });

  it('has the menu links of a case service', async () => {
    renderPortal(config, { user: testUsers.resident, cases: fakeCasesApi() });
    const nav = await screen.findByRole('navigation', { name: 'Menu utama' });
    await within(nav).findByRole('link', { name: 'Akun saya' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Beranda', 'Lapor', 'Laporan warga', 'Laporan saya', 'Akun saya']);
  });
});

it.each([
  ['lrg-7k2q-9m4x', 'LRG-7K2Q-9M4X'],
  ['LRG7K2Q9M4X', 'LRG-7K2Q-9M4X'],
  [' MDL 7K2Q 9M4X ', 'MDL-7K2Q-9M4X'],
  ['bukan kode', 'bukan kode'],
])('reads the tracking code %j as %j', (input, output) => {
  expect(normaliseTrackingCode(input)).toBe(output);
});
