import { Injectable } from '@nestjs/common';
import { type EntityManager, IsNull } from 'typeorm';
import { type CaseStatus, caseStatusLabels } from '@layanan/domain';
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

/** The timeline (append-only) and who is told about it, inside the caller's transaction. */
@Injectable()
export class CaseEventsService {
  constructor(private readonly notifications: NotificationsService) {}

  async append(manager: EntityManager, c: Case, input: EventInput): Promise<CaseEvent> {
    const repo = manager.getRepository(CaseEvent);
    const row = repo.create({
      caseId: c.id,
      kind: input.kind,
      isPublic: input.isPublic,
      actorId: input.actor.userId,
      actorRole: input.actor.role,
      fromStatus: input.fromStatus ?? null,
      toStatus: input.toStatus ?? null,
      message: input.message ?? null,
      data: JSON.stringify(input.data ?? {}),
    });
    return repo.save(row);
  }

  /** The reporter is told the code; the agency's officers are told there is a new case. */
  async notifySubmitted(manager: EntityManager, c: Case) {
    await this.notifications.notify(
      {
        userIds: [c.reporterId],
        kind: 'case.received',
        title: { id: `Laporan ${c.trackingCode} diterima`, en: `Report ${c.trackingCode} received` },
        body: { id: c.title, en: c.title },
        link: this.link(c),
      },
      manager,
    );
    const officers = await this.agencyOfficers(manager, c.agencyId);
    if (officers.length) {
      await this.notifications.notify(
        {
          userIds: officers,
          kind: 'case.assigned',
          title: { id: `Kasus baru ${c.trackingCode}`, en: `New case ${c.trackingCode}` },
          body: { id: c.title, en: c.title },
          link: `/${c.service}/staf/kasus/${c.trackingCode}`,
          channels: [],
        },
        manager,
      );
    }
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

  private async agencyOfficers(manager: EntityManager, agencyId: string): Promise<string[]> {
    const rows = await manager
      .getRepository(User)
      .findBy({ role: 'officer', agencyId, disabledAt: IsNull() });
    return rows.map((u) => u.id);
  }

  private link(c: Case) {
    return `/${c.service}/kasus/${c.trackingCode}`;
  }
}
