import { canMoveBooking, estimatedMinute, formatMinute, holdsPlace } from './booking.js';
import { distanceMetres } from './geo.js';
import { opensOn } from './facility.schema.js';
import { canMoveTransport, compareTriage, nearestFreeVehicle, type TransportTriage } from './transport.js';

describe('bookings', () => {
  it('move booked → called → served or no-show, and a cancelled one is final', () => {
    expect(canMoveBooking('booked', 'called')).toBe(true);
    expect(canMoveBooking('called', 'served')).toBe(true);
    expect(canMoveBooking('called', 'no_show')).toBe(true);
    expect(canMoveBooking('booked', 'served')).toBe(false);
    expect(canMoveBooking('cancelled', 'booked')).toBe(false);
    expect(canMoveBooking('served', 'no_show')).toBe(false);
  });
  it('hold a place of the quota unless cancelled or no-show', () => {
    expect(['booked', 'called', 'served', 'no_show', 'cancelled'].map((s) => holdsPlace(s as never))).toEqual(
      [true, true, true, false, false],
    );
  });
  it('estimate the time of a queue number from opening time and minutes per patient', () => {
    expect(formatMinute(estimatedMinute(1, { opensAtMinute: 450, minutesPerPatient: 8 }))).toBe('07:30');
    expect(formatMinute(estimatedMinute(10, { opensAtMinute: 450, minutesPerPatient: 8 }))).toBe('08:42');
  });
});

describe('opening days', () => {
  const hours = [
    { days: [1, 2, 3, 4, 6], opens: '07:30', closes: '14:00' },
    { days: [5], opens: '07:30', closes: '11:00' },
  ];
  it('follow the ISO weekdays of the opening hours (28 Nov 2026 is a Saturday, 29 Nov a Sunday)', () => {
    expect(opensOn(hours, { year: 2026, month: 11, day: 28 })).toBe(true);
    expect(opensOn(hours, { year: 2026, month: 11, day: 29 })).toBe(false);
    expect(opensOn(hours, { year: 2026, month: 11, day: 27 })).toBe(true);
    expect(opensOn([], { year: 2026, month: 11, day: 29 })).toBe(true);
  });
});

describe('health transport', () => {
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 27, 0, minutes));
  const req = (over: Partial<TransportTriage>): TransportTriage => ({
    urgency: 'biasa',
    dangerSign: false,
    ksprCategory: null,
    requestedAt: at(0),
    ...over,
  });

  it('puts a danger sign or a KRST mother first, then urgency, then KRT, then the oldest', () => {
    const queue = [
      req({ urgency: 'darurat', requestedAt: at(1) }),
      req({ ksprCategory: 'KRST', requestedAt: at(5) }),
      req({ urgency: 'segera', ksprCategory: 'KRT', requestedAt: at(3) }),
      req({ urgency: 'segera', requestedAt: at(2) }),
      req({ dangerSign: true, urgency: 'biasa', requestedAt: at(9) }),
      req({ urgency: 'biasa', requestedAt: at(0) }),
    ];
    const order = [...queue].sort(compareTriage).map((r) => queue.indexOf(r));
    expect(order).toEqual([1, 4, 0, 2, 3, 5]);
  });

  it('moves requested → assigned → on the way → picked up → arrived; prank calls end as invalid', () => {
    expect(canMoveTransport('requested', 'assigned')).toBe(true);
    expect(canMoveTransport('assigned', 'on_the_way')).toBe(true);
    expect(canMoveTransport('picked_up', 'arrived')).toBe(true);
    expect(canMoveTransport('requested', 'invalid')).toBe(true);
    expect(canMoveTransport('picked_up', 'cancelled')).toBe(false);
    expect(canMoveTransport('arrived', 'requested')).toBe(false);
  });

  it('finds the nearest free vehicle by distance', () => {
    const pickup = { lat: -7.1566, lng: 113.4746 };
    const vehicles = [
      { id: 'far', lat: -7.0, lng: 113.6, free: true },
      { id: 'busy', lat: -7.1567, lng: 113.4747, free: false },
      { id: 'near', lat: -7.16, lng: 113.48, free: true },
    ];
    expect(nearestFreeVehicle(pickup, vehicles)?.id).toBe('near');
    expect(nearestFreeVehicle(pickup, [vehicles[1]])).toBeNull();
  });

  it('measures distances on the sphere: one degree of latitude is about 111 km', () => {
    expect(distanceMetres({ lat: 0, lng: 113 }, { lat: 1, lng: 113 })).toBeCloseTo(111_195, -2);
    expect(distanceMetres({ lat: -7, lng: 113 }, { lat: -7, lng: 113 })).toBe(0);
  });
});
