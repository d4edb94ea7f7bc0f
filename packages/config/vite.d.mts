import type { UserConfig } from 'vite';

/** What a portal's HTML head says before the app runs. */
export interface PortalPage {
  /** The service name, e.g. 'e-Lorong'. */
  title: string;
  /** Brand colour for the browser's theme colour and the favicon. */
  colour: string;
  /** Meta description (Bahasa Indonesia). */
  description: string;
}

/** Sign-in, registration and account pages: path under the portal → module from the repository root. */
export declare const accountPages: Record<string, string>;
/** The case pages of caseFeatures (report, public list, my reports). */
export declare const casePages: Record<string, string>;

/**
 * Vite config of a portal served by the gateway under `base` (e.g. '/lorong/').
 * `pages` (default `accountPages`): the lazily loaded pages a visitor may land
 * on; the build writes `<path>.html` with modulepreload links to their chunks.
 */
export declare function portalViteConfig(
  base: string,
  page: PortalPage,
  pages?: Record<string, string>,
): UserConfig;
