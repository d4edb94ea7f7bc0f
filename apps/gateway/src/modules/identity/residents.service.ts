import { Injectable } from '@nestjs/common';
import type { Principal } from '@layanan/auth';
import { type UserView, badRequest, notFound } from '@layanan/domain';
import { AuditService } from './audit.service';
import { UsersService } from './users.service';

/** What staff may do with a resident's account: find it by NIK, mark it verified, reveal the NIK. All audited. */
@Injectable()
export class ResidentsService {
  constructor(
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  async lookup(actor: Principal, nik: string): Promise<UserView> {
    const user = await this.users.findByNik(nik);
    if (!user || user.role !== 'resident') throw notFound();
    await this.audit.record({ actor, action: 'resident.lookup', subjectType: 'user', subjectId: user.id });
    return this.users.view(user);
  }

  async verify(actor: Principal, id: string, note: string): Promise<UserView> {
    const user = await this.users.get(id);
    if (user.role !== 'resident') throw badRequest('not_a_resident', { id: 'not_a_resident' });
    if (!user.verifiedAt) {
      await this.users.users.update({ id }, { verifiedAt: new Date(), verifiedBy: actor.userId });
    }
    await this.audit.record({
      actor,
      action: 'resident.verify',
      subjectType: 'user',
      subjectId: id,
      reason: note,
    });
    return this.users.view(await this.users.get(id));
  }

  async revealNik(actor: Principal, id: string, reason: string): Promise<{ nik: string }> {
    const user = await this.users.get(id);
    const nik = this.users.nikOf(user);
    if (!nik) throw badRequest('not_a_resident', { id: 'not_a_resident' });
    await this.audit.record({
      actor,
      action: 'resident.nik.reveal',
      subjectType: 'user',
      subjectId: id,
      reason,
    });
    return { nik };
  }
}
