import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPortal, testUsers } from '@layanan/ui/testing';
import { portal } from '../../portal';
import { fakeAdminApi, withAdminApi } from '../../testing/fake-admin-api';

const figures = {
  answered: 2,
  medianFirstResponseMinutes: 5,
  p90FirstResponseMinutes: 1600,
  rewardShare: 0.5,
  verifyDue: 1,
  verifyOnTime: 1,
  followUpDue: 2,
  followUpOnTime: 1,
  workingDayCompliance: 2 / 3,
  promisesDue: 1,
  promisesKept: 1,
  ratings: 1,
  satisfaction: 4,
};

function league() {
  return fakeAdminApi({
    league: () =>
      Promise.resolve({
        period: { from: '2026-10-01', to: '2026-10-31' },
        generatedAt: '2026-11-01T00:00:00Z',
        rows: [
          {
            ...figures,
            agencyId: 'a1',
            agencyCode: 'PUPR',
            agencyName: 'Dinas PUPR',
            cases: 4,
            reward: 2,
            sanction: 1,
          },
          {
            ...figures,
            agencyId: 'a2',
            agencyCode: 'DLH',
            agencyName: 'Dinas LH',
            cases: 2,
            reward: 1,
            sanction: 3,
          },
        ],
      }),
  });
}

describe('league page', () => {
  it('shows each agency with figures that open their cases, for the period in the address', async () => {
    const api = league();
    renderPortal(portal, {
      path: '/liga?from=2026-10-01&to=2026-10-31',
      user: testUsers.regency_admin,
      wrapper: withAdminApi(api),
    });
    const row = (await screen.findByRole('rowheader', { name: 'Dinas PUPR' })).closest('tr')!;
    const sanction = within(row).getByRole('link', { name: /Dinas PUPR: Lewat batas \(sanksi\)/ });
    expect(sanction).toHaveTextContent('1');
    expect(sanction).toHaveAttribute(
      'href',
      '/kasus?from=2026-10-01&to=2026-10-31&agencyId=a1&figure=sanction',
    );
    expect(within(row).getByRole('link', { name: /Dinas PUPR: P90 respons pertama/ })).toHaveTextContent(
      '1,1 hari',
    );
    expect(api.league).toHaveBeenCalledWith({ from: '2026-10-01', to: '2026-10-31' });
  });

  it('sorts by a column, fewest sanctions first', async () => {
    renderPortal(portal, { path: '/liga', user: testUsers.regency_admin, wrapper: withAdminApi(league()) });
    await screen.findByRole('rowheader', { name: 'Dinas PUPR' });
    const names = () => screen.getAllByRole('rowheader').map((h) => h.textContent);
    expect(names()).toEqual(['Dinas PUPR', 'Dinas LH']); // most cases first
    await userEvent.click(screen.getByRole('button', { name: /Lewat batas/ }));
    expect(names()).toEqual(['Dinas PUPR', 'Dinas LH']);
    expect(screen.getByRole('columnheader', { name: /Lewat batas/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await userEvent.click(screen.getByRole('button', { name: /Lewat batas/ }));
    expect(names()).toEqual(['Dinas LH', 'Dinas PUPR']);
  });
});
