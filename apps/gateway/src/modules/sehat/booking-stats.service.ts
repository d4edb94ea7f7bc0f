import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, type DataSource, In } from 'typeorm';
import type { Principal } from '@layanan/auth';
import type { BookingStatsRow, Polyclinic } from '@layanan/domain';
import { BookingDay } from './entities/booking-day.entity';
import { Booking } from './entities/booking.entity';
import { Facility } from './entities/facility.entity';

/** Bookings served vs quota and no-shows per facility × polyclinic: the regency admin all, staff their own. */
@Injectable()
export class BookingStatsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `districtCode`: only the facilities of that kecamatan (the back office's filter). */
  async stats(user: Principal, from: string, to: string, districtCode?: string): Promise<BookingStatsRow[]> {
    let scope: { facilityId?: string | ReturnType<typeof In<string>> } =
      user.role === 'regency_admin' ? {} : { facilityId: user.facilityId ?? '-' };
    if (districtCode) {
      const inDistrict = await this.dataSource.getRepository(Facility).find({
        where: { districtCode, ...(scope.facilityId ? { id: scope.facilityId as string } : {}) },
        select: { id: true },
      });
      if (!inDistrict.length) return [];
      scope = { facilityId: In(inDistrict.map((f) => f.id)) };
    }
    const [days, bookings] = await Promise.all([
      this.dataSource.getRepository(BookingDay).findBy({ ...scope, date: Between(from, to) }),
      this.dataSource.getRepository(Booking).find({
        where: { ...scope, date: Between(from, to) },
        select: { facilityId: true, polyclinic: true, status: true },
      }),
    ]);
    const rows = new Map<string, BookingStatsRow>();
    const row = (facilityId: string, polyclinic: string) => {
      const key = `${facilityId}|${polyclinic}`;
      let r = rows.get(key);
      if (!r) {
        r = {
          facilityId,
          facilityName: '',
          polyclinic: polyclinic as Polyclinic,
          quota: 0,
          booked: 0,
          served: 0,
          noShow: 0,
          cancelled: 0,
        };
        rows.set(key, r);
      }
      return r;
    };
    for (const d of days) row(d.facilityId, d.polyclinic).quota += d.quota;
    for (const b of bookings) {
      const r = row(b.facilityId, b.polyclinic);
      r.booked += 1;
      if (b.status === 'served') r.served += 1;
      if (b.status === 'no_show') r.noShow += 1;
      if (b.status === 'cancelled') r.cancelled += 1;
    }
    const ids = [...new Set([...rows.values()].map((r) => r.facilityId))];
    const facilities = ids.length
      ? await this.dataSource.getRepository(Facility).findBy({ id: In(ids) })
      : [];
    const names = new Map(facilities.map((f) => [f.id, f.name]));
    return [...rows.values()]
      .map((r) => ({ ...r, facilityName: names.get(r.facilityId) ?? '' }))
      .sort(
        (a, b) => a.facilityName.localeCompare(b.facilityName) || a.polyclinic.localeCompare(b.polyclinic),
      );
  }
}
