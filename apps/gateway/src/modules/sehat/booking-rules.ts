import type { Principal } from '@layanan/auth';
import {
  type BookingView,
  type Polyclinic,
  addCalendarDays,
  badRequest,
  compareCalendarDates,
  estimatedMinute,
  formatCalendarDate,
  formatMinute,
  minuteOfClock,
  notFound,
  opensOn,
  parseCalendarDate,
  todayInWib,
} from '@layanan/domain';
import type { Booking } from './entities/booking.entity';
import type { Facility } from './entities/facility.entity';

export function todayText(now = new Date()): string {
  return formatCalendarDate(todayInWib(now));
}

/** The visit date must be between today and `daysAhead` days from today (WIB). */
export function checkVisitDate(date: string, daysAhead: number, now = new Date()) {
  const day = parseCalendarDate(date);
  if (!day) throw badRequest('validation_failed', { date: 'date_invalid' });
  const today = todayInWib(now);
  if (compareCalendarDates(day, today) < 0)
    throw badRequest('booking_date_past', { date: 'booking_date_past' });
  if (compareCalendarDates(day, addCalendarDays(today, daysAhead)) > 0)
    throw badRequest('booking_date_too_far', { date: 'booking_date_too_far' });
}

/** A visit can be booked only on a day the facility opens. */
export function checkOpenDay(facility: Facility, date: string) {
  const day = parseCalendarDate(date);
  if (day && !opensOn(JSON.parse(facility.openingHours) as { days: number[] }[], day))
    throw badRequest('booking_closed_day', { date: 'booking_closed_day' });
}

export function offeredPolyclinics(facility: Facility): Polyclinic[] {
  return JSON.parse(facility.polyclinics) as Polyclinic[];
}

export function checkBookable(facility: Facility, polyclinic: Polyclinic) {
  if (!facility.active || !facility.bookable)
    throw badRequest('not_bookable', { facilityId: 'not_bookable' });
  if (!offeredPolyclinics(facility).includes(polyclinic))
    throw badRequest('polyclinic_not_offered', { polyclinic: 'polyclinic_not_offered' });
}

/**
 * Health staff work their own puskesmas only; the regency admin any. Another puskesmas's
 * queue is outside the caller's scope and answers 404, as another agency's case does: the
 * route's permission is granted (403 is for callers whose role lacks it).
 */
export function checkFacilityScope(user: Principal, facilityId: string) {
  if (user.role === 'regency_admin') return;
  if (user.role === 'health_staff' && user.facilityId === facilityId) return;
  throw notFound('facility_unknown');
}

export function activeKey(b: Pick<Booking, 'residentId' | 'facilityId' | 'polyclinic' | 'date'>): string {
  return `${b.residentId}|${b.facilityId}|${b.polyclinic}|${b.date}`;
}

export function estimatedTime(queueNumber: number, facility: Facility): string {
  return formatMinute(
    estimatedMinute(queueNumber, {
      opensAtMinute: minuteOfClock(facility.serviceStartsAt),
      minutesPerPatient: facility.minutesPerPatient,
    }),
  );
}

export function bookingView(b: Booking, facility: Facility): BookingView {
  return {
    id: b.id,
    facilityId: b.facilityId,
    facilityName: facility.name,
    polyclinic: b.polyclinic as Polyclinic,
    date: b.date,
    queueNumber: b.queueNumber,
    estimatedTime: estimatedTime(b.queueNumber, facility),
    status: b.status,
    createdAt: b.createdAt.toISOString(),
    calledAt: b.calledAt?.toISOString() ?? null,
  };
}

export function mustExist<T>(row: T | null | undefined): T {
  if (!row) throw notFound();
  return row;
}
