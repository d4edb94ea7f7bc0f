import { z } from 'zod';
import { ksprCategorySchema, ksprItemCodeSchema } from './kspr.js';
import { calendarDateStringSchema, distinctList, entityIdSchema, noteSchema } from './schema-helpers.js';

/**
 * A KSPR assessment as the form sends it: the factors ticked (prefilled by
 * `prefillKspr`, editable). The gateway merges it with the pregnancy's earlier
 * assessments (`mergeKsprAssessment`): the score never goes down.
 */
export const ksprAssessmentSchema = z.strictObject({
  date: calendarDateStringSchema.describe('Date of the assessment'),
  items: distinctList(ksprItemCodeSchema, 'kspr_item_duplicate').describe('Risk factors present'),
  note: noteSchema.optional(),
});
export type KsprAssessmentInput = z.input<typeof ksprAssessmentSchema>;
export type KsprAssessment = z.output<typeof ksprAssessmentSchema>;

export const ksprAssessmentRecordSchema = ksprAssessmentSchema.extend({
  id: entityIdSchema,
  pregnancyId: entityIdSchema,
  /** The items after merging with the history (what the score is computed from). */
  mergedItems: z.array(ksprItemCodeSchema),
  total: z.number().int(),
  category: ksprCategorySchema,
  assessedBy: entityIdSchema,
  createdAt: z.string().describe('ISO-8601 instant'),
});
export type KsprAssessmentRecord = z.infer<typeof ksprAssessmentRecordSchema>;
