import { z } from 'zod';
import { nikSchema } from '../nik/nik.schema.js';
import type { NikRegionLookup } from '../nik/nik.js';
import { roleSchema, staffRoles } from './roles.js';

const coded = (code: string) => ({ message: code, params: { code } });

/** Indonesian mobile numbers, stored as +62… */
export const phoneSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^(\+62|62|0)8[1-9]\d{6,11}$/, coded('phone_format')))
  .transform((v) => `+62${v.replace(/^(\+62|62|0)/, '')}`);

/** At least 8 characters, at most 128, with a letter and a digit. */
export const passwordSchema = z
  .string()
  .min(8, coded('password_policy'))
  .max(128, coded('password_policy'))
  .refine((v) => /[A-Za-z]/.test(v) && /\d/.test(v), coded('password_policy'));

export const usernameSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9._-]{3,32}$/, coded('username_format'));

export const fullNameSchema = z.string().trim().min(2).max(120);

export function registerResidentSchema(regions?: NikRegionLookup) {
  return z.strictObject({
    nik: nikSchema(regions),
    fullName: fullNameSchema,
    phone: phoneSchema,
    password: passwordSchema,
  });
}
export type RegisterResidentInput = z.input<ReturnType<typeof registerResidentSchema>>;

export const loginSchema = z.strictObject({
  /** A resident's NIK or a staff member's username. */
  identifier: z.string().trim().min(3).max(64),
  password: z.string().min(1).max(128),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const refreshSchema = z.strictObject({
  /** Optional when the HttpOnly refresh cookie is sent. */
  refreshToken: z.string().min(20).max(512).optional(),
});

export const createStaffSchema = z
  .strictObject({
    username: usernameSchema,
    fullName: fullNameSchema,
    role: z.enum(staffRoles),
    password: passwordSchema,
    phone: phoneSchema.optional(),
    agencyId: z.string().min(1).max(64).optional(),
    facilityId: z.string().min(1).max(64).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.role === 'officer' && !v.agencyId)
      ctx.addIssue({ code: 'custom', path: ['agencyId'], ...coded('scope_required') });
    if (v.role === 'health_staff' && !v.facilityId)
      ctx.addIssue({ code: 'custom', path: ['facilityId'], ...coded('scope_required') });
  });
export type CreateStaffInput = z.infer<typeof createStaffSchema>;

export const updateMeSchema = z.strictObject({
  fullName: fullNameSchema.optional(),
  phone: phoneSchema.optional(),
});

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(128),
  newPassword: passwordSchema,
});

export const verifyResidentSchema = z.strictObject({
  /** What the staff member saw, e.g. "KTP asli diperiksa di loket". */
  note: z.string().trim().min(3).max(300),
});

export const revealNikSchema = z.strictObject({
  reason: z.string().trim().min(10).max(300),
});

export const lookupResidentSchema = z.strictObject({
  nik: z
    .string()
    .trim()
    .regex(/^\d{16}$/, coded('nik_format')),
});

export const updateStaffSchema = z.strictObject({
  fullName: fullNameSchema.optional(),
  disabled: z.boolean().optional(),
  password: passwordSchema.optional(),
  agencyId: z.string().min(1).max(64).nullable().optional(),
  facilityId: z.string().min(1).max(64).nullable().optional(),
});

/** What the gateway returns for the signed-in user. */
export const userViewSchema = z.object({
  id: z.string(),
  role: roleSchema,
  fullName: z.string(),
  username: z.string().nullable(),
  nikMasked: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  agencyId: z.string().nullable(),
  facilityId: z.string().nullable(),
  verified: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof userViewSchema>;

export const tokenPairSchema = z.object({
  accessToken: z.string(),
  /** Absent in cookie mode (browsers): the refresh token is then only in the HttpOnly cookie. */
  refreshToken: z.string().optional(),
  expiresIn: z.number().int(),
  user: userViewSchema,
});
export type TokenPair = z.infer<typeof tokenPairSchema>;
