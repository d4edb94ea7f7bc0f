import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The counter row of one facility × polyclinic × date. A booking takes a
 * place with one atomic `UPDATE … SET issued = issued + 1, held = held + 1
 * WHERE … AND held < quota RETURNING issued`: the database never lets `held`
 * pass `quota`, and `issued` (never decreased) gives each booking its own
 * queue number. Cancellations and no-shows decrease `held` only.
 */
@Entity('booking_days')
export class BookingDay {
  @PrimaryColumn({ name: 'facility_id', type: 'varchar', length: 36 })
  facilityId: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  polyclinic: string;

  /** `YYYY-MM-DD` (WIB). */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'integer' })
  quota: number;

  /** Staff set this date's quota (it no longer follows the usual daily quota). */
  @Column({ name: 'quota_set', type: 'boolean', default: false })
  quotaSet: boolean;

  /** Queue numbers handed out so far (the last number issued). */
  @Column({ type: 'integer', default: 0 })
  issued: number;

  /** Places held now: booked, called or served. */
  @Column({ type: 'integer', default: 0 })
  held: number;
}
