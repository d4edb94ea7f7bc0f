import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { hashPassword } from '@layanan/auth/server';
import type { Principal } from '@layanan/auth';
import { type CreateStaffInput, type UserView, badRequest, conflict, notFound } from '@layanan/domain';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { isUniqueViolation } from '../../database/errors';
import { AuditService } from './audit.service';
import { AuditLogEntry } from './entities/audit-log.entity';
import { User } from './entities/user.entity';
import { SessionsService } from './sessions.service';
import { UsersService } from './users.service';

export interface UpdateStaffInput {
  fullName?: string;
  disabled?: boolean;
  password?: string;
  agencyId?: string | null;
  facilityId?: string | null;
}

/** Staff accounts, managed by the regency admin; every change is audited in the same transaction. */
@Injectable()
export class StaffService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
  ) {}

  async list(): Promise<UserView[]> {
    const rows = await this.users.users.find({
      where: [{ role: 'officer' }, { role: 'health_staff' }, { role: 'regency_admin' }],
      order: { username: 'ASC' },
    });
    return rows.map((u) => this.users.view(u));
  }

  async create(actor: Principal, input: CreateStaffInput): Promise<UserView> {
    const id = randomUUID();
    const passwordHash = await hashPassword(input.password);
    try {
      await this.dataSource.transaction(async (tx) => {
        await tx.getRepository(User).insert({
          id,
          role: input.role,
          username: input.username.toLowerCase(),
          nikHash: null,
          nikEnc: null,
          phoneEnc: input.phone ? this.cipher.encrypt(input.phone) : null,
          fullName: input.fullName,
          passwordHash,
          agencyId: input.role === 'officer' ? (input.agencyId ?? null) : null,
          facilityId: input.role === 'health_staff' ? (input.facilityId ?? null) : null,
          verifiedAt: new Date(),
          verifiedBy: actor.userId,
          failedLogins: 0,
          lockedUntil: null,
          disabledAt: null,
        });
        await this.audit.record(
          { actor, action: 'staff.create', subjectType: 'user', subjectId: id, reason: `role=${input.role}` },
          tx.getRepository(AuditLogEntry),
        );
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('username_taken', { username: 'username_taken' });
      throw error;
    }
    return this.users.view(await this.users.get(id));
  }

  /** Rename, move, reset the password of, disable or enable a staff account. */
  async update(actor: Principal, id: string, input: UpdateStaffInput): Promise<UserView> {
    const user = await this.users.get(id);
    if (user.role === 'resident') throw notFound();
    const patch: Partial<User> = {};
    const changes: string[] = [];
    if (input.fullName !== undefined) {
      patch.fullName = input.fullName;
      changes.push('name');
    }
    if (input.agencyId !== undefined) {
      if (user.role !== 'officer') throw badRequest('scope_required', { agencyId: 'scope_required' });
      if (!input.agencyId) throw badRequest('scope_required', { agencyId: 'scope_required' });
      patch.agencyId = input.agencyId;
      changes.push('agency');
    }
    if (input.facilityId !== undefined) {
      if (user.role !== 'health_staff' || !input.facilityId) {
        throw badRequest('scope_required', { facilityId: 'scope_required' });
      }
      patch.facilityId = input.facilityId;
      changes.push('facility');
    }
    if (input.password !== undefined) {
      patch.passwordHash = await hashPassword(input.password);
      patch.failedLogins = 0;
      patch.lockedUntil = null;
      changes.push('password-reset');
    }
    if (input.disabled !== undefined) {
      patch.disabledAt = input.disabled ? new Date() : null;
      changes.push(input.disabled ? 'disabled' : 'enabled');
    }
    if (!changes.length) return this.users.view(user);
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(User).update({ id }, patch);
      await this.audit.record(
        { actor, action: 'staff.update', subjectType: 'user', subjectId: id, reason: changes.join(',') },
        tx.getRepository(AuditLogEntry),
      );
    });
    // A reset password, a disabled account or a new scope ends the sessions in use.
    if (input.password !== undefined || input.disabled || patch.agencyId || patch.facilityId) {
      await this.sessions.revokeAllOf(id);
    }
    return this.users.view(await this.users.get(id));
  }
}
