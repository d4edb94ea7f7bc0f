import type { Role } from '@layanan/domain';

/**
 * Permissions of the suite. A route declares the permission it needs (or that
 * it is public); roles grant permissions; scope (own records, own agency, own
 * puskesmas) is checked by the service that owns the data.
 */
export const Permission = {
  /** Read and edit one's own account. Every signed-in role. */
  AccountSelf: 'account:self',
  /** Create, list, update and disable staff accounts. */
  StaffManage: 'staff:manage',
  /** Mark a resident's account verified after seeing the KTP (audited). */
  ResidentVerify: 'resident:verify',
  /** Read the audit log. */
  AuditRead: 'audit:read',
  /** Regency-wide settings, agencies, categories, facilities. */
  RegencyManage: 'regency:manage',
  /** Submit and follow one's own cases (e-Lorong, e-Madul, e-Sehat complaints). */
  CaseSubmit: 'case:submit',
  /** Work the cases of one's own agency. */
  CaseWork: 'case:work',
  /** Track pregnant mothers of one's own puskesmas. */
  MaternalCare: 'maternal:care',
  /** Follow one's own pregnancy (e-Babhar): claim, self-register, report a danger sign. */
  MaternalSelf: 'maternal:self',
  /** Run the puskesmas queue and answer consultations of one's own facility. */
  HealthServiceWork: 'health-service:work',
  /** Book puskesmas visits, request health transport and ask consultations for oneself (e-Sehat). */
  HealthServiceUse: 'health-service:use',
  /**
   * Dispatch health transport (Pamekasan Call Care) and manage its vehicles. Granted to health
   * staff and the regency admin; the service further limits health staff to those of a facility
   * flagged as the Call Care dispatch centre.
   */
  TransportDispatch: 'transport:dispatch',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  resident: [
    Permission.AccountSelf,
    Permission.CaseSubmit,
    Permission.MaternalSelf,
    Permission.HealthServiceUse,
  ],
  officer: [Permission.AccountSelf, Permission.CaseWork, Permission.ResidentVerify],
  health_staff: [
    Permission.AccountSelf,
    Permission.MaternalCare,
    Permission.HealthServiceWork,
    Permission.TransportDispatch,
    Permission.ResidentVerify,
  ],
  regency_admin: [
    Permission.AccountSelf,
    Permission.StaffManage,
    Permission.ResidentVerify,
    Permission.AuditRead,
    Permission.RegencyManage,
    Permission.CaseWork,
    Permission.MaternalCare,
    Permission.HealthServiceWork,
    Permission.TransportDispatch,
  ],
};

/** Who is calling: what the access token says. */
export interface Principal {
  userId: string;
  role: Role;
  /** Agency (OPD) of an officer. */
  agencyId: string | null;
  /** Puskesmas of health staff. */
  facilityId: string | null;
  /** The refresh-token family (session) this access token belongs to. */
  sessionId: string;
}

export function can(principal: Pick<Principal, 'role'> | null | undefined, permission: Permission): boolean {
  return !!principal && rolePermissions[principal.role].includes(permission);
}

export function canAny(
  principal: Pick<Principal, 'role'> | null | undefined,
  permissions: readonly Permission[],
) {
  return permissions.some((p) => can(principal, p));
}
