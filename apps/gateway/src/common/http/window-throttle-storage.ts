import type { OnApplicationShutdown } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';

type StorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

interface Window {
  /** Start of the current window (ms). */
  start: number;
  /** Hits counted in the current window. */
  count: number;
  /** Hits of the window before it. */
  previous: number;
  /** Refused until then (ms); 0 when not blocked. */
  blockedUntil: number;
}

/**
 * Rate-limit counters of this process, O(1) per request: a sliding window
 * estimated from two fixed ones (the hits of the current window plus the
 * previous window's, weighted by how much of it still overlaps the last ttl).
 * @nestjs/throttler's own in-memory storage keeps one timestamp per hit and
 * filters that array on every request: a tracker with a high limit (a busy
 * Open311 client, an office behind one address) made each request cost in
 * proportion to its hits of the last minute (15 % of the gateway's CPU in the
 * submission benchmark). A hit over the limit is refused for blockDuration.
 */
export class WindowThrottleStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly windows = new Map<string, Window>();
  private readonly sweeper: ReturnType<typeof setInterval>;
  private longestTtl = 0;

  constructor(sweepEveryMs = 60_000) {
    this.sweeper = setInterval(() => this.sweep(Date.now()), sweepEveryMs);
    this.sweeper.unref();
  }

  increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<StorageRecord> {
    return Promise.resolve(this.hit(`${throttlerName}\u0000${key}`, ttl, limit, blockDuration, Date.now()));
  }

  /** The counting itself, synchronous and with the clock given (tests). */
  hit(id: string, ttl: number, limit: number, blockDuration: number, now: number): StorageRecord {
    this.longestTtl = Math.max(this.longestTtl, ttl);
    let w = this.windows.get(id);
    if (!w || (w.blockedUntil && w.blockedUntil <= now)) {
      // New, or a block just ended: counted afresh (as @nestjs/throttler does after a block).
      w = { start: now, count: 0, previous: 0, blockedUntil: 0 };
      this.windows.set(id, w);
    }
    const passed = Math.floor((now - w.start) / ttl);
    if (passed >= 1) {
      w.previous = passed === 1 ? w.count : 0;
      w.count = 0;
      w.start += passed * ttl;
    }
    const timeToExpire = Math.ceil((w.start + ttl - now) / 1000);
    const estimate = w.previous * (1 - (now - w.start) / ttl) + w.count;
    if (w.blockedUntil > now || estimate + 1 > limit) {
      if (w.blockedUntil <= now) w.blockedUntil = now + (blockDuration > 0 ? blockDuration : ttl);
      return {
        totalHits: Math.max(limit + 1, Math.ceil(estimate) + 1),
        timeToExpire,
        isBlocked: true,
        timeToBlockExpire: Math.ceil((w.blockedUntil - now) / 1000),
      };
    }
    w.count++;
    return { totalHits: Math.ceil(estimate + 1), timeToExpire, isBlocked: false, timeToBlockExpire: 0 };
  }

  /** Forgets trackers idle for two windows and no longer blocked. */
  sweep(now: number): void {
    for (const [id, w] of this.windows) {
      if (w.start + 2 * this.longestTtl <= now && w.blockedUntil <= now) this.windows.delete(id);
    }
  }

  get size(): number {
    return this.windows.size;
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }
}
