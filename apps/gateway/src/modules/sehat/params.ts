import { z } from 'zod';

/** Ids of e-Sehat records are UUIDs. */
export const idParam = z.uuid();
