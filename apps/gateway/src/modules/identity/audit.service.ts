import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Principal } from '@layanan/auth';
import { currentContext } from '../../common/http/request-context';
import { AuditLogEntry } from './entities/audit-log.entity';

export interface AuditInput {
  actor: Pick<Principal, 'userId' | 'role'> | null;
  action: string;
  subjectType: string;
  subjectId: string;
  reason?: string | null;
}

export interface AuditQuery {
  actorId?: string;
  subjectType?: string;
  subjectId?: string;
  action?: string;
  page: number;
  pageSize: number;
}

/** The append-only audit log; other modules record through this service. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditLogEntry) private readonly entries: Repository<AuditLogEntry>) {}

  async record(input: AuditInput, repository: Repository<AuditLogEntry> = this.entries): Promise<void> {
    await repository.insert({
      actorId: input.actor?.userId ?? null,
      actorRole: input.actor?.role ?? null,
      action: input.action,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      reason: input.reason ?? null,
      requestId: currentContext().requestId,
    });
  }

  async list(query: AuditQuery) {
    const where = Object.fromEntries(
      Object.entries({
        actorId: query.actorId,
        subjectType: query.subjectType,
        subjectId: query.subjectId,
        action: query.action,
      }).filter(([, v]) => v !== undefined),
    );
    const [items, total] = await this.entries.findAndCount({
      where,
      order: { id: 'DESC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items, total, page: query.page, pageSize: query.pageSize };
  }
}
