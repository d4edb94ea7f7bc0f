import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import type { SessionApi } from '@layanan/auth/client';
import '../theme/theme.css';
import { defaultSessionApi } from './api.js';
import type { PortalConfig } from './config.js';
import { PortalProviders } from './PortalProviders.js';
import { portalRoutes } from './routes.js';

/**
 * Starts a portal: the one call of each portal's main.tsx. Renders the
 * router (basename = the portal's path on the gateway) inside the providers.
 */
export function createPortal(
  config: PortalConfig,
  options: { api?: SessionApi; container?: HTMLElement | null } = {},
) {
  const container = options.container ?? document.getElementById('root');
  if (!container) throw new Error('createPortal: no #root element');
  const router = createBrowserRouter(portalRoutes(config), { basename: config.basename });
  const api = options.api ?? defaultSessionApi();
  const root = createRoot(container);
  // A transition lets React yield to the browser every few milliseconds while it
  // builds the first tree (no long task on a slow phone), and keeps the shell
  // painted from index.html on screen until the page's lazy chunk has arrived.
  startTransition(() => {
    root.render(
      <PortalProviders config={config} api={api}>
        <RouterProvider router={router} />
      </PortalProviders>,
    );
  });
  return { router, root };
}
