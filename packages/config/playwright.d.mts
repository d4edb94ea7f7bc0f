import type { PlaywrightTestConfig } from '@playwright/test';

/** Playwright config of a portal's journeys against the built gateway (360 px, Debian Chromium). */
export declare function portalPlaywrightConfig(options: {
  portal: string;
  defaultPort: number;
}): PlaywrightTestConfig;
