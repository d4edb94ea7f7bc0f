import { DashboardAccumulator, isoWeekOf } from './dashboard.js';
import type { StatCase } from './case-facts.js';
import { defaultMixByService } from './admin.schema.js';

function mk(o: Partial<StatCase>): StatCase {
  return {
    id: 'x',
    trackingCode: 'LRG-AAAA-BBBB',
    service: 'lorong',
    categoryId: 'cat',
    status: 'diterima',
    districtCode: null,
    agencyId: 'A',
    assigneeId: null,
    lat: null,
    lng: null,
    rating: null,
    receivedAt: new Date('2026-04-01T02:00:00Z'),
    routedAt: null,
    firstResponseAt: null,
    promisedBy: null,
    resolvedAt: null,
    closedAt: null,
    ...o,
  };
}

describe('dashboard', () => {
  it('puts an instant in its ISO week in WIB', () => {
    // Sunday 2026-01-04 20:00 UTC is Monday 5 January 03:00 WIB: week 2.
    expect(isoWeekOf(new Date('2026-01-04T20:00:00Z'))).toBe('2026-W02');
    expect(isoWeekOf(new Date('2026-01-04T16:00:00Z'))).toBe('2026-W01');
    // 1 January 2027 is a Friday: ISO week 53 of 2026.
    expect(isoWeekOf(new Date('2027-01-01T05:00:00Z'))).toBe('2026-W53');
  });

  it('counts by service, status, kecamatan, week and mix and clusters open cases on a grid', () => {
    const acc = new DashboardAccumulator(
      (c) => (c.categoryId === 'other' ? 'other' : defaultMixByService[c.service]),
      0.01,
    );
    acc.add(mk({ lat: -7.2001, lng: 113.4001, trackingCode: 'LRG-1111-1111' }));
    acc.add(mk({ lat: -7.2009, lng: 113.4009, districtCode: '35.28.01' }));
    acc.add(mk({ lat: -7.3, lng: 113.5, trackingCode: 'LRG-2222-2222' }));
    acc.add(mk({ status: 'ditutup', lat: -7.2, lng: 113.4 }));
    acc.add(mk({ service: 'madul', categoryId: 'other', status: 'selesai' }));
    acc.add(mk({ service: 'sehat', receivedAt: new Date('2026-04-10T02:00:00Z') }));
    const d = acc.dashboard();
    expect(d.total).toBe(6);
    expect(d.open).toBe(4);
    expect(d.byService).toEqual({ lorong: 4, madul: 1, sehat: 1 });
    expect(d.byStatus).toEqual({ diterima: 4, ditutup: 1, selesai: 1 });
    expect(d.byDistrict).toEqual({ none: 5, '35.28.01': 1 });
    expect(d.byWeek).toEqual({ '2026-W14': 5, '2026-W15': 1 });
    expect(d.byMix).toEqual({ infrastructure: 4, service: 1, other: 1 });
    expect(d.trend['2026-W14']).toEqual({ lorong: 4, madul: 1 });
    expect(d.clusters).toHaveLength(2);
    expect(d.clusters[0]).toMatchObject({ count: 2, trackingCode: null });
    expect(d.clusters[0].lat).toBeCloseTo(-7.2005);
    expect(d.clusters[1]).toMatchObject({ count: 1, trackingCode: 'LRG-2222-2222', lat: -7.3 });
  });
});

describe('isoWeekOf against date-fns', () => {
  it('agrees on every day of 2020–2028 in WIB', async () => {
    const { TZDate } = await import('@date-fns/tz');
    const { getISOWeek, getISOWeekYear } = await import('date-fns');
    for (let t = Date.UTC(2020, 0, 1, 20); t < Date.UTC(2029, 0, 1); t += 86_400_000) {
      const wib = new TZDate(t, 'Asia/Jakarta');
      const expected = `${getISOWeekYear(wib)}-W${String(getISOWeek(wib)).padStart(2, '0')}`;
      expect(isoWeekOf(new Date(t))).toBe(expected);
    }
  });
});
