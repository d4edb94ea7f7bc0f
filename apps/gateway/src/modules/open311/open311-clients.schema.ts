import { z } from 'zod';

/** An Open311 client as the regency admin sees it (never its key, nor the key's hash). */
export const open311ClientViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type Open311ClientView = z.infer<typeof open311ClientViewSchema>;

/** The answer to creating a client: the only time its API key is shown. */
export const createdOpen311ClientSchema = open311ClientViewSchema.extend({
  apiKey: z.string().describe('Shown once: store it now; only its SHA-256 is kept'),
});

export const createOpen311ClientSchema = z.strictObject({
  /** Who the key is for, e.g. the app or the partner system. */
  name: z.string().trim().min(2).max(80),
});
export type CreateOpen311Client = z.infer<typeof createOpen311ClientSchema>;
