import { Injectable } from '@nestjs/common';
import { type EntityManager, IsNull } from 'typeorm';
import { type CaseStatus, type NotifyInput, caseStatusLabels } from '@layanan/domain';
import { insertRows } from '../../database/insert-rows';
import { User } from '../identity/entities/user.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { Case } from './entities/case.entity';
import { type CaseEventKind, CaseEvent } from './entities/case-event.entity';
import { Supporter } from './entities/supporter.entity';

export interface EventInput {
  kind: CaseEventKind;
  isPublic: boolean;
  actor: { userId: string | null; role: string };
  fromStatus?: CaseStatus | null;
  toStatus?: CaseStatus | null;
  message?: string | null;
  data?: Record<string, unknown>;
}

export const eventColumns = [
  'caseId',
  'kind',
  'isPublic',
  'actorId',
  'actorRole',
  'fromStatus',
  'toStatus',
  'message',
  'data',
  'createdAt',
] as const;

/** The timeline (append-only) and who is told about it, inside the caller's transaction. */
@Injectable()
export class CaseEventsService {
  constructor(private readonly notifications: NotificationsService) {}

  /** One timeline row (a single INSERT … RETURNING id: this runs inside every case change's transaction). */
  async append(manager: EntityManager, c: Case, input: EventInput): Promise<CaseEvent> {
    const row = this.row(c, input);
    const [inserted] = await insertRows(manager, CaseEvent, eventColumns, [row], { returning: ['id'] });
    return { ...row, id: Number(inserted.id) };
  }

  /** The timeline row of an event, not written (a new case writes its rows in its own statement). */
  row(c: Pick<Case, 'id'>, input: EventInput, now = new Date()): Omit<CaseEvent, 'id'> {
    return {
      caseId: c.id,
      kind: input.kind,
      isPublic: input.isPublic,
      actorId: input.actor.userId,
      actorRole: input.actor.role,
      fromStatus: input.fromStatus ?? null,
      toStatus: input.toStatus ?? null,
      message: input.message ?? null,
      data: JSON.stringify(input.data ?? {}),
      createdAt: now,
    };
  }

  /**
   * Who hears of a new case: the reporter is told the code; the agency's active officers (found by
   * the statement that writes the case) are told there is a new case, in the inbox only.
   */
  submittedNotices(c: Case): { reporter: NotifyInput; officers: Omit<NotifyInput, 'userIds'> } {
    return {
      reporter: {
        userIds: [c.reporterId],
        kind: 'case.received',
        title: { id: `Laporan ${c.trackingCode} diterima`, en: `Report ${c.trackingCode} received` },
        body: { id: c.title, en: c.title },
        link: this.link(c),
      },
      officers: {
        kind: 'case.assigned',
        title: { id: `Kasus baru ${c.trackingCode}`, en: `New case ${c.trackingCode}` },
        body: { id: c.title, en: c.title },
        link: `/${c.service}/staf/kasus/${c.trackingCode}`,
        channels: [],
      },
    };
  }

  /** The reporter and every supporter hear of a public change. */
  async notifyFollowers(manager: EntityManager, c: Case, what: { id: string; en: string }) {
    const supporters = await manager.getRepository(Supporter).findBy({ caseId: c.id });
    const label = caseStatusLabels[c.status];
    await this.notifications.notify(
      {
        userIds: [c.reporterId, ...supporters.map((s) => s.userId)],
        kind: 'case.updated',
        title: { id: `${c.trackingCode}: ${label.id}`, en: `${c.trackingCode}: ${label.en}` },
        body: what,
        link: this.link(c),
      },
      manager,
    );
  }

  /** Overdue cases escalate: first the head of the agency (or its officers), then the regency admins. */
  async notifyEscalation(manager: EntityManager, c: Case, level: 1 | 2, headUserId: string | null) {
    const userIds =
      level === 1
        ? headUserId
          ? [headUserId]
          : await this.agencyOfficers(manager, c.agencyId)
        : (await manager.getRepository(User).findBy({ role: 'regency_admin', disabledAt: IsNull() })).map(
            (u) => u.id,
          );
    if (!userIds.length) return;
    await this.notifications.notify(
      {
        userIds,
        kind: 'case.escalated',
        title: {
          id: `Kasus ${c.trackingCode} melewati batas waktu`,
          en: `Case ${c.trackingCode} is overdue`,
        },
        body: { id: c.title, en: c.title },
        link: `/${c.service}/staf/kasus/${c.trackingCode}`,
      },
      manager,
    );
  }

  /** The agency's active officers (one plain SELECT of their ids). */
  async agencyOfficers(manager: EntityManager, agencyId: string): Promise<string[]> {
    const postgres = manager.connection.driver.options.type === 'postgres';
    const rows = await manager.query<{ id: string }[]>(
      postgres
        ? `SELECT "id" FROM "users" WHERE "role" = 'officer' AND "agency_id" = $1 AND "disabled_at" IS NULL`
        : `SELECT "id" FROM "users" WHERE "role" = 'officer' AND "agency_id" = ? AND "disabled_at" IS NULL`,
      [agencyId],
    );
    return rows.map((u) => u.id);
  }

  private link(c: Case) {
    return `/${c.service}/kasus/${c.trackingCode}`;
  }
}
