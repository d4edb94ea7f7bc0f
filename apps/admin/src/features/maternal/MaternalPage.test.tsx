import { screen, within } from '@testing-library/react';
import {
  type MaternalRow,
  type MaternalView,
  maternalMotherListSchema,
  maternalViewSchema,
} from '@layanan/domain';
import { renderPortal, testUsers } from '@layanan/ui/testing';
import { portal } from '../../portal';
import { fakeAdminApi, withAdminApi } from '../../testing/fake-admin-api';

const row = (over: Partial<MaternalRow>): MaternalRow => ({
  key: 'pkm-1',
  name: 'Puskesmas Tlanakan',
  districtCode: '35.28.01',
  districtName: 'Tlanakan',
  population: 10000,
  target: 220,
  k1: { count: 3, percent: 1.4 },
  k4: { count: 0, percent: 0 },
  k6: { count: 0, percent: 0 },
  krt: 1,
  krst: 0,
  overdue: 2,
  dangerAlerts: 2,
  dangerAnswered: 1,
  dangerUnanswered: 1,
  medianAnswerMinutes: 12,
  p90AnswerMinutes: 12,
  ...over,
});

const view: MaternalView = maternalViewSchema.parse({
  period: { from: '2026-11-01', to: '2026-11-28' },
  crudeBirthRatePerMille: 20,
  targetFactor: 1.1,
  level: 'puskesmas',
  puskesmas: null,
  rows: [
    row({}),
    row({ key: 'pkm-2', name: 'Puskesmas Waru', target: null, k1: { count: 0, percent: null } }),
  ],
  total: row({ key: 'total', name: 'Total' }),
});

function api() {
  return fakeAdminApi({
    maternal: () => Promise.resolve(view),
    sehatFigures: () =>
      Promise.resolve({
        period: view.period,
        bookings: [
          {
            facilityId: 'pkm-1',
            facilityName: 'Puskesmas Tlanakan',
            polyclinic: 'gigi',
            quota: 40,
            booked: 2,
            served: 0,
            noShow: 1,
            cancelled: 0,
          },
        ],
        transport: [],
      }),
    maternalMothers: () =>
      Promise.resolve(
        maternalMotherListSchema.parse({
          figure: 'overdue',
          total: 1,
          page: 1,
          pageSize: 20,
          items: [
            {
              pregnancyId: 'p1',
              motherName: 'Siti Aminah',
              nikMasked: '3528••••••••0042',
              villageCode: '35.28.01.2001',
              villageName: 'Ambat',
              puskesmasName: 'Puskesmas Tlanakan',
              hpht: '2026-09-19',
              gestationalWeeks: 10,
              status: 'active',
              ksprCategory: null,
              nextContactDate: '2026-11-23',
              date: '2026-11-23',
              answerMinutes: null,
            },
          ],
        }),
      ),
  });
}

describe('maternal and health page', () => {
  it('shows coverage against target per puskesmas; each count opens its mothers with the period', async () => {
    const fake = api();
    renderPortal(portal, {
      path: '/kia?from=2026-11-01&to=2026-11-28',
      user: testUsers.regency_admin,
      wrapper: withAdminApi(fake),
    });
    const table = await screen.findByRole('region', { name: 'Tabel Cakupan KIA per puskesmas' });
    const tlanakan = within(table).getByRole('rowheader', { name: 'Puskesmas Tlanakan' }).closest('tr')!;
    expect(within(tlanakan).getByRole('link', { name: /Puskesmas Tlanakan: K1/ })).toHaveTextContent('3');
    expect(tlanakan).toHaveTextContent('1,4 %');
    const overdue = within(tlanakan).getByRole('link', { name: /Puskesmas Tlanakan: Kunjungan terlambat/ });
    expect(overdue).toHaveTextContent('2');
    expect(overdue).toHaveAttribute(
      'href',
      '/kia/ibu?from=2026-11-01&to=2026-11-28&puskesmasId=pkm-1&figure=overdue',
    );
    expect(within(tlanakan).getByRole('link', { name: 'Puskesmas Tlanakan' })).toHaveAttribute(
      'href',
      '/kia?from=2026-11-01&to=2026-11-28&puskesmasId=pkm-1',
    );
    const waru = within(table).getByRole('rowheader', { name: 'Puskesmas Waru' }).closest('tr')!;
    expect(waru).toHaveTextContent('tanpa sasaran');
    expect(fake.maternal).toHaveBeenCalledWith({ from: '2026-11-01', to: '2026-11-28' });
    expect(await screen.findByRole('region', { name: /Antrean: terlayani vs kuota/ })).toHaveTextContent(
      'gigi',
    );
    expect(fake.sehatFigures).toHaveBeenCalledWith({ from: '2026-11-01', to: '2026-11-28' });
  });

  it('lists the mothers behind a number', async () => {
    const fake = api();
    renderPortal(portal, {
      path: '/kia/ibu?puskesmasId=pkm-1&figure=overdue',
      user: testUsers.regency_admin,
      wrapper: withAdminApi(fake),
    });
    expect(
      await screen.findByRole('heading', { name: 'Ibu dengan kunjungan terlambat' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Siti Aminah')).toBeInTheDocument();
    expect(screen.getByText('1 ibu')).toBeInTheDocument();
    expect(fake.maternalMothers).toHaveBeenCalledWith({
      puskesmasId: 'pkm-1',
      figure: 'overdue',
      page: 1,
      pageSize: 20,
    });
  });
});
