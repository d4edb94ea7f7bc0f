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

/** Vite config of a portal served by the gateway under `base` (e.g. '/lorong/'). */
export declare function portalViteConfig(base: string, page: PortalPage): UserConfig;
