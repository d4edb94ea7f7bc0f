import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { Redis } from 'ioredis';
import { WindowThrottleStorage } from './window-throttle-storage';

type StorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Rate-limit counters shared by every replica through Redis (REDIS_URL), so that N replicas allow
 * the limit once, not N times. When Redis cannot be reached the limits keep working per replica
 * (counted in memory) instead of failing the request; a warning says so, once a minute at most.
 */
export class SharedThrottleStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimits');
  private readonly redis: Redis;
  private readonly shared: ThrottlerStorageRedisService;
  private readonly local = new WindowThrottleStorage();
  private lastWarning = 0;

  constructor(url: string, keyPrefix: string) {
    this.redis = new Redis(url, {
      keyPrefix,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 2_000,
      lazyConnect: false,
    });
    this.redis.on('error', () => undefined); // reported by increment() when it matters
    this.shared = new ThrottlerStorageRedisService(this.redis);
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    name: string,
  ): Promise<StorageRecord> {
    try {
      return await this.shared.increment(key, ttl, limit, blockDuration, name);
    } catch (error) {
      if (Date.now() - this.lastWarning > 60_000) {
        this.lastWarning = Date.now();
        this.logger.warn(
          { err: error },
          'Redis unreachable: rate limits counted per replica until it is back',
        );
      }
      return this.local.increment(key, ttl, limit, blockDuration, name);
    }
  }

  onApplicationShutdown() {
    this.local.onApplicationShutdown();
    this.redis.disconnect();
  }
}
