import { badRequest } from '@layanan/domain';
import type { DataSource } from 'typeorm';
import { IdempotencyKey } from '../../common/idempotency/idempotency-key.entity';
import { KeyRace, keyColumns } from '../../common/idempotency/idempotency.service';
import { isUniqueViolation } from '../../database/errors';
import { type RowShape, quotedNames, rowShape, rowValues } from '../../database/row-values';
import { type SqliteConnection, prepared, sqliteWriteTurn } from '../../database/sqlite-serial';
import { Notification } from '../notifications/entities/notification.entity';
import { OutboxMessage } from '../notifications/entities/outbox-message.entity';
import {
  type NotificationsService,
  inboxColumns,
  outboxColumns,
} from '../notifications/notifications.service';
import { Case } from './entities/case.entity';
import { CaseEvent } from './entities/case-event.entity';
import { eventColumns } from './case-events.service';
import { type NewCase, type NewCaseOutcome, caseColumns, trackingCodeDraws } from './new-case';

const insertSql = (shape: RowShape<never> | RowShape<object>, suffix = '') =>
  `INSERT INTO "${shape.table}" (${quotedNames(shape)}) VALUES (${shape.names.map(() => '?').join(', ')})${suffix}`;

/**
 * A new case on SQLite as ONE synchronous better-sqlite3 transaction of prepared statements, in its
 * turn at the write gate (database/sqlite-serial.ts): the key's earlier answer, the case (`ON
 * CONFLICT` on the tracking code: a collision draws again), its timeline rows, the agency's active
 * officers and every inbox and outbox row, the photos' claim (a photo that is not the reporter's
 * or already claimed rolls it all back: 400), and the key row. Nothing awaits in between, so the
 * write holds the database for well under a millisecond.
 */
export function writeNewCaseSqlite(
  dataSource: DataSource,
  notifications: NotificationsService,
  draft: NewCase,
): Promise<NewCaseOutcome> {
  const cases = rowShape(dataSource, Case, caseColumns);
  const events = rowShape(dataSource, CaseEvent, eventColumns);
  const inbox = rowShape(dataSource, Notification, inboxColumns);
  const outbox = rowShape(dataSource, OutboxMessage, outboxColumns);
  const keys = rowShape(dataSource, IdempotencyKey, keyColumns);
  const photoIds = [...new Set(draft.photos.ids)];
  return sqliteWriteTurn(dataSource, (db: SqliteConnection): NewCaseOutcome => {
    const key = draft.key;
    if (key) {
      const earlier = prepared(
        db,
        'SELECT "scope", "request_hash" AS "requestHash", "response_body" AS "responseBody" FROM "idempotency_keys" WHERE "user_id" = ? AND "key" = ?',
      ).get(key.userId, key.key) as { scope: string; requestHash: string; responseBody: string } | undefined;
      if (earlier) return { earlier };
    }
    const row = draft.row;
    const insertCase = prepared(db, insertSql(cases, ' ON CONFLICT ("tracking_code") DO NOTHING'));
    for (let attempt = 0; ; attempt++) {
      if (attempt >= trackingCodeDraws)
        throw new Error(`No free tracking code after ${trackingCodeDraws} draws`);
      row.trackingCode = draft.drawCode();
      if (insertCase.run(...rowValues(dataSource, cases, row)).changes === 1) break;
    }
    const insertEvent = prepared(db, insertSql(events));
    const eventIds = draft.events.map((e) =>
      Number(insertEvent.run(...rowValues(dataSource, events, e)).lastInsertRowid),
    );
    const officers = (
      prepared(
        db,
        `SELECT "id" FROM "users" WHERE "role" = 'officer' AND "agency_id" = ? AND "disabled_at" IS NULL`,
      ).all(row.agencyId) as { id: string }[]
    ).map((u) => u.id);
    const notices = draft.notices(row);
    const rows = notifications.rows(
      [notices.reporter, ...(officers.length ? [{ ...notices.officers, userIds: officers }] : [])],
      row.createdAt,
    );
    const insertInbox = prepared(db, insertSql(inbox));
    for (const n of rows.inbox) insertInbox.run(...rowValues(dataSource, inbox, n));
    const insertOutbox = prepared(db, insertSql(outbox));
    for (const m of rows.outbox) insertOutbox.run(...rowValues(dataSource, outbox, m));
    if (photoIds.length) {
      const claimed = prepared(
        db,
        'UPDATE "uploads" SET "claimed_by" = ?, "is_public" = ? WHERE "id" IN (SELECT value FROM json_each(?)) AND "owner_id" = ? AND "claimed_by" IS NULL',
      ).run(`case:${row.id}`, draft.photos.isPublic ? 1 : 0, JSON.stringify(photoIds), draft.photos.ownerId);
      if (claimed.changes !== photoIds.length)
        throw badRequest('photo_unknown', { photoIds: 'photo_unknown' });
      const insertPhoto = prepared(
        db,
        `INSERT INTO "case_photos" ("upload_id", "case_id", "event_id", "role") VALUES (?, ?, ?, 'report')`,
      );
      for (const uploadId of photoIds) insertPhoto.run(uploadId, row.id, eventIds[0]);
    }
    const answer = draft.answer(row);
    if (key) {
      try {
        prepared(db, insertSql(keys)).run(
          ...rowValues(dataSource, keys, {
            ...key,
            statusCode: 201,
            responseBody: JSON.stringify(answer),
            createdAt: row.createdAt,
          }),
        );
      } catch (error) {
        if (isUniqueViolation(error)) throw new KeyRace();
        throw error;
      }
    }
    return { created: answer };
  });
}
