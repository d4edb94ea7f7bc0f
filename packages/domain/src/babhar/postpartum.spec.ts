import { addCalendarDays } from '../common/calendar-date.js';
import { babharConfigSchema, defaultBabharConfig as config } from './config.js';
import { requireCalendarDate as d } from './dates.js';
import { postpartumVisitCode, postpartumVisitLabels, postpartumVisitCodes } from './postpartum.js';

describe('postpartum contacts KF1–KF4', () => {
  const delivery = d('2025-02-26');
  const code = (day: number, c = config) => postpartumVisitCode(delivery, addCalendarDays(delivery, day), c);

  it.each([
    [-1, null],
    [0, 'KF1'],
    [2, 'KF1'],
    [3, 'KF2'],
    [7, 'KF2'],
    [8, 'KF3'],
    [28, 'KF3'],
    [29, 'KF4'],
    [42, 'KF4'],
    [43, null],
  ])('codes day %i after delivery %s', (day, expected) => {
    expect(code(day)).toBe(expected);
  });

  it('counts across a month end (26 Feb + 3 = 1 Mar is KF2)', () => {
    expect(postpartumVisitCode(delivery, d('2025-03-01'), config)).toBe('KF2');
    expect(postpartumVisitCode(delivery, d('2025-02-28'), config)).toBe('KF1');
  });

  it('takes the windows from configuration', () => {
    const wide = babharConfigSchema.parse({
      postpartum: { KF1: { fromDay: 0, toDay: 3 }, KF2: { fromDay: 4, toDay: 7 } },
    });
    expect(code(3, wide)).toBe('KF1');
    expect(code(4, wide)).toBe('KF2');
  });

  it('labels each code in both languages', () => {
    for (const c of postpartumVisitCodes) expect(postpartumVisitLabels[c].id).toContain(c);
  });
});
