import { screen, within } from '@testing-library/react';
import { renderPortal, testUsers } from '@layanan/ui/testing';
import { portal } from '../../portal';
import { fakeAdminApi, withAdminApi } from '../../testing/fake-admin-api';
import { monthPeriod } from './MonthlyReportPage';

const zeroFigures = {
  answered: 0,
  medianFirstResponseMinutes: null,
  p90FirstResponseMinutes: null,
  reward: 0,
  rewardShare: null,
  sanction: 0,
  verifyDue: 0,
  verifyOnTime: 0,
  followUpDue: 0,
  followUpOnTime: 0,
  workingDayCompliance: null,
  promisesDue: 0,
  promisesKept: 0,
  ratings: 0,
  satisfaction: null,
};

describe('monthly report', () => {
  it('covers the whole month, leap years included', () => {
    expect(monthPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthPeriod('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthPeriod('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('puts the month’s volumes and league table on one page, asking for exactly that month', async () => {
    const empty: never[] = [];
    const api = fakeAdminApi({
      dashboard: () =>
        Promise.resolve({
          period: { from: '2026-10-01', to: '2026-10-31' },
          generatedAt: '2026-11-01T00:00:00Z',
          total: 3,
          open: 1,
          byService: [{ key: 'lorong', label: { id: 'e-Lorong (jalan)', en: 'e-Lorong' }, count: 3 }],
          byCategory: empty,
          byStatus: empty,
          byDistrict: empty,
          byWeek: empty,
          byMix: empty,
          trend: empty,
          clusters: empty,
          cellDegrees: 0.02,
        }),
      league: () =>
        Promise.resolve({
          period: { from: '2026-10-01', to: '2026-10-31' },
          generatedAt: '2026-11-01T00:00:00Z',
          rows: [{ ...zeroFigures, agencyId: 'a1', agencyCode: 'PUPR', agencyName: 'Dinas PUPR', cases: 3 }],
        }),
    });
    renderPortal(portal, {
      path: '/laporan?bulan=2026-10',
      user: testUsers.regency_admin,
      wrapper: withAdminApi(api),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Laporan bulanan 2026-10' }),
    ).toBeInTheDocument();
    const league = await screen.findByRole('table', { name: 'Liga OPD' });
    expect(within(league).getByRole('row', { name: /Dinas PUPR/ })).toHaveTextContent('3');
    expect(screen.getByRole('button', { name: 'Cetak' })).toBeInTheDocument();
    expect(api.league).toHaveBeenCalledWith({ from: '2026-10-01', to: '2026-10-31' });
    expect(api.dashboard).toHaveBeenCalledWith({ from: '2026-10-01', to: '2026-10-31' });
  });
});
