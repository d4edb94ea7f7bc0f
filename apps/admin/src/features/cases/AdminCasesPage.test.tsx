import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPortal, testUsers } from '@layanan/ui/testing';
import { portal } from '../../portal';
import { fakeAdminApi, withAdminApi } from '../../testing/fake-admin-api';

const item = {
  trackingCode: 'MDL-AAAA-BBBB',
  service: 'madul' as const,
  categoryName: { id: 'Sampah', en: 'Waste' },
  title: 'Sampah menumpuk',
  status: 'diterima' as const,
  districtName: 'Tlanakan',
  agencyCode: 'DLH',
  receivedAt: '2026-10-02T01:00:00Z',
  firstResponseAt: null,
  firstResponseMinutes: null,
  responseMark: 'sanction' as const,
  promisedBy: null,
  resolvedAt: null,
  rating: null,
};

describe('the list behind a number', () => {
  it('lists the cases of the figure and streams their CSV, counting rows', async () => {
    const api = fakeAdminApi({
      cases: () => Promise.resolve({ items: [item], total: 1, page: 1, pageSize: 20 }),
      downloadCsv: (_request, onRows) => {
        onRows(1);
        return Promise.resolve(new Blob(['tracking_code\r\nMDL-AAAA-BBBB\r\n']));
      },
    });
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    const save = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderPortal(portal, {
      path: '/kasus?agencyId=a1&figure=sanction',
      user: testUsers.regency_admin,
      wrapper: withAdminApi(api),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kena sanksi (lewat batas)' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('1 kasus')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sampah menumpuk' })).toHaveAttribute(
      'href',
      '/staf/kasus/MDL-AAAA-BBBB',
    );
    expect(api.cases).toHaveBeenCalledWith({ agencyId: 'a1', figure: 'sanction', page: 1, pageSize: 20 });
    await userEvent.click(screen.getByRole('button', { name: 'Unduh CSV' }));
    expect(await screen.findByText('1 baris diterima · Selesai diunduh')).toBeInTheDocument();
    expect(save).toHaveBeenCalledTimes(1);
    expect(api.downloadCsv.mock.calls[0][0]).toEqual({
      path: '/api/admin/exports/cases.csv',
      query: { agencyId: 'a1', figure: 'sanction' },
    });
  });
});
