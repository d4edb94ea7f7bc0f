import { z } from 'zod';
import { type NikRegionLookup, parseNik } from './nik.js';

/**
 * A zod schema for a NIK. Issues carry `params.code` (a message code) so that
 * both languages name the exact rule broken. With a region lookup the district
 * must exist (the gateway passes the idn-area-data index); without one only the
 * shape, birth date and serial are checked (the portals, before sending).
 */
export function nikSchema(regions?: NikRegionLookup) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const result = parseNik(value, regions);
      if (!result.ok) {
        ctx.addIssue({ code: 'custom', message: result.error, params: { code: result.error } });
      }
    });
}
