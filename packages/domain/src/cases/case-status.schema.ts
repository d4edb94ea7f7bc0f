import { z } from 'zod';
import { caseStatuses } from './case-status.js';

export const caseStatusSchema = z.enum(caseStatuses);
