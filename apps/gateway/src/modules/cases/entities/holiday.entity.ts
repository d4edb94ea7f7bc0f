import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A day off on the Indonesian calendar (admin-editable data, seeded for 2025–2027). */
@Entity('holidays')
export class HolidayRow {
  /** YYYY-MM-DD (a WIB calendar date). */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  date: string;

  /** libur_nasional | cuti_bersama */
  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ type: 'varchar', length: 160 })
  name: string;
}
