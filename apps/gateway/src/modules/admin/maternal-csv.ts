import type { BookingStatsRow, MaternalMotherItem, MaternalRow, TransportStatsRow } from '@layanan/domain';
import type { CsvCell } from './csv';

export const maternalCsvHeader = [
  'key',
  'name',
  'kecamatan',
  'population',
  'target',
  'k1',
  'k1_percent',
  'k4',
  'k4_percent',
  'k6',
  'k6_percent',
  'krt',
  'krst',
  'overdue',
  'danger_alerts',
  'danger_answered',
  'danger_unanswered',
  'median_answer_minutes',
  'p90_answer_minutes',
];

export function maternalCsvRow(r: MaternalRow): CsvCell[] {
  return [
    r.key,
    r.name,
    r.districtName,
    r.population,
    r.target,
    r.k1.count,
    r.k1.percent,
    r.k4.count,
    r.k4.percent,
    r.k6.count,
    r.k6.percent,
    r.krt,
    r.krst,
    r.overdue,
    r.dangerAlerts,
    r.dangerAnswered,
    r.dangerUnanswered,
    r.medianAnswerMinutes,
    r.p90AnswerMinutes,
  ];
}

export const motherCsvHeader = [
  'pregnancy_id',
  'mother',
  'nik_masked',
  'desa',
  'puskesmas',
  'hpht',
  'gestational_weeks',
  'status',
  'kspr',
  'next_contact',
  'date',
  'answer_minutes',
];

export function motherCsvRow(m: MaternalMotherItem): CsvCell[] {
  return [
    m.pregnancyId,
    m.motherName,
    m.nikMasked,
    m.villageName,
    m.puskesmasName,
    m.hpht,
    m.gestationalWeeks,
    m.status,
    m.ksprCategory,
    m.nextContactDate,
    m.date,
    m.answerMinutes,
  ];
}

export function bookingCsv(rows: BookingStatsRow[]) {
  return {
    header: ['facility', 'polyclinic', 'quota', 'booked', 'served', 'no_show', 'cancelled'],
    rows: rows.map((r): CsvCell[] => [
      r.facilityName,
      r.polyclinic,
      r.quota,
      r.booked,
      r.served,
      r.noShow,
      r.cancelled,
    ]),
  };
}

export function transportCsv(rows: TransportStatsRow[]) {
  return {
    header: [
      'destination',
      'requests',
      'assigned',
      'arrived',
      'cancelled',
      'invalid',
      'open',
      'median_minutes_to_assign',
      'p90_minutes_to_assign',
      'median_minutes_to_pickup',
      'p90_minutes_to_pickup',
    ],
    rows: rows.map((r): CsvCell[] => [
      r.facilityName,
      r.requests,
      r.assigned,
      r.arrived,
      r.cancelled,
      r.invalid,
      r.open,
      r.medianMinutesToAssign,
      r.p90MinutesToAssign,
      r.medianMinutesToPickup,
      r.p90MinutesToPickup,
    ]),
  };
}
