import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import type { Principal } from '@layanan/auth';
import {
  type BookingView,
  type CreateBooking,
  type QuotaView,
  type SetQuota,
  badRequest,
  canMoveBooking,
  conflict,
} from '@layanan/domain';
import { IdempotencyService } from '../../common/idempotency/idempotency.service';
import { isUniqueViolation } from '../../database/errors';
import {
  activeKey,
  bookingView,
  checkBookable,
  checkOpenDay,
  checkFacilityScope,
  checkVisitDate,
  mustExist,
  offeredPolyclinics,
  todayText,
} from './booking-rules';
import { BookingDay } from './entities/booking-day.entity';
import { Booking } from './entities/booking.entity';
import { Facility } from './entities/facility.entity';
import { PolyclinicQuota } from './entities/polyclinic-quota.entity';
import { FacilitiesService } from './facilities.service';
import { SEHAT_CONFIG, type SehatSettings } from './sehat.config';
import { queryRows } from './sql';

/** Puskesmas visit bookings: the resident's side and the quotas. */
@Injectable()
export class BookingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEHAT_CONFIG) private readonly config: SehatSettings,
    private readonly facilities: FacilitiesService,
    private readonly idempotency: IdempotencyService,
  ) {}

  async book(user: Principal, input: CreateBooking, key: string | undefined): Promise<BookingView> {
    const facility = await this.dataSource.getRepository(Facility).findOneBy({ id: input.facilityId });
    if (!facility) throw badRequest('facility_unknown', { facilityId: 'facility_unknown' });
    checkBookable(facility, input.polyclinic);
    checkVisitDate(input.date, this.config.bookingDaysAhead);
    checkOpenDay(facility, input.date);
    try {
      return await this.idempotency.transaction(
        { userId: user.userId, key, scope: 'POST /api/sehat/bookings', body: input },
        (tx) => this.takePlace(tx, user, facility, input),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('booking_exists', { polyclinic: 'booking_exists' });
      throw error;
    }
  }

  private async takePlace(tx: EntityManager, user: Principal, facility: Facility, input: CreateBooking) {
    const row = {
      residentId: user.userId,
      facilityId: facility.id,
      polyclinic: input.polyclinic,
      date: input.date,
    };
    const key = activeKey(row);
    if (await tx.getRepository(Booking).existsBy({ activeKey: key }))
      throw conflict('booking_exists', { polyclinic: 'booking_exists' });
    await this.ensureDay(tx, facility.id, input.polyclinic, input.date);
    const taken = await queryRows<{ issued: number }>(
      tx,
      'UPDATE booking_days SET issued = issued + 1, held = held + 1 ' +
        'WHERE facility_id = ? AND polyclinic = ? AND date = ? AND held < quota RETURNING issued',
      [facility.id, input.polyclinic, input.date],
    );
    if (!taken.length) {
      const day = await tx.getRepository(BookingDay).findOneBy({
        facilityId: facility.id,
        polyclinic: input.polyclinic,
        date: input.date,
      });
      if (day?.quota === 0) throw conflict('booking_closed_day', { date: 'booking_closed_day' });
      throw conflict('quota_full', { date: 'quota_full' });
    }
    const booking = Object.assign(new Booking(), {
      id: randomUUID(),
      ...row,
      queueNumber: Number(taken[0].issued),
      status: 'booked' as const,
      activeKey: key,
      calledAt: null,
      finishedAt: null,
      createdAt: new Date(),
    });
    await tx.getRepository(Booking).insert(booking);
    return bookingView(booking, facility);
  }

  /** The day's counter row, created from the usual quota on the first booking of the day. */
  private async ensureDay(tx: EntityManager, facilityId: string, polyclinic: string, date: string) {
    const usual = await tx.getRepository(PolyclinicQuota).findOneBy({ facilityId, polyclinic });
    await queryRows(
      tx,
      'INSERT INTO booking_days (facility_id, polyclinic, date, quota, issued, held) VALUES (?, ?, ?, ?, 0, 0) ' +
        'ON CONFLICT (facility_id, polyclinic, date) DO NOTHING',
      [facilityId, polyclinic, date, usual?.dailyQuota ?? this.config.defaultDailyQuota],
    );
  }

  async mine(user: Principal): Promise<BookingView[]> {
    const rows = await this.dataSource
      .getRepository(Booking)
      .find({ where: { residentId: user.userId }, order: { date: 'DESC', createdAt: 'DESC' }, take: 100 });
    return this.views(rows);
  }

  async cancel(user: Principal, id: string): Promise<BookingView> {
    return this.dataSource.transaction(async (tx) => {
      const booking = mustExist(await tx.getRepository(Booking).findOneBy({ id, residentId: user.userId }));
      if (!canMoveBooking(booking.status, 'cancelled'))
        throw conflict('transition_not_allowed', { status: 'transition_not_allowed' });
      await this.release(tx, booking, 'cancelled');
      return bookingView(booking, await this.facilities.get(booking.facilityId, tx));
    });
  }

  /** Ends an active booking without service (cancelled, no-show): its place goes back to the quota. */
  async release(tx: EntityManager, booking: Booking, status: 'cancelled' | 'no_show') {
    const moved = await tx
      .getRepository(Booking)
      .update(
        { id: booking.id, status: booking.status },
        { status, activeKey: null, finishedAt: new Date() },
      );
    if (!moved.affected) throw conflict('transition_not_allowed', { status: 'transition_not_allowed' });
    await queryRows(
      tx,
      'UPDATE booking_days SET held = held - 1 WHERE facility_id = ? AND polyclinic = ? AND date = ? RETURNING held',
      [booking.facilityId, booking.polyclinic, booking.date],
    );
    booking.status = status;
    booking.activeKey = null;
  }

  async views(rows: Booking[]): Promise<BookingView[]> {
    const ids = [...new Set(rows.map((r) => r.facilityId))];
    const facilities = ids.length
      ? await this.dataSource.getRepository(Facility).findBy({ id: In(ids) })
      : [];
    const byId = new Map(facilities.map((f) => [f.id, f]));
    return rows.map((r) => bookingView(r, byId.get(r.facilityId)!));
  }

  /** Quota, places held and left per polyclinic on a date. */
  async quotas(facilityId: string, date: string = todayText()): Promise<QuotaView[]> {
    const facility = await this.facilities.get(facilityId);
    const [usual, days] = await Promise.all([
      this.dataSource.getRepository(PolyclinicQuota).findBy({ facilityId }),
      this.dataSource.getRepository(BookingDay).findBy({ facilityId, date }),
    ]);
    return offeredPolyclinics(facility).map((polyclinic) => {
      const dailyQuota =
        usual.find((u) => u.polyclinic === polyclinic)?.dailyQuota ?? this.config.defaultDailyQuota;
      const day = days.find((d) => d.polyclinic === polyclinic);
      const quota = day?.quota ?? dailyQuota;
      const held = day?.held ?? 0;
      return { polyclinic, dailyQuota, date, quota, held, remaining: Math.max(0, quota - held) };
    });
  }

  async setQuota(user: Principal, facilityId: string, input: SetQuota): Promise<QuotaView[]> {
    checkFacilityScope(user, facilityId);
    const facility = await this.facilities.get(facilityId);
    if (!offeredPolyclinics(facility).includes(input.polyclinic))
      throw badRequest('polyclinic_not_offered', { polyclinic: 'polyclinic_not_offered' });
    await this.dataSource.transaction(async (tx) => {
      if (input.date) {
        checkVisitDate(input.date, 366);
        await this.ensureDay(tx, facilityId, input.polyclinic, input.date);
        const set = await queryRows(
          tx,
          'UPDATE booking_days SET quota = ?, quota_set = ? WHERE facility_id = ? AND polyclinic = ? AND date = ? AND held <= ? RETURNING quota',
          [input.quota, this.bool(true), facilityId, input.polyclinic, input.date, input.quota],
        );
        if (!set.length) throw conflict('quota_below_held', { quota: 'quota_below_held' });
        return;
      }
      await tx
        .getRepository(PolyclinicQuota)
        .upsert({ facilityId, polyclinic: input.polyclinic, dailyQuota: input.quota }, [
          'facilityId',
          'polyclinic',
        ]);
      // Days already open follow the usual quota unless set on their own, never below what they hold.
      await queryRows(
        tx,
        'UPDATE booking_days SET quota = CASE WHEN held > ? THEN held ELSE ? END ' +
          'WHERE facility_id = ? AND polyclinic = ? AND date >= ? AND quota_set = ? RETURNING quota',
        [input.quota, input.quota, facilityId, input.polyclinic, todayText(), this.bool(false)],
      );
    });
    return this.quotas(facilityId, input.date);
  }

  private bool(value: boolean) {
    return this.dataSource.options.type === 'postgres' ? value : value ? 1 : 0;
  }
}
