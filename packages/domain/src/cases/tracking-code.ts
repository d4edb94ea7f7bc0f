import { z } from 'zod';

/** Service prefixes of tracking codes. */
export const servicePrefixes = { lorong: 'LRG', madul: 'MDL', sehat: 'SHT' } as const;
export type CaseService = keyof typeof servicePrefixes;
export const caseServiceSchema = z.enum(['lorong', 'madul', 'sehat']);

/** Crockford base32: no I, L, O, U, so codes read aloud and typed by hand survive. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * `LRG-7K2Q-9M4X`: the prefix plus 8 random base32 characters (40 bits),
 * human-friendly and not guessable or sequential. `randomBytes` is injected
 * (node:crypto in the gateway) so the domain stays free of I/O.
 */
export function generateTrackingCode(service: CaseService, randomBytes: (n: number) => Uint8Array): string {
  const bytes = randomBytes(8);
  const chars = Array.from(bytes, (b) => ALPHABET[b & 31]).join('');
  return `${servicePrefixes[service]}-${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
}

export const trackingCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(LRG|MDL|SHT)-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
