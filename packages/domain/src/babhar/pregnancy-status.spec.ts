import { formatCalendarDate } from '../common/calendar-date.js';
import { babharConfigSchema, defaultBabharConfig as config } from './config.js';
import { requireCalendarDate as d } from './dates.js';
import {
  effectivePregnancyStatus,
  lostToFollowUpDate,
  pregnancyStatusLabels,
  pregnancyStatuses,
} from './pregnancy-status.js';

describe('lost to follow-up', () => {
  const pregnancy = { hpht: d('2025-01-01'), status: 'active' as const };

  it('closes a pregnancy with no outcome at HPHT + 308 days (44 weeks)', () => {
    // Day 1 + 308 = day 309 = 304 (31 Oct) + 5 → 5 Nov 2025.
    expect(formatCalendarDate(lostToFollowUpDate(pregnancy, config))).toBe('2025-11-05');
    expect(effectivePregnancyStatus(pregnancy, d('2025-11-04'), config)).toBe('active');
    expect(effectivePregnancyStatus(pregnancy, d('2025-11-05'), config)).toBe('lost_to_follow_up');
    expect(effectivePregnancyStatus(pregnancy, d('2026-03-01'), config)).toBe('lost_to_follow_up');
  });

  it('counts from the ultrasound-equivalent HPHT when there is one', () => {
    // USG HPL 15 Oct 2025 → equivalent HPHT 8 Jan 2025 → closes 12 Nov 2025.
    const withUsg = { ...pregnancy, usgHpl: d('2025-10-15') };
    expect(formatCalendarDate(lostToFollowUpDate(withUsg, config))).toBe('2025-11-12');
    expect(effectivePregnancyStatus(withUsg, d('2025-11-05'), config)).toBe('active');
  });

  it('keeps a recorded outcome', () => {
    for (const status of ['delivered', 'miscarriage', 'lost_to_follow_up'] as const)
      expect(effectivePregnancyStatus({ ...pregnancy, status }, d('2025-03-01'), config)).toBe(status);
  });

  it('takes the limit from configuration', () => {
    const shorter = babharConfigSchema.parse({ dates: { lostToFollowUpDays: 300 } });
    expect(formatCalendarDate(lostToFollowUpDate(pregnancy, shorter))).toBe('2025-10-28');
  });

  it('labels every status in both languages', () => {
    for (const status of pregnancyStatuses) {
      expect(pregnancyStatusLabels[status].id).toBeTruthy();
      expect(pregnancyStatusLabels[status].en).toBeTruthy();
    }
  });
});
