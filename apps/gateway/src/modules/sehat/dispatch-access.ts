import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Principal } from '@layanan/auth';
import { AppError } from '@layanan/domain';
import { Facility } from './entities/facility.entity';

/**
 * Who dispatches Pamekasan Call Care: the regency admin, and health staff of a
 * facility flagged as the dispatch centre (`Facility.dispatchCentre`). The
 * route needs `transport:dispatch`; this narrows health staff to that centre.
 */
@Injectable()
export class DispatchAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async isDispatcher(user: Principal): Promise<boolean> {
    if (user.role === 'regency_admin') return true;
    if (user.role !== 'health_staff' || !user.facilityId) return false;
    return this.dataSource.getRepository(Facility).existsBy({ id: user.facilityId, dispatchCentre: true });
  }

  /**
   * Health staff outside the dispatch centre hold the permission through their role but have no
   * dispatch desk in their scope: 404 with the `not_dispatcher` explanation (403 is reserved for
   * callers whose role lacks the route's permission, as for every route of the suite).
   */
  async check(user: Principal): Promise<void> {
    if (!(await this.isDispatcher(user))) throw new AppError('not_dispatcher', 404);
  }
}
