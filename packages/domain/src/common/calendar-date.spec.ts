import {
  daysInMonth,
  formatCalendarDate,
  isRealDate,
  parseCalendarDate,
  todayInWib,
} from './calendar-date.js';

describe('calendar dates', () => {
  it('knows February of leap and common years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
  });
  it('parses and formats YYYY-MM-DD without time zones', () => {
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseCalendarDate('2023-02-29')).toBeNull();
    expect(parseCalendarDate('2024-2-9')).toBeNull();
    expect(formatCalendarDate({ year: 987, month: 3, day: 4 })).toBe('0987-03-04');
    expect(isRealDate(2026, 4, 31)).toBe(false);
  });
  it('gives the WIB date: 17:00 UTC is already the next day in Jakarta', () => {
    expect(todayInWib(new Date(Date.UTC(2026, 11, 31, 16, 59)))).toEqual({ year: 2026, month: 12, day: 31 });
    expect(todayInWib(new Date(Date.UTC(2026, 11, 31, 17, 0)))).toEqual({ year: 2027, month: 1, day: 1 });
  });
});
