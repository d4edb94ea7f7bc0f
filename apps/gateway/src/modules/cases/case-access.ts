import type { Principal } from '@layanan/auth';
import { notFound } from '@layanan/domain';
import type { Case } from './entities/case.entity';

/** Staff who work a case: the officers of its agency, and the regency admin. */
export function isCaseStaff(principal: Principal | null, c: Pick<Case, 'agencyId'>): boolean {
  if (!principal) return false;
  return (
    principal.role === 'regency_admin' || (principal.role === 'officer' && principal.agencyId === c.agencyId)
  );
}

/** Refuses (as 404, revealing nothing) anyone who does not work the case. */
export function assertCaseStaff(principal: Principal, c: Pick<Case, 'agencyId'>) {
  if (!isCaseStaff(principal, c)) throw notFound();
}
