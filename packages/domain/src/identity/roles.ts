import { z } from 'zod';

/**
 * The four roles of the suite (DOMAIN §1). Officers are scoped to an agency
 * (OPD), health staff to a puskesmas; the regency admin sees everything.
 */
export const roles = ['resident', 'officer', 'health_staff', 'regency_admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;
export const staffRoles = ['officer', 'health_staff', 'regency_admin'] as const satisfies readonly Role[];
export type StaffRole = (typeof staffRoles)[number];

export function isStaffRole(role: Role): role is StaffRole {
  return (staffRoles as readonly Role[]).includes(role);
}

export const roleLabels: Record<Role, { id: string; en: string }> = {
  resident: { id: 'Warga', en: 'Resident' },
  officer: { id: 'Petugas OPD', en: 'Agency officer' },
  health_staff: { id: 'Tenaga kesehatan', en: 'Health staff' },
  regency_admin: { id: 'Admin kabupaten', en: 'Regency admin' },
};
