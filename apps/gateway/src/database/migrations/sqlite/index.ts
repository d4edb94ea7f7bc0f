import { Init1795814511777 } from './1795814511777-Init';
import { AddNotifications1795815715761 } from './1795815715761-AddNotifications';
import { AddCases1795815986646 } from './1795815986646-AddCases';
import { SeedHolidays1795816100000 } from '../data/seed-holidays.migration';
import { AddOpen3111795818767986 } from './1795818767986-AddOpen311';
import { BabharRecords1795825170968 } from './1795825170968-BabharRecords';
import { SehatBookings1795824957195 } from './1795824957195-SehatBookings';
import { SehatTransport1795825222681 } from './1795825222681-SehatTransport';
import { SehatConsultationsAndCaseFacility1795825403046 } from './1795825403046-SehatConsultationsAndCaseFacility';

// Append-only, in order. Written by migration-tool generate.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const sqliteMigrations: Function[] = [
  Init1795814511777,
  AddNotifications1795815715761,
  AddCases1795815986646,
  SeedHolidays1795816100000,
  AddOpen3111795818767986,
  BabharRecords1795825170968,
  SehatBookings1795824957195,
  SehatTransport1795825222681,
  SehatConsultationsAndCaseFacility1795825403046,
];
