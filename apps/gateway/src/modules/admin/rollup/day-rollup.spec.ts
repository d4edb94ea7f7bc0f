import {
  BucketCounts,
  type StatCase,
  THE_END,
  WorkingCalendar,
  caseFacts,
  defaultSlaConfig,
  laterChanges,
  minuteBucket,
  nearestRank,
  nearestRankPercentile,
  unpackMinutes,
  valueOfRank,
} from '@layanan/domain';
import { DayRollup, unpackBuckets } from './day-rollup';

const calendar = new WorkingCalendar([]);
const received = new Date('2026-04-01T02:00:00Z');
let n = 0;
const mk = (minutes: number | null, over: Partial<StatCase> = {}): StatCase => ({
  id: `c${++n}`,
  trackingCode: `LRG-AAAA-${String(n).padStart(4, '0')}`,
  service: 'lorong',
  categoryId: 'cat',
  status: 'selesai',
  districtCode: null,
  agencyId: 'A',
  assigneeId: null,
  lat: null,
  lng: null,
  rating: null,
  receivedAt: received,
  routedAt: received,
  firstResponseAt: minutes === null ? null : new Date(received.getTime() + minutes * 60_000),
  promisedBy: null,
  resolvedAt: null,
  closedAt: null,
  ...over,
});

describe('DayRollup', () => {
  it('keeps rows whose merged buckets and values give the exact median and p90 (ties across days)', () => {
    const days = [
      [5, 2, 2, 100.5],
      [2, 30, 30],
      [2, null, 7000],
    ].map((minutes, i) => {
      const day = new DayRollup(`2026-04-0${i + 1}`, () => 'x');
      for (const m of minutes) {
        const c = mk(m, { assigneeId: i === 2 ? 'u1' : null });
        day.add(
          c,
          caseFacts(c, defaultSlaConfig, calendar, THE_END),
          laterChanges(c, defaultSlaConfig, calendar),
        );
      }
      return day.tables();
    });
    const counts = new BucketCounts();
    for (const t of days)
      for (const row of t.league) unpackBuckets(String(row[16]), (b, k) => counts.add(b, k));
    const all = [5, 2, 2, 100.5, 2, 30, 30, 2, 7000];
    expect(counts.total).toBe(all.length);
    for (const p of [50, 90]) {
      const at = counts.locate(nearestRank(counts.total, p))!;
      const values = days.flatMap((t) =>
        t.minutes.filter((row) => row[4] === at.bucket).flatMap((row) => unpackMinutes(String(row[6]))),
      );
      expect(valueOfRank(values, at.rankInBucket)).toBe(nearestRankPercentile(all, p));
    }
    // The unanswered case of the third day: its sanction line and LAPOR! deadlines are later changes.
    expect(days[2].change.map((row) => row[4]).sort()).toEqual(['follow_up', 'sanction']);
    // One league row per agency × assignee × service of the day.
    expect(days[2].league.map((row) => row[2]).sort()).toEqual(['u1']);
    expect(minuteBucket(7000)).toBeGreaterThan(minuteBucket(100.5));
  });
});
