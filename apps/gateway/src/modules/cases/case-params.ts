import { z } from 'zod';

/** A tracking code in a URL (checked strictly by the service, which answers 404 for anything unknown). */
export const caseCodeParam = z.string().trim().min(5).max(20);
