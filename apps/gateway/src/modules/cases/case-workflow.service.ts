import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import type { Principal } from '@layanan/auth';
import {
  AppError,
  type CaseActor,
  type CaseStatus,
  type OfficerAction,
  type ReporterAction,
  badRequest,
  canReopen,
  conflict,
  endOfWibDay,
  findTransition,
  notFound,
  parseCalendarDate,
  trackingCodeSchema,
  wibDateOf,
  compareCalendarDates,
} from '@layanan/domain';
import { isUniqueViolation } from '../../database/errors';
import { PhotosService } from '../files/photos.service';
import { User } from '../identity/entities/user.entity';
import { assertCaseStaff } from './case-access';
import { refreshClock } from './case-clock';
import { CaseEventsService, type EventInput } from './case-events.service';
import { CatalogService } from './catalog.service';
import { Agency } from './entities/agency.entity';
import { Case } from './entities/case.entity';
import type { CaseEvent } from './entities/case-event.entity';
import { CasePhoto } from './entities/case-photo.entity';
import { Supporter } from './entities/supporter.entity';

interface Change {
  to?: CaseStatus;
  patch?: Partial<Case>;
  event: Omit<EventInput, 'actor' | 'fromStatus' | 'toStatus'>;
  /** Photo uploads this step claims (response photo, proof of resolution). */
  photo?: { id: string; role: 'response' | 'proof'; field: string };
  /** Tell the reporter and supporters (public changes). */
  tell?: { id: string; en: string };
}

