import { type ReactNode, useMemo, useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Lang } from '@layanan/domain';
import { type SessionApi, SessionProvider } from '@layanan/auth/client';
import { LanguageProvider } from '../i18n/LanguageProvider.js';
import { type PortalConfig, resolvePortal } from './config.js';
import { PortalContext } from './PortalContext.js';
import type { CasesApi } from '../cases/api.js';
import { CasesApiContext } from '../cases/context.js';
import type { NotificationsApi } from '../notifications/api.js';
import { NotificationsApiContext } from '../notifications/context.js';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: 1, staleTime: 30_000, refetchOnWindowFocus: false } },
  });
}

/** Everything a portal's pages need around the router: portal settings, language, queries and the session. */
export function PortalProviders({
  config,
  api,
  lang,
  cases = null,
  notifications = null,
  children,
}: {
  config: PortalConfig;
  /** Must keep its identity between renders (the session refreshes when it changes). */
  api: SessionApi;
  /** Forces the language (tests); otherwise the stored choice or Bahasa Indonesia. */
  lang?: Lang;
  /** The case calls (tests pass a fake; the pages otherwise build the gateway client on first use). */
  cases?: CasesApi | null;
  /** The inbox calls (tests pass a fake; otherwise the gateway client). */
  notifications?: NotificationsApi | null;
  children: ReactNode;
}) {
  const portal = useMemo(() => resolvePortal(config), [config]);
  const [queryClient] = useState(createQueryClient);
  return (
    <PortalContext.Provider value={portal}>
      <LanguageProvider initial={lang}>
        <QueryClientProvider client={queryClient}>
          <SessionProvider api={api}>
            <CasesApiContext.Provider value={cases}>
              <NotificationsApiContext.Provider value={notifications}>
                {children}
              </NotificationsApiContext.Provider>
            </CasesApiContext.Provider>
          </SessionProvider>
        </QueryClientProvider>
      </LanguageProvider>
    </PortalContext.Provider>
  );
}
