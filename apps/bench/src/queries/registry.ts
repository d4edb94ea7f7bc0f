import type { BenchDb } from '../db/connection';

/** Who calls a query: anonymous, or one of the bench accounts (signed in through the API). */
export type Caller = 'anonymous' | 'resident' | 'officer' | 'admin' | 'bidan';

/** Values picked from the generated database once per size, for the queries' paths. */
export interface QuerySamples {
  /** A public case's tracking code. */
  trackingCode: string;
  /** The agency of the officer (the one with the most cases: PUPR). */
  agencyId: string;
  agencyCode: string;
  /** The puskesmas of the bench bidan (PKM-KOWEL, the town's: the most pregnancies and bookings). */
  facilityId: string;
  facilityCode: string;
  db: BenchDb;
}

/** A named read, timed over HTTP against the gateway on each generated size. */
export interface NamedQuery {
  name: string;
  description: string;
  as: Caller;
  /** The request path (with its query string), from the samples. */
  path(samples: QuerySamples): string;
}

/** The WIB calendar date `days` before today, `YYYY-MM-DD` (the back office's period bounds). */
function wibDate(daysAgo: number): string {
  return new Date(Date.now() + 7 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

/** The month before this one, for the PWS-KIA report (`year=…&month=…`). */
function lastMonth(): string {
  const d = new Date(Date.now() + 7 * 3_600_000);
  const m = d.getUTCMonth() === 0 ? 12 : d.getUTCMonth();
  return `year=${m === 12 ? d.getUTCFullYear() - 1 : d.getUTCFullYear()}&month=${m}`;
}

/** 2 km around the centre of Pamekasan town: what the public map asks for at street zoom. */
const townBox = '-7.167,113.469,-7.149,113.487';

/**
 * The query registry. To add one (the admin league table and dashboard, the
 * e-Babhar worklists…) once its route is in the gateway: append an entry with
 * its route, caller and a description; if it needs a value from the data,
 * add it to QuerySamples and pick it in queries/samples.ts.
 */
export const queryRegistry: NamedQuery[] = [
  {
    name: 'admin_league_30d',
    description: 'Agency league table, last 30 days (GET /api/admin/league?from=…&to=…)',
    as: 'admin',
    path: () => `/api/admin/league?from=${wibDate(30)}&to=${wibDate(0)}`,
  },
  {
    name: 'admin_league_90d',
    description: 'Agency league table, last 90 days',
    as: 'admin',
    path: () => `/api/admin/league?from=${wibDate(90)}&to=${wibDate(0)}`,
  },
  {
    name: 'admin_dashboard_30d',
    description: 'Dashboard across services, last 30 days (GET /api/admin/dashboard?from=…&to=…)',
    as: 'admin',
    path: () => `/api/admin/dashboard?from=${wibDate(30)}&to=${wibDate(0)}`,
  },
  {
    name: 'officer_queue',
    description: 'Officer queue, first page (GET /api/staff/cases as a PUPR officer)',
    as: 'officer',
    path: () => '/api/staff/cases',
  },
  {
    name: 'officer_queue_overdue',
    description: 'Officer queue, overdue only (?overdue=true)',
    as: 'officer',
    path: () => '/api/staff/cases?overdue=true',
  },
  {
    name: 'officer_queue_search',
    description: 'Officer queue, text search (?q=lubang)',
    as: 'officer',
    path: () => '/api/staff/cases?q=lubang',
  },
  {
    name: 'admin_queue_all',
    description: 'Regency admin queue over every agency (GET /api/staff/cases as admin)',
    as: 'admin',
    path: () => '/api/staff/cases',
  },
  {
    name: 'public_map_box',
    description: 'Public map: a 2 km box of the town, 100 markers (GET /api/cases?bbox=…&pageSize=100)',
    as: 'anonymous',
    path: () => `/api/cases?bbox=${townBox}&pageSize=100`,
  },
  {
    name: 'public_list_district',
    description: 'Public list of one kecamatan, newest first (GET /api/cases?districtCode=35.28.04)',
    as: 'anonymous',
    path: () => '/api/cases?districtCode=35.28.04',
  },
  {
    name: 'case_detail',
    description: 'A case with its public timeline (GET /api/cases/:code)',
    as: 'anonymous',
    path: (s) => `/api/cases/${s.trackingCode}`,
  },
  {
    name: 'resident_mine',
    description: "A resident's own cases (GET /api/cases/mine/all)",
    as: 'resident',
    path: () => '/api/cases/mine/all',
  },
  {
    name: 'babhar_worklist',
    description:
      "A bidan's worklist: every active pregnancy of her puskesmas on a list (GET /api/babhar/worklist)",
    as: 'bidan',
    path: () => '/api/babhar/worklist',
  },
  {
    name: 'babhar_worklist_overdue',
    description: 'Worklist, overdue contacts only (?reason=overdue)',
    as: 'bidan',
    path: () => '/api/babhar/worklist?reason=overdue',
  },
  {
    name: 'babhar_worklist_high_risk',
    description: 'Worklist, KRT/KRST only (?reason=high_risk)',
    as: 'bidan',
    path: () => '/api/babhar/worklist?reason=high_risk',
  },
  {
    name: 'babhar_worklist_admin',
    description: 'Worklist of one puskesmas as the regency admin (?puskesmasId=…)',
    as: 'admin',
    path: (s) => `/api/babhar/worklist?puskesmasId=${s.facilityId}`,
  },
  {
    name: 'babhar_kohort',
    description: 'Kohort register of the puskesmas, first page of 50 (GET /api/babhar/kohort)',
    as: 'bidan',
    path: () => '/api/babhar/kohort',
  },
  {
    name: 'babhar_kohort_active',
    description: 'Kohort register, active pregnancies only (?status=active)',
    as: 'bidan',
    path: () => '/api/babhar/kohort?status=active',
  },
  {
    name: 'babhar_pws_kia',
    description: 'PWS-KIA report of last month (GET /api/babhar/reports/pws-kia?year=…&month=…)',
    as: 'bidan',
    path: () => `/api/babhar/reports/pws-kia?${lastMonth()}`,
  },
  {
    name: 'admin_maternal_30d',
    description:
      'Back office maternal figures per puskesmas, last 30 days (GET /api/admin/maternal?from=…&to=…)',
    as: 'admin',
    path: () => `/api/admin/maternal?from=${wibDate(30)}&to=${wibDate(0)}`,
  },
  {
    name: 'admin_sehat_30d',
    description: 'Back office e-Sehat figures, last 30 days (GET /api/admin/sehat?from=…&to=…)',
    as: 'admin',
    path: () => `/api/admin/sehat?from=${wibDate(30)}&to=${wibDate(0)}`,
  },
  {
    name: 'sehat_queue_today',
    description: "Today's queue of the puskesmas (GET /api/sehat/staff/facilities/:id/queue)",
    as: 'bidan',
    path: (s) => `/api/sehat/staff/facilities/${s.facilityId}/queue`,
  },
  {
    name: 'sehat_booking_stats_30d',
    description:
      'Booking stats of the puskesmas, last 30 days (GET /api/sehat/staff/booking-stats?from=…&to=…)',
    as: 'bidan',
    path: () => `/api/sehat/staff/booking-stats?from=${wibDate(30)}&to=${wibDate(0)}`,
  },
  {
    name: 'sehat_booking_stats_all_30d',
    description: 'Booking stats of every puskesmas as the regency admin, last 30 days',
    as: 'admin',
    path: () => `/api/sehat/staff/booking-stats?from=${wibDate(30)}&to=${wibDate(0)}`,
  },
];
