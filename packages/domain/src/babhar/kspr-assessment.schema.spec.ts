import { ksprAssessmentRecordSchema, ksprAssessmentSchema } from './kspr-assessment.schema.js';

describe('KSPR assessment', () => {
  it('takes the factors ticked on a date', () => {
    expect(ksprAssessmentSchema.parse({ date: '2025-05-20', items: ['6', '11a'] })).toEqual({
      date: '2025-05-20',
      items: ['6', '11a'],
    });
    expect(ksprAssessmentSchema.parse({ date: '2025-05-20', items: [] }).items).toEqual([]);
  });

  it('refuses a factor twice, an unknown factor and a bad date', () => {
    const issues = (input: unknown) =>
      ksprAssessmentSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues({ date: '2025-05-20', items: ['6', '6'] })).toEqual([['items', 'kspr_item_duplicate']]);
    expect(ksprAssessmentSchema.safeParse({ date: '2025-05-20', items: ['9'] }).success).toBe(false);
    expect(ksprAssessmentSchema.safeParse({ date: '2025-05-20', items: ['21'] }).success).toBe(false);
    expect(issues({ date: '20-05-2025', items: [] })).toEqual([['date', 'date_invalid']]);
  });

  it('describes the stored assessment with the merged items and score', () => {
    const record = {
      date: '2025-05-20',
      items: [],
      id: 'k-2',
      pregnancyId: 'p-1',
      mergedItems: ['17'],
      total: 10,
      category: 'KRT',
      assessedBy: 'u-1',
      createdAt: '2025-05-20T03:00:00.000Z',
    };
    expect(ksprAssessmentRecordSchema.parse(record)).toEqual(record);
  });
});