/** Every step taken on a case, by its officers and by its reporter; each in one transaction with its timeline entry. */
@Injectable()
export class CaseWorkflowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
    private readonly photos: PhotosService,
    private readonly events: CaseEventsService,
  ) {}

  async load(manager: EntityManager, code: string): Promise<Case> {
    const parsed = trackingCodeSchema.safeParse(code);
    if (!parsed.success) throw notFound();
    const c = await manager.getRepository(Case).findOneBy({ trackingCode: parsed.data });
    if (!c) throw notFound();
    return c;
  }

  async officerAction(officer: Principal, code: string, action: OfficerAction): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const c = await this.load(manager, code);
      assertCaseStaff(officer, c);
      await this.apply(manager, c, officer, 'officer', await this.officerChange(manager, c, officer, action));
    });
  }

  async reporterAction(reporter: Principal, code: string, action: ReporterAction): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const c = await this.load(manager, code);
      if (c.reporterId !== reporter.userId) throw notFound();
      await this.apply(manager, c, reporter, 'reporter', this.reporterChange(c, action));
    });
  }

  /** "Saya juga mengalami": a resident supports someone else's public case and follows it. */
  async support(resident: Principal, code: string): Promise<{ supporterCount: number }> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.load(manager, code);
      if (c.rahasia) throw notFound();
      if (c.reporterId === resident.userId) throw badRequest('own_case', { trackingCode: 'own_case' });
      try {
        await manager.transaction((tx) =>
          tx.getRepository(Supporter).insert({ caseId: c.id, userId: resident.userId }),
        );
      } catch (error) {
        if (isUniqueViolation(error)) return { supporterCount: c.supporterCount };
        throw error;
      }
      await manager.getRepository(Case).increment({ id: c.id }, 'supporterCount', 1);
      await this.events.append(manager, c, {
        kind: 'support',
        isPublic: true,
        actor: { userId: resident.userId, role: 'resident' },
      });
      return { supporterCount: c.supporterCount + 1 };
    });
  }

  /**
   * A public comment on a case by a citizen who does not work it (an Open311
   * client's update, mySociety's servicerequestupdates): on the public
   * timeline, and its reporter and supporters are told. Never on a rahasia case.
   */
  async comment(author: Principal, code: string, message: string): Promise<CaseEvent> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.load(manager, code);
      if (c.rahasia) throw notFound();
      return this.apply(manager, c, author, 'reporter', {
        event: { kind: 'comment', isPublic: true, message },
        tell:
          author.userId === c.reporterId
            ? undefined
            : { id: `Komentar: ${message}`, en: `Comment: ${message}` },
      });
    });
  }

  /** Moves a case on, checking the transition, with an optimistic guard against a concurrent change. */
  async apply(
    manager: EntityManager,
    c: Case,
    actor: Principal | null,
    kind: CaseActor,
    change: Change,
  ): Promise<CaseEvent> {
    const from = c.status;
    if (change.to) {
      const check = findTransition(from, change.to, kind);
      if (!check.ok) throw new AppError(check.error, 409, { action: check.error });
    }
    if (change.photo) {
      await this.photos.claim(
        manager,
        actor?.userId ?? '',
        [change.photo.id],
        `case:${c.id}`,
        !c.rahasia,
        change.photo.field,
      );
    }
    const now = new Date();
    const next: Case = { ...c, ...change.patch, status: change.to ?? from };
    // The first public response by a human officer starts nothing over: it is set once.
    if (kind === 'officer' && change.event.isPublic && change.event.message && !next.firstResponseAt) {
      next.firstResponseAt = now;
    }
    const sla = this.catalog.slaOf((await this.catalog.categoryById(c.categoryId)) ?? { sla: '{}' });
    Object.assign(next, refreshClock(next, sla, await this.catalog.calendar(), now));
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = next;
    const result = await manager.getRepository(Case).update({ id: c.id, status: from }, fields);
    if (!result.affected) throw conflict('conflict', { trackingCode: 'conflict' });
    const event = await this.events.append(manager, next, {
      ...change.event,
      actor: { userId: actor?.userId ?? null, role: actor?.role ?? 'system' },
      fromStatus: change.to ? from : null,
      toStatus: change.to ?? null,
    });
    if (change.photo) {
      await manager
        .getRepository(CasePhoto)
        .insert({ uploadId: change.photo.id, caseId: c.id, eventId: event.id, role: change.photo.role });
    }
    if (change.tell) await this.events.notifyFollowers(manager, next, change.tell);
    return event;
  }

  private async officerChange(
    manager: EntityManager,
    c: Case,
    officer: Principal,
    action: OfficerAction,
  ): Promise<Change> {
    const now = new Date();
    const said = (message: string | undefined, fallback: { id: string; en: string }) =>
      message ? { id: message, en: message } : fallback;
    switch (action.action) {
      case 'verify':
        return {
          to: 'diverifikasi',
          patch: { routedAt: c.routedAt ?? now },
          event: { kind: 'status', isPublic: true, message: action.message ?? null },
          tell: said(action.message, {
            id: 'Laporan Anda sudah diverifikasi',
            en: 'Your report has been verified',
          }),
        };
      case 'start':
        return {
          to: 'diproses',
          patch: { routedAt: c.routedAt ?? now },
          event: { kind: 'status', isPublic: true, message: action.message ?? null },
          tell: said(action.message, {
            id: 'Laporan Anda sedang diproses',
            en: 'Your report is being handled',
          }),
        };
      case 'respond':
        return {
          event: { kind: 'response', isPublic: true, message: action.message },
          photo: action.photoId ? { id: action.photoId, role: 'response', field: 'photoId' } : undefined,
          tell: { id: action.message, en: action.message },
        };
      case 'note':
        return { event: { kind: 'note', isPublic: false, message: action.message } };
      case 'assign': {
        if (action.assigneeId) {
          const assignee = await manager
            .getRepository(User)
            .findOneBy({ id: action.assigneeId, disabledAt: IsNull() });
          if (!assignee || assignee.role !== 'officer' || assignee.agencyId !== c.agencyId) {
            throw badRequest('validation_failed', { assigneeId: 'not_found' });
          }
        }
        return {
          patch: { assigneeId: action.assigneeId },
          event: { kind: 'assign', isPublic: false, data: { assigneeId: action.assigneeId } },
        };
      }
      case 'reroute': {
        const target = await manager.getRepository(Agency).findOneBy({ id: action.agencyId, active: true });
        if (!target || target.id === c.agencyId)
          throw badRequest('agency_unknown', { agencyId: 'agency_unknown' });
        const source = await manager.getRepository(Agency).findOneBy({ id: c.agencyId });
        // Disposisi keeps the first-response clock: received_at and first_response_at are untouched.
        return {
          to: 'didisposisikan',
          patch: { agencyId: target.id, assigneeId: null, routedAt: c.routedAt ?? now },
          event: {
            kind: 'reroute',
            isPublic: true,
            message: `${source?.name ?? '-'} → ${target.name}`,
            data: { fromAgencyId: c.agencyId, toAgencyId: target.id, reason: action.reason },
          },
          tell: {
            id: `Laporan Anda diteruskan ke ${target.name}`,
            en: `Your report was passed to ${target.name}`,
          },
        };
      }
      case 'schedule': {
        const date = parseCalendarDate(action.promisedBy);
        if (!date || compareCalendarDates(date, wibDateOf(now)) < 0) {
          throw badRequest('promised_by_past', { promisedBy: 'promised_by_past' });
        }
        return {
          to: 'dijadwalkan',
          patch: { promisedBy: endOfWibDay(date), routedAt: c.routedAt ?? now },
          event: {
            kind: 'status',
            isPublic: true,
            message: action.message ?? null,
            data: { promisedBy: action.promisedBy },
          },
          tell: {
            id: `Dijadwalkan selesai paling lambat ${action.promisedBy}`,
            en: `Scheduled to be done by ${action.promisedBy}`,
          },
        };
      }
      case 'resolve':
        return {
          to: 'selesai',
          patch: { resolvedAt: now },
          event: { kind: 'status', isPublic: true, message: action.message },
          photo: { id: action.proofPhotoId, role: 'proof', field: 'proofPhotoId' },
          tell: { id: action.message, en: action.message },
        };
      case 'reject':
        return {
          to: 'ditolak',
          patch: { closedAt: now },
          event: { kind: 'status', isPublic: true, message: action.reason },
          tell: { id: action.reason, en: action.reason },
        };
      case 'not_competent': {
        const message = `${action.responsibleBody}. ${action.whereToReport}`;
        return {
          to: 'bukan_wewenang',
          patch: { closedAt: now, responsibleBody: action.responsibleBody },
          event: {
            kind: 'status',
            isPublic: true,
            message,
            data: { responsibleBody: action.responsibleBody, whereToReport: action.whereToReport },
          },
          tell: {
            id: `Bukan wewenang kabupaten: ${message}`,
            en: `Not the regency's responsibility: ${message}`,
          },
        };
      }
      case 'wait_budget':
        return {
          to: 'menunggu_anggaran',
          patch: { budgetYear: action.budgetYear },
          event: {
            kind: 'status',
            isPublic: true,
            message: action.message ?? null,
            data: { budgetYear: action.budgetYear },
          },
          tell: {
            id: `Menunggu anggaran tahun ${action.budgetYear}`,
            en: `Waiting for the ${action.budgetYear} budget`,
          },
        };
      case 'duplicate': {
        const original = await manager
          .getRepository(Case)
          .findOneBy({ trackingCode: action.duplicateOf.toUpperCase() });
        if (!original || original.id === c.id)
          throw badRequest('duplicate_unknown', { duplicateOf: 'duplicate_unknown' });
        // The reporter and supporters of the original hear of it too.
        await this.events.notifyFollowers(manager, original, {
          id: `Laporan ${c.trackingCode} digabung ke laporan ini`,
          en: `Report ${c.trackingCode} was merged into this one`,
        });
        return {
          to: 'duplikat',
          patch: { duplicateOfId: original.id, closedAt: now },
          event: {
            kind: 'status',
            isPublic: true,
            message: original.trackingCode,
            data: { duplicateOf: original.trackingCode },
          },
          tell: {
            id: `Laporan Anda sama dengan ${original.trackingCode}; ikuti perkembangannya di sana`,
            en: `Your report duplicates ${original.trackingCode}; follow it there`,
          },
        };
      }
    }
  }

  private reporterChange(c: Case, action: ReporterAction): Change {
    const now = new Date();
    switch (action.action) {
      case 'confirm':
        return { to: 'ditutup', patch: { closedAt: now }, event: { kind: 'status', isPublic: true } };
      case 'reopen':
        if (!canReopen(c.status, c.reopenCount)) {
          throw new AppError(c.status === 'selesai' ? 'already_reopened' : 'transition_not_allowed', 409, {
            action: 'already_reopened',
          });
        }
        return {
          to: 'diproses',
          patch: { reopenCount: c.reopenCount + 1, resolvedAt: null },
          event: { kind: 'status', isPublic: true, message: action.reason },
        };
      case 'rate':
        if (c.status !== 'selesai' && c.status !== 'ditutup')
          throw new AppError('rating_not_allowed', 409, { rating: 'rating_not_allowed' });
        return {
          patch: { rating: action.rating },
          event: {
            kind: 'rating',
            isPublic: true,
            message: action.comment ?? null,
            data: { rating: action.rating },
          },
        };
    }
  }
}
