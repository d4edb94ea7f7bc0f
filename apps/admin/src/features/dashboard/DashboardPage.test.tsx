import { screen, within } from '@testing-library/react';
import { renderPortal, testUsers } from '@layanan/ui/testing';
import { portal } from '../../portal';
import { fakeAdminApi, withAdminApi } from '../../testing/fake-admin-api';

const label = (text: string) => ({ id: text, en: text });

describe('dashboard page', () => {
  it('draws each breakdown as bars whose numbers open their lists, with the period kept', async () => {
    const api = fakeAdminApi({
      dashboard: () =>
        Promise.resolve({
          period: { from: '2026-10-01', to: '2026-10-31' },
          generatedAt: '2026-11-01T00:00:00Z',
          total: 7,
          open: 4,
          byService: [
            { key: 'lorong', label: label('e-Lorong (jalan)'), count: 5 },
            { key: 'madul', label: label('e-Madul (pengaduan)'), count: 2 },
          ],
          byCategory: [{ key: 'c1', label: label('Jalan berlubang'), count: 7 }],
          byStatus: [{ key: 'diterima', label: label('Diterima'), count: 7 }],
          byDistrict: [{ key: 'none', label: label('Tanpa kecamatan'), count: 7 }],
          byWeek: [{ key: '2026-W41', label: label('2026-W41'), count: 7 }],
          byMix: [{ key: 'infrastructure', label: label('Infrastruktur'), count: 7 }],
          trend: [{ week: '2026-W41', counts: { lorong: 5, madul: 2 } }],
          clusters: [],
          cellDegrees: 0.02,
        }),
    });
    renderPortal(portal, {
      path: '/dasbor?from=2026-10-01&to=2026-10-31',
      user: testUsers.regency_admin,
      wrapper: withAdminApi(api),
    });
    const services = await screen.findByRole('figure', { name: 'Per layanan' });
    const lorong = within(services).getByRole('link', { name: '5' });
    expect(lorong).toHaveAttribute('href', '/kasus?from=2026-10-01&to=2026-10-31&service=lorong');
    const districts = screen.getByRole('figure', { name: 'Per kecamatan' });
    expect(within(districts).getByRole('link', { name: '7' })).toHaveAttribute(
      'href',
      '/kasus?from=2026-10-01&to=2026-10-31&districtCode=none',
    );
    expect(screen.getByRole('link', { name: /4\s*Masih terbuka/ })).toHaveAttribute(
      'href',
      '/kasus?from=2026-10-01&to=2026-10-31&open=true',
    );
    expect(screen.getByRole('img', { name: 'Tren mingguan per layanan' })).toBeInTheDocument();
    expect(screen.getByText('Tidak ada kasus terbuka dengan titik peta.')).toBeInTheDocument();
  });
});
