import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import type { Principal } from '@layanan/auth';
import {
  type ConsultationView,
  type CreateConsultation,
  badRequest,
  conflict,
  notFound,
} from '@layanan/domain';
import { IdempotencyService } from '../../common/idempotency/idempotency.service';
import { User } from '../identity/entities/user.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { ConsultationMessage } from './entities/consultation-message.entity';
import { Consultation } from './entities/consultation.entity';
import { Facility } from './entities/facility.entity';

type Summary = Omit<ConsultationView, 'timeline'>;

/** Consultations: a resident asks, health workers of the chosen puskesmas (or any, when none) answer. */
@Injectable()
export class ConsultationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly notifications: NotificationsService,
  ) {}

  async ask(user: Principal, input: CreateConsultation, key: string | undefined): Promise<ConsultationView> {
    if (input.facilityId) {
      const facility = await this.dataSource
        .getRepository(Facility)
        .findOneBy({ id: input.facilityId, active: true });
      if (!facility) throw badRequest('facility_unknown', { facilityId: 'facility_unknown' });
    }
    const id = await this.idempotency.transaction(
      { userId: user.userId, key, scope: 'POST /api/sehat/consultations', body: input },
      async (tx) => {
        const row = Object.assign(new Consultation(), {
          id: randomUUID(),
          residentId: user.userId,
          facilityId: input.facilityId ?? null,
          subject: input.subject,
          status: 'open' as const,
          firstAnswerAt: null,
        });
        await tx.getRepository(Consultation).insert(row);
        await this.append(tx, row.id, user, input.question);
        return row.id;
      },
    );
    return this.view(user, id);
  }

  async mine(user: Principal): Promise<Summary[]> {
    const rows = await this.dataSource
      .getRepository(Consultation)
      .find({ where: { residentId: user.userId }, order: { updatedAt: 'DESC' }, take: 100 });
    return this.summaries(rows);
  }

  /** Staff inbox: their puskesmas's consultations and those for any health worker; the admin sees all. */
  async inbox(user: Principal, status: 'open' | 'answered' | 'closed' | undefined): Promise<Summary[]> {
    const repo = this.dataSource.getRepository(Consultation);
    const scoped =
      user.role === 'regency_admin'
        ? [{ ...(status ? { status } : {}) }]
        : [
            { facilityId: user.facilityId ?? '-', ...(status ? { status } : {}) },
            { facilityId: IsNull(), ...(status ? { status } : {}) },
          ];
    const rows = await repo.find({ where: scoped, order: { createdAt: 'ASC' }, take: 200 });
    return this.summaries(rows);
  }

  async view(user: Principal, id: string): Promise<ConsultationView> {
    const row = await this.visible(user, id);
    const [summary] = await this.summaries([row]);
    const messages = await this.dataSource
      .getRepository(ConsultationMessage)
      .find({ where: { consultationId: id }, order: { createdAt: 'ASC' } });
    const names = await this.names(messages.map((m) => m.authorId));
    return {
      ...summary,
      timeline: messages.map((m) => ({
        id: m.id,
        authorRole: m.authorRole,
        authorName: names.get(m.authorId) ?? '',
        body: m.body,
        createdAt: m.createdAt.toISOString(),
      })),
    };
  }

  /** A resident's reply or a health worker's answer; either may close it. */
  async post(user: Principal, id: string, body: string, close: boolean): Promise<ConsultationView> {
    const row = await this.visible(user, id);
    if (row.status === 'closed') throw conflict('consultation_closed', { body: 'consultation_closed' });
    const worker = user.role !== 'resident';
    const now = new Date();
    await this.dataSource.transaction(async (tx) => {
      await this.append(tx, id, user, body);
      await tx.getRepository(Consultation).update(
        { id },
        {
          status: close ? 'closed' : worker ? 'answered' : 'open',
          ...(worker && !row.firstAnswerAt ? { firstAnswerAt: now } : {}),
          updatedAt: now,
        },
      );
    });
    if (worker) {
      await this.notifications.notify({
        userIds: [row.residentId],
        kind: 'case.updated',
        title: { id: 'Konsultasi Anda dijawab', en: 'Your consultation was answered' },
        body: { id: row.subject, en: row.subject },
        link: `/sehat/konsultasi/${id}`,
      });
    }
    return this.view(user, id);
  }

  /** Residents see only their own; health staff those of their puskesmas or for anyone; the admin all. */
  private async visible(user: Principal, id: string): Promise<Consultation> {
    const row = await this.dataSource.getRepository(Consultation).findOneBy({ id });
    if (!row) throw notFound();
    const ok =
      user.role === 'regency_admin' ||
      (user.role === 'resident' && row.residentId === user.userId) ||
      (user.role === 'health_staff' && (row.facilityId === null || row.facilityId === user.facilityId));
    if (!ok) throw notFound();
    return row;
  }

  private async append(tx: EntityManager, consultationId: string, user: Principal, body: string) {
    await tx.getRepository(ConsultationMessage).insert({
      id: randomUUID(),
      consultationId,
      authorId: user.userId,
      authorRole: user.role as ConsultationMessage['authorRole'],
      body,
    });
  }

  private async names(ids: string[]) {
    const unique = [...new Set(ids)];
    const users = unique.length ? await this.dataSource.getRepository(User).findBy({ id: In(unique) }) : [];
    return new Map(users.map((u) => [u.id, u.fullName]));
  }

  private async summaries(rows: Consultation[]): Promise<Summary[]> {
    const facilityIds = [...new Set(rows.map((r) => r.facilityId).filter((f): f is string => !!f))];
    const facilities = facilityIds.length
      ? await this.dataSource.getRepository(Facility).findBy({ id: In(facilityIds) })
      : [];
    const fname = new Map(facilities.map((f) => [f.id, f.name]));
    const names = await this.names(rows.map((r) => r.residentId));
    return rows.map((r) => ({
      id: r.id,
      facilityId: r.facilityId,
      facilityName: r.facilityId ? (fname.get(r.facilityId) ?? null) : null,
      subject: r.subject,
      status: r.status,
      residentName: names.get(r.residentId) ?? '',
      createdAt: r.createdAt.toISOString(),
      firstAnswerAt: r.firstAnswerAt?.toISOString() ?? null,
      secondsToFirstAnswer: r.firstAnswerAt
        ? Math.round((r.firstAnswerAt.getTime() - r.createdAt.getTime()) / 1000)
        : null,
    }));
  }
}
