import { Init1795814511777 } from './1795814511777-Init';
import { AddNotifications1795815715761 } from './1795815715761-AddNotifications';
import { AddCases1795815986646 } from './1795815986646-AddCases';
import { SeedHolidays1795816100000 } from '../data/seed-holidays.migration';
import { AddOpen3111795818767986 } from './1795818767986-AddOpen311';
import { BackOfficeIndexesAndCategoryMix1795825060815 } from './1795825060815-BackOfficeIndexesAndCategoryMix';
import { BabharRecords1795825170968 } from './1795825170968-BabharRecords';
import { BackOfficeScanIndex1795826033203 } from './1795826033203-BackOfficeScanIndex';
import { SehatServices1795828915092 } from './1795828915092-SehatServices';
import { AdminRollup1795830200000 } from './1795830200000-AdminRollup';
import { OpenCaseIndexes1795840185407 } from './1795840185407-OpenCaseIndexes';
import { BabharSettings1795840290609 } from './1795840290609-BabharSettings';
import { KohortIndex1795840552350 } from './1795840552350-KohortIndex';
import { WiderIdempotencyScope1795842758689 } from './1795842758689-WiderIdempotencyScope';
import { OutboxDueOrderIndex1795927997647 } from './1795927997647-OutboxDueOrderIndex';
import { StaffLookupIndexes1795953290499 } from './1795953290499-StaffLookupIndexes';
import { OutboxHotClaims1795960000000 } from './1795960000000-OutboxHotClaims';
import { DropRedundantReceivedIndex1795971668767 } from './1795971668767-DropRedundantReceivedIndex';

// Append-only, in order. Written by migration-tool generate.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const postgresMigrations: Function[] = [Init1795814511777, AddNotifications1795815715761, AddCases1795815986646, SeedHolidays1795816100000, AddOpen3111795818767986, BackOfficeIndexesAndCategoryMix1795825060815, BabharRecords1795825170968, BackOfficeScanIndex1795826033203, SehatServices1795828915092, AdminRollup1795830200000, OpenCaseIndexes1795840185407, BabharSettings1795840290609, KohortIndex1795840552350, WiderIdempotencyScope1795842758689, OutboxDueOrderIndex1795927997647, StaffLookupIndexes1795953290499, OutboxHotClaims1795960000000, DropRedundantReceivedIndex1795971668767];
