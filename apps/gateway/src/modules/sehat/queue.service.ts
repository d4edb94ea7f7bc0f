import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import type { Principal } from '@layanan/auth';
import {
  type DisplayView,
  type Polyclinic,
  type QueueEntry,
  badRequest,
  canMoveBooking,
  conflict,
  polyclinicLabels,
} from '@layanan/domain';
import { User } from '../identity/entities/user.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { bookingView, checkFacilityScope, mustExist, offeredPolyclinics, todayText } from './booking-rules';
import { BookingsService } from './bookings.service';
import { Booking } from './entities/booking.entity';
import { FacilitiesService } from './facilities.service';

/** The puskesmas staff's side of bookings: the day's queue, calling, served / no-show; and the display. */
@Injectable()
export class QueueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly facilities: FacilitiesService,
    private readonly bookings: BookingsService,
    private readonly notifications: NotificationsService,
  ) {}

  async queue(
    user: Principal,
    facilityId: string,
    query: { polyclinic?: Polyclinic; date?: string },
  ): Promise<QueueEntry[]> {
    checkFacilityScope(user, facilityId);
    const facility = await this.facilities.get(facilityId);
    const rows = await this.dataSource.getRepository(Booking).find({
      where: {
        facilityId,
        date: query.date ?? todayText(),
        ...(query.polyclinic ? { polyclinic: query.polyclinic } : {}),
      },
      order: { polyclinic: 'ASC', queueNumber: 'ASC' },
    });
    const ids = [...new Set(rows.map((r) => r.residentId))];
    const users = ids.length ? await this.dataSource.getRepository(User).findBy({ id: In(ids) }) : [];
    const names = new Map(users.map((u) => [u.id, u.fullName]));
    return rows.map((r) => ({ ...bookingView(r, facility), patientName: names.get(r.residentId) ?? '' }));
  }

  /** Calls the lowest waiting number of today's queue of a polyclinic, and tells its resident. */
  async callNext(user: Principal, facilityId: string, polyclinic: Polyclinic): Promise<QueueEntry> {
    checkFacilityScope(user, facilityId);
    const facility = await this.facilities.get(facilityId);
    if (!offeredPolyclinics(facility).includes(polyclinic))
      throw badRequest('polyclinic_not_offered', { polyclinic: 'polyclinic_not_offered' });
    const called = await this.dataSource.transaction(async (tx) => {
      const repo = tx.getRepository(Booking);
      for (;;) {
        const next = await repo.findOne({
          where: { facilityId, polyclinic, date: todayText(), status: 'booked' },
          order: { queueNumber: 'ASC' },
        });
        if (!next) throw conflict('queue_empty', { polyclinic: 'queue_empty' });
        const calledAt = new Date();
        // Two staff pressing "call next" at once: only one of them gets each number.
        const moved = await repo.update({ id: next.id, status: 'booked' }, { status: 'called', calledAt });
        if (moved.affected) return Object.assign(next, { status: 'called' as const, calledAt });
      }
    });
    await this.tellCalled(called, facility.name);
    const [entry] = await this.queue(user, facilityId, { polyclinic }).then((q) =>
      q.filter((e) => e.id === called.id),
    );
    return entry;
  }

  /** Served, no-show, or called again (the number is shown once more). */
  async outcome(user: Principal, id: string, status: 'served' | 'no_show' | 'called'): Promise<QueueEntry> {
    const booking = mustExist(await this.dataSource.getRepository(Booking).findOneBy({ id }));
    checkFacilityScope(user, booking.facilityId);
    if (!canMoveBooking(booking.status, status))
      throw conflict('transition_not_allowed', { status: 'transition_not_allowed' });
    if (booking.date !== todayText()) throw conflict('not_today', { status: 'not_today' });
    await this.dataSource.transaction(async (tx) => {
      if (status === 'no_show') return this.bookings.release(tx, booking, 'no_show');
      const changes =
        status === 'called' ? { status, calledAt: new Date() } : { status, finishedAt: new Date() };
      const moved = await tx.getRepository(Booking).update({ id, status: booking.status }, changes);
      if (!moved.affected) throw conflict('transition_not_allowed', { status: 'transition_not_allowed' });
    });
    if (status === 'called')
      await this.tellCalled(booking, (await this.facilities.get(booking.facilityId)).name);
    const entries = await this.queue(user, booking.facilityId, {
      polyclinic: booking.polyclinic as Polyclinic,
      date: booking.date,
    });
    return entries.find((e) => e.id === id)!;
  }

  private async tellCalled(booking: Booking, facilityName: string) {
    const poly = polyclinicLabels[booking.polyclinic as Polyclinic];
    await this.notifications.notify({
      userIds: [booking.residentId],
      kind: 'booking.called',
      title: {
        id: `Nomor ${booking.queueNumber} dipanggil`,
        en: `Number ${booking.queueNumber} is called`,
      },
      body: {
        id: `Silakan menuju ${poly.id}, ${facilityName}.`,
        en: `Please go to ${poly.en}, ${facilityName}.`,
      },
      link: '/sehat/antrean-saya',
    });
  }

  /** The waiting-room screen: per polyclinic the number called last, and the next ones. No names. */
  async display(facilityId: string): Promise<DisplayView> {
    const facility = await this.facilities.get(facilityId);
    const date = todayText();
    const rows = await this.dataSource
      .getRepository(Booking)
      .find({ where: { facilityId, date }, order: { queueNumber: 'ASC' } });
    return {
      facilityId,
      facilityName: facility.name,
      date,
      polyclinics: offeredPolyclinics(facility).map((polyclinic) => {
        const mine = rows.filter((r) => r.polyclinic === polyclinic);
        const lastCalled = mine
          .filter((r) => r.calledAt && (r.status === 'called' || r.status === 'served'))
          .sort((a, b) => b.calledAt!.getTime() - a.calledAt!.getTime())[0];
        const waiting = mine.filter((r) => r.status === 'booked');
        return {
          polyclinic,
          nowServing: lastCalled?.queueNumber ?? null,
          waiting: waiting.length,
          next: waiting.slice(0, 3).map((r) => r.queueNumber),
        };
      }),
    };
  }
}
