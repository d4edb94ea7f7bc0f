import { WorkingCalendar } from './working-days.js';

// Part of the 2026 SKB: Idul Fitri 1447 H and its cuti bersama.
const calendar = new WorkingCalendar([
  { date: '2026-03-18' }, // cuti bersama
  { date: '2026-03-19' }, // Nyepi
  { date: '2026-03-20' }, // cuti bersama
  { date: '2026-03-23' }, // cuti bersama
  { date: '2026-03-24' }, // cuti bersama
  { date: '2026-12-25' }, // Natal
]);

/** An instant given as WIB wall-clock time. */
const wib = (text: string) => new Date(`${text}+07:00`);
const day = (y: number, m: number, d: number) => ({ year: y, month: m, day: d });

describe('WorkingCalendar', () => {
  it('skips weekends, holidays and cuti bersama', () => {
    expect(calendar.isWorkingDay(day(2026, 3, 17))).toBe(true); // Tuesday
    expect(calendar.isWorkingDay(day(2026, 3, 18))).toBe(false); // cuti bersama
    expect(calendar.isWorkingDay(day(2026, 3, 19))).toBe(false); // holiday
    expect(calendar.isWorkingDay(day(2026, 3, 21))).toBe(false); // Saturday
    expect(calendar.isWorkingDay(day(2026, 3, 22))).toBe(false); // Sunday
    expect(calendar.isWorkingDay(day(2026, 3, 25))).toBe(true); // Wednesday
  });

  it('counts from the day after receipt: Monday morning + 3 working days = end of Thursday', () => {
    expect(calendar.deadline(wib('2026-11-23T08:00:00'), 3).toISOString()).toBe(
      wib('2026-11-26T23:59:59.999').toISOString(),
    );
  });

  it('gives a case received at 23:58 WIB on the eve of a holiday the deadline past the whole break', () => {
    // Tuesday 17 March 2026, 23:58 WIB (16:58 UTC): 18–24 March are off; working days 25, 26, 27.
    const received = wib('2026-03-17T23:58:00');
    expect(received.toISOString()).toBe('2026-03-17T16:58:00.000Z');
    expect(calendar.deadline(received, 3).toISOString()).toBe(wib('2026-03-27T23:59:59.999').toISOString());
    // Two minutes later it is already 18 March in WIB: the same deadline (18 March is not a working day).
    expect(calendar.deadline(wib('2026-03-18T00:00:00'), 3).toISOString()).toBe(
      wib('2026-03-27T23:59:59.999').toISOString(),
    );
  });

  it('uses the WIB date, not the UTC date, of the instant', () => {
    // Friday 20 Nov 2026 at 06:30 WIB is still Thursday 19 Nov in UTC.
    const received = new Date('2026-11-19T23:30:00Z');
    expect(calendar.deadline(received, 1).toISOString()).toBe(wib('2026-11-23T23:59:59.999').toISOString());
  });

  it('crosses a year end with Christmas', () => {
    // Thursday 24 Dec 2026: 25 (holiday), 26–27 (weekend) → 28, 29, 30.
    expect(calendar.deadline(wib('2026-12-24T10:00:00'), 3).toISOString()).toBe(
      wib('2026-12-30T23:59:59.999').toISOString(),
    );
  });

  it('counts the working days between two instants', () => {
    expect(calendar.workingDaysBetween(wib('2026-03-17T09:00:00'), wib('2026-03-27T09:00:00'))).toBe(3);
    expect(calendar.workingDaysBetween(wib('2026-03-27T09:00:00'), wib('2026-03-17T09:00:00'))).toBe(0);
  });

  it('refuses n < 1', () => {
    expect(() => calendar.nthWorkingDayAfter(day(2026, 1, 1), 0)).toThrow(RangeError);
  });
});
