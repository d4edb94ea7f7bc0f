import { UseGuards, applyDecorators } from '@nestjs/common';
import { SkipThrottle, ThrottlerGuard, type ThrottlerOptions } from '@nestjs/throttler';
import { SharedThrottleStorage } from './shared-throttle-storage';
import { WindowThrottleStorage } from './window-throttle-storage';
import type { ResolvedConfig } from '../../config/config.module';

const AUTH = 'auth';
const SUBMISSION = 'submission';

/** The rate limits and where their counters live (Redis shared by the replicas, or this process). */
export function throttlerOptions(config: ResolvedConfig): {
  throttlers: ThrottlerOptions[];
  storage: SharedThrottleStorage | WindowThrottleStorage;
} {
  return {
    throttlers: throttlers(config),
    storage: config.redis
      ? new SharedThrottleStorage(config.redis.url, config.redis.keyPrefix)
      : new WindowThrottleStorage(),
  };
}

/** The two rate limits of the gateway, per minute. */
function throttlers(config: ResolvedConfig): ThrottlerOptions[] {
  return [
    // Per client address: sign-in, registration and refresh (guessing passwords, creating accounts).
    { name: AUTH, ttl: 60_000, limit: config.login.rateLimitPerMinute },
    // Per account (per address when anonymous): new cases, photos, bookings…
    {
      name: SUBMISSION,
      ttl: 60_000,
      limit: config.submissionRateLimitPerMinute,
      getTracker: (req: Record<string, unknown>) =>
        (req.principal as { userId?: string } | null | undefined)?.userId ?? String(req.ip),
    },
  ];
}

/** Rate-limits a controller or route as a sign-in route. */
export const AuthThrottle = () =>
  applyDecorators(UseGuards(ThrottlerGuard), SkipThrottle({ [SUBMISSION]: true }));

/** Rate-limits a route that creates something on a resident's behalf. */
export const SubmissionThrottle = () =>
  applyDecorators(UseGuards(ThrottlerGuard), SkipThrottle({ [AUTH]: true }));
