import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CaseService, CaseStatus } from '@layanan/domain';
import {
  CreatedAtColumn,
  TimestampColumn,
  UpdatedAtColumn,
  isPostgres,
} from '../../../database/column-types';

// Partial indexes of the lists (case-queries.service.ts writes the same predicates out, in the same
// order, so that both planners match them): the open cases of the staff queues, and what the public
// sees (not rahasia, open or selesai). Literal lists: a migration must not change with the domain.
const openCases = `"status" IN ('diterima', 'diverifikasi', 'didisposisikan', 'diproses', 'dijadwalkan', 'menunggu_anggaran')`;
const publicCases = () =>
  `"rahasia" = ${isPostgres() ? 'false' : '0'} AND "status" IN ('diterima', 'diverifikasi', 'didisposisikan', 'diproses', 'dijadwalkan', 'selesai', 'menunggu_anggaran')`;

/** A complaint or report of e-Lorong, e-Madul or e-Sehat (DOMAIN §3.1). */
@Entity('cases')
@Index('ix_cases_agency_status', ['agencyId', 'status'])
@Index('ix_cases_agency_due', ['agencyId', 'dueAt'])
@Index('ix_cases_reporter', ['reporterId'])
@Index('ix_cases_category_point', ['categoryId', 'lat', 'lng'])
// The back office scans a period's cases, optionally of one agency or kecamatan (docs/ADMIN.md); any
// range of reception times (Open311's start/end, the statistics) uses the first of these.
@Index('ix_cases_received_id', ['receivedAt', 'id'])
@Index('ix_cases_agency_received', ['agencyId', 'receivedAt'])
@Index('ix_cases_district_received', ['districtCode', 'receivedAt'])
// Staff queues: most urgent first, over every agency (regency admin) or one.
@Index('ix_cases_open_due', ['dueAt', 'priority', 'receivedAt'], { where: openCases })
@Index('ix_cases_open_agency_due', ['agencyId', 'dueAt', 'priority', 'receivedAt'], { where: openCases })
// Public list (newest first, of one kecamatan or all) and map box.
@Index('ix_cases_public_received', ['receivedAt'], { where: publicCases() })
@Index('ix_cases_public_district', ['districtCode', 'receivedAt'], { where: publicCases() })
@Index('ix_cases_public_point', ['lat', 'lng'], { where: publicCases() })
export class Case {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('uq_cases_tracking_code', { unique: true })
  @Column({ name: 'tracking_code', type: 'varchar', length: 16 })
  trackingCode: string;

  @Column({ type: 'varchar', length: 8 })
  service: CaseService;

  @Column({ name: 'category_id', type: 'varchar', length: 36 })
  categoryId: string;

  @Column({ type: 'varchar', length: 24 })
  status: CaseStatus;

  @Column({ type: 'varchar', length: 150 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  /** Answers to the category's extra questions (Open311 attributes), JSON. */
  @Column({ type: 'text', default: '{}' })
  attributes: string;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lng: number | null;

  @Column({ name: 'district_code', type: 'varchar', length: 8, nullable: true })
  districtCode: string | null;

  @Column({ name: 'village_code', type: 'varchar', length: 13, nullable: true })
  villageCode: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Column({ name: 'road_status', type: 'varchar', length: 12, nullable: true })
  roadStatus: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  severity: string | null;

  /** e-Sehat complaints: the health facility concerned, chosen by the resident. */
  @Column({ name: 'facility_id', type: 'varchar', length: 36, nullable: true })
  facilityId: string | null;

  @Column({ type: 'boolean', default: false })
  anonim: boolean;

  @Column({ type: 'boolean', default: false })
  rahasia: boolean;

  @Column({ name: 'reporter_id', type: 'varchar', length: 36 })
  reporterId: string;

  @Column({ name: 'agency_id', type: 'varchar', length: 36 })
  agencyId: string;

  @Column({ name: 'assignee_id', type: 'varchar', length: 36, nullable: true })
  assigneeId: string | null;

  /** 1 (highest) … 3 (normal). */
  @Column({ type: 'integer', default: 3 })
  priority: number;

  @Column({ name: 'duplicate_of_id', type: 'varchar', length: 36, nullable: true })
  duplicateOfId: string | null;

  @Column({ name: 'reopen_count', type: 'integer', default: 0 })
  reopenCount: number;

  @Column({ name: 'budget_year', type: 'integer', nullable: true })
  budgetYear: number | null;

  @Column({ name: 'responsible_body', type: 'varchar', length: 200, nullable: true })
  responsibleBody: string | null;

  @Column({ type: 'integer', nullable: true })
  rating: number | null;

  @Column({ name: 'supporter_count', type: 'integer', default: 0 })
  supporterCount: number;

  // The clock of DOMAIN §3.5.
  @TimestampColumn({ name: 'received_at' })
  receivedAt: Date;

  @TimestampColumn({ name: 'routed_at', nullable: true })
  routedAt: Date | null;

  @TimestampColumn({ name: 'first_response_at', nullable: true })
  firstResponseAt: Date | null;

  @TimestampColumn({ name: 'promised_by', nullable: true })
  promisedBy: Date | null;

  @TimestampColumn({ name: 'resolved_at', nullable: true })
  resolvedAt: Date | null;

  @TimestampColumn({ name: 'closed_at', nullable: true })
  closedAt: Date | null;

  /** The earliest deadline not yet met; the officer's queue sorts on it. */
  @TimestampColumn({ name: 'due_at', nullable: true })
  dueAt: Date | null;

  /** Set while a deadline has passed undone (by every change and by the sweep). */
  @Column({ type: 'boolean', default: false })
  overdue: boolean;

  /** 0 none, 1 head of agency told, 2 regency admin told. */
  @Column({ name: 'escalation_level', type: 'integer', default: 0 })
  escalationLevel: number;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
