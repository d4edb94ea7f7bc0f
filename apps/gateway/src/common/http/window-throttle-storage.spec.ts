import { WindowThrottleStorage } from './window-throttle-storage';

describe('WindowThrottleStorage', () => {
  const minute = 60_000;
  let storage: WindowThrottleStorage;
  beforeEach(() => (storage = new WindowThrottleStorage()));
  afterEach(() => storage.onApplicationShutdown());

  it('allows the limit within a minute, refuses the next hit and blocks it for the block duration', () => {
    const t0 = 1_000_000;
    for (let i = 1; i <= 3; i++) {
      expect(storage.hit('a', minute, 3, minute, t0 + i)).toMatchObject({ totalHits: i, isBlocked: false });
    }
    const refused = storage.hit('a', minute, 3, minute, t0 + 10);
    expect(refused).toMatchObject({ isBlocked: true, timeToBlockExpire: 60 });
    expect(refused.totalHits).toBeGreaterThan(3);
    // Still blocked half a minute later, free after the block.
    expect(storage.hit('a', minute, 3, minute, t0 + 30_000).isBlocked).toBe(true);
    expect(storage.hit('a', minute, 3, minute, t0 + 10 + minute + 1).isBlocked).toBe(false);
  });

  it('counts each tracker on its own', () => {
    expect(storage.hit('a', minute, 1, minute, 0).isBlocked).toBe(false);
    expect(storage.hit('b', minute, 1, minute, 1).isBlocked).toBe(false);
    expect(storage.hit('a', minute, 1, minute, 2).isBlocked).toBe(true);
  });

  it('slides: the previous minute still weighs on the start of the next one', () => {
    for (let i = 0; i < 10; i++) storage.hit('a', minute, 10, 0, i);
    // 6 s into the next window, 90 % of the 10 earlier hits still count: one more fits, not two.
    expect(storage.hit('a', minute, 10, 0, minute + 6_000).isBlocked).toBe(false);
    expect(storage.hit('a', minute, 10, 0, minute + 6_001).isBlocked).toBe(true);
    // Two windows later nothing of them is left.
    expect(storage.hit('a', minute, 10, 0, 3 * minute + 1).totalHits).toBe(1);
  });

  it('costs the same at any rate: a high limit keeps one counter, not one entry per hit', () => {
    for (let i = 0; i < 100_000; i++) storage.hit('busy', minute, 1e8, minute, 1_000 + (i % 50_000));
    expect(storage.size).toBe(1);
    expect(storage.hit('busy', minute, 1e8, minute, 50_000).totalHits).toBe(100_001);
  });

  it('forgets idle trackers', () => {
    storage.hit('a', minute, 5, minute, 0);
    storage.hit('b', minute, 5, minute, 2 * minute);
    storage.sweep(2 * minute + 1);
    expect(storage.size).toBe(1);
  });
});
