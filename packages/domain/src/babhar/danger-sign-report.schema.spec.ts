import { dangerSignReportSchema } from './danger-sign-report.schema.js';

const issues = (input: unknown) =>
  dangerSignReportSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('danger-sign report', () => {
  it('takes one or more signs of one period', () => {
    expect(issues({ pregnancyId: 'p-1', period: 'pregnancy', signs: ['bleeding'] })).toEqual([]);
    expect(
      issues({
        pregnancyId: 'p-1',
        period: 'postpartum',
        signs: ['low_mood', 'fever_over_two_days'],
        note: 'sejak kemarin',
      }),
    ).toEqual([]);
  });

  it('needs at least one sign, each once', () => {
    expect(issues({ pregnancyId: 'p-1', period: 'pregnancy', signs: [] })).toEqual([
      ['signs', 'danger_sign_required'],
    ]);
    expect(issues({ pregnancyId: 'p-1', period: 'pregnancy', signs: ['bleeding', 'bleeding'] })).toEqual([
      ['signs', 'list_duplicate'],
    ]);
  });

  it('refuses a sign of the other period', () => {
    expect(issues({ pregnancyId: 'p-1', period: 'pregnancy', signs: ['high_fever', 'low_mood'] })).toEqual([
      ['signs.1', 'danger_sign_period'],
    ]);
    expect(issues({ pregnancyId: 'p-1', period: 'postpartum', signs: ['reduced_fetal_movement'] })).toEqual([
      ['signs.0', 'danger_sign_period'],
    ]);
  });

  it('refuses unknown signs and fields', () => {
    expect(
      dangerSignReportSchema.safeParse({ pregnancyId: 'p-1', period: 'pregnancy', signs: ['cough'] }).success,
    ).toBe(false);
    expect(
      dangerSignReportSchema.safeParse({
        pregnancyId: 'p-1',
        period: 'pregnancy',
        signs: ['bleeding'],
        urgent: true,
      }).success,
    ).toBe(false);
  });
});
