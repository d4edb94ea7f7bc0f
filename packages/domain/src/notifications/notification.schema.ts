import { z } from 'zod';
import { languageSchema } from '../common/language.js';

/** What a notification is about (DOMAIN §8); the portals choose an icon and wording by it. */
export const notificationKinds = [
  'case.received',
  'case.assigned',
  'case.updated',
  'case.escalated',
  'anc.due',
  'danger_sign.alert',
  'booking.called',
] as const;
export const notificationKindSchema = z.enum(notificationKinds);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

/** External channels. The in-app inbox is always written; these are on top of it. */
export const notificationChannels = ['email', 'whatsapp', 'sms'] as const;
export const notificationChannelSchema = z.enum(notificationChannels);
export type NotificationChannelName = z.infer<typeof notificationChannelSchema>;

const bilingualText = (max: number) =>
  z.strictObject({ id: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });

/**
 * A path inside the portals, e.g. `/lorong/kasus/LRG-7K2Q-9M4X`. Never an
 * absolute or protocol-relative URL (`//host`), so a link cannot lead away.
 */
export const portalLinkSchema = z
  .string()
  .max(300)
  .regex(/^\/(?!\/)[\w./?=&%#~+-]*$/, 'must be a path inside the portals, starting with a single /');

/** What a module asks NotificationsService.notify to tell its users. */
export const notifyInputSchema = z.strictObject({
  userIds: z.array(z.string().min(1).max(36)).max(1000),
  kind: notificationKindSchema,
  title: bilingualText(200),
  body: bilingualText(2000),
  link: portalLinkSchema.nullable().optional(),
  /** External channels; default from NOTIFY_CHANNELS. `[]` means in-app only. */
  channels: z.array(notificationChannelSchema).optional(),
});
export type NotifyInput = z.input<typeof notifyInputSchema>;

export const notificationListQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;

export const notificationIdSchema = z.uuid();

/** One inbox entry: `title` and `body` in the request's language, plus both raw texts. */
export const notificationViewSchema = z.object({
  id: z.string(),
  kind: notificationKindSchema,
  lang: languageSchema,
  title: z.string(),
  body: z.string(),
  titleId: z.string(),
  titleEn: z.string(),
  bodyId: z.string(),
  bodyEn: z.string(),
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type NotificationView = z.infer<typeof notificationViewSchema>;

/** The signed-in user's inbox, newest first. */
export const notificationPageSchema = z.object({
  items: z.array(notificationViewSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  unreadCount: z.number().int(),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const readAllResultSchema = z.object({
  /** How many notifications were marked read by this call. */
  updated: z.number().int(),
  unreadCount: z.number().int(),
});
export type ReadAllResult = z.infer<typeof readAllResultSchema>;
