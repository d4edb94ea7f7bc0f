import { backoffMs } from './backoff';

describe('backoffMs', () => {
  it('waits 30 s after the first failure and doubles after each one', () => {
    expect([1, 2, 3, 4, 5].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
  });
  it('never waits more than an hour', () => {
    expect(backoffMs(7)).toBe(1_920_000);
    expect(backoffMs(8)).toBe(3_600_000);
    expect(backoffMs(40)).toBe(3_600_000);
  });
});
