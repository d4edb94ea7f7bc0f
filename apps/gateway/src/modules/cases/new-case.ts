import type { NotifyInput } from '@layanan/domain';
import type { KeyClaim, StoredKey } from '../../common/idempotency/idempotency.service';
import type { Case } from './entities/case.entity';
import type { CaseEvent } from './entities/case-event.entity';

/** Every column of a case is written by the one INSERT of a submission. */
export const caseColumns = [
  'id',
  'trackingCode',
  'service',
  'categoryId',
  'status',
  'title',
  'description',
  'attributes',
  'lat',
  'lng',
  'districtCode',
  'villageCode',
  'address',
  'roadStatus',
  'severity',
  'facilityId',
  'anonim',
  'rahasia',
  'reporterId',
  'agencyId',
  'assigneeId',
  'priority',
  'duplicateOfId',
  'reopenCount',
  'budgetYear',
  'responsibleBody',
  'rating',
  'supporterCount',
  'receivedAt',
  'routedAt',
  'firstResponseAt',
  'promisedBy',
  'resolvedAt',
  'closedAt',
  'dueAt',
  'overdue',
  'escalationLevel',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Case)[];

export interface SubmittedCase {
  id: string;
  trackingCode: string;
  status: 'diterima';
}

/** Tracking codes drawn per submission before giving up (a collision draws again). */
export const trackingCodeDraws = 5;

/**
 * Everything a new case writes, prepared before the write: the writers (new-case.postgres.ts,
 * new-case.sqlite.ts) store it all or nothing, in one statement or one synchronous transaction.
 */
export interface NewCase {
  /** The case row; `trackingCode` is set by the writer from `drawCode` (again on a collision). */
  row: Case;
  drawCode: () => string;
  /** Timeline rows in order; the first is the `submitted` row, which the reporter's photos hang on. */
  events: Omit<CaseEvent, 'id'>[];
  /** The reporter's notice, and the notice for the agency's active officers (found at write time). */
  notices: (row: Case) => { reporter: NotifyInput; officers: Omit<NotifyInput, 'userIds'> };
  /** The reporter's uploads to claim for the case (400 `photo_unknown` unless all are hers and free). */
  photos: { ids: string[]; ownerId: string; isPublic: boolean };
  /** The Idempotency-Key of the request, if any: its row is written with the case. */
  key: KeyClaim | undefined;
  /** The answer (also stored with the key). */
  answer: (row: Case) => SubmittedCase;
}

/** The case was written, or a request with the same key had already been answered. */
export type NewCaseOutcome = { created: SubmittedCase } | { earlier: StoredKey };
