import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
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
    // The facilities counted: staff their own; with a kecamatan, its facilities; the admin all (undefined).
    let scope: string[] | undefined = user.role === 'regency_admin' ? undefined : [user.facilityId ?? '-'];
    if (districtCode) {
      const inDistrict = await this.dataSource.getRepository(Facility).find({
        where: { districtCode, ...(scope ? { id: In(scope) } : {}) },
        select: { id: true },
      });
      if (!inDistrict.length) return [];
      scope = inDistrict.map((f) => f.id);
    }
    // Counted by the database (one row per facility × polyclinic × status): the period's bookings
    // are tens of thousands regency-wide, the answer a few dozen rows.
    const facility = (qb: SelectQueryBuilder<ObjectLiteral>, alias: string) =>
      scope ? qb.andWhere(`${alias}.facility_id IN (:...scope)`, { scope }) : qb;
    const [days, bookings] = await Promise.all([
      facility(
        this.dataSource
          .getRepository(BookingDay)
          .createQueryBuilder('d')
          .select('d.facility_id', 'facilityId')
          .addSelect('d.polyclinic', 'polyclinic')
          .addSelect('SUM(d.quota)', 'n')
          .where('d.date BETWEEN :from AND :to', { from, to }),
        'd',
      )
        .groupBy('d.facility_id')
        .addGroupBy('d.polyclinic')
        .getRawMany<{ facilityId: string; polyclinic: string; n: string | number }>(),
      facility(
        this.dataSource
          .getRepository(Booking)
          .createQueryBuilder('b')
          .select('b.facility_id', 'facilityId')
          .addSelect('b.polyclinic', 'polyclinic')
          .addSelect('b.status', 'status')
          .addSelect('COUNT(*)', 'n')
          .where('b.date BETWEEN :from AND :to', { from, to }),
        'b',
      )
        .groupBy('b.facility_id')
        .addGroupBy('b.polyclinic')
        .addGroupBy('b.status')
        .getRawMany<{ facilityId: string; polyclinic: string; status: string; n: string | number }>(),
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
    for (const d of days) row(d.facilityId, d.polyclinic).quota += Number(d.n);
    for (const b of bookings) {
      const r = row(b.facilityId, b.polyclinic);
      const n = Number(b.n);
      r.booked += n;
      if (b.status === 'served') r.served += n;
      if (b.status === 'no_show') r.noShow += n;
      if (b.status === 'cancelled') r.cancelled += n;
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
