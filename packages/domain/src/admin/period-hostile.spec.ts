import { periodQuerySchema } from './admin.schema.js';

describe('periodQuerySchema with hostile dates', () => {
  it('refuses dates outside the calendar by their field, without throwing', () => {
    for (const from of [
      '2026-02-30',
      '-034485-09-30T14:10:20.193Z',
      '',
      '2026-13-01',
      '0000-01-10',
      '9999-12-31',
    ]) {
      const result = periodQuerySchema.safeParse({ from });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['from']);
    }
    expect(periodQuerySchema.safeParse({ from: '2026-11-01', to: '2026-11-28' }).success).toBe(true);
    const early = periodQuerySchema.safeParse({ to: '0000-01-01' });
    expect(early.error?.issues[0]?.path).toEqual(['to']);
  });
});
