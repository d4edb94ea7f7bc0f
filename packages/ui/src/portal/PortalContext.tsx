import { type ReactNode, createContext, useContext, useEffect } from 'react';
import type { Bilingual, Role } from '@layanan/domain';
import type { ServiceKey } from '../theme/services.js';

/** A portal's settings after the theme defaults are applied. */
export interface ResolvedPortal {
  service: ServiceKey;
  title: string;
  colour: string;
  tagline: Bilingual;
  description: Bilingual;
  basename: string;
  staffRoles: readonly Role[];
  restricted: boolean;
  nav: readonly PortalNavItem[];
  /** The service's entry points on the home page (null: "coming soon"). */
  home: ReactNode;
  /** Header content before the language switch (a notification bell), or null. */
  headerSlot: ReactNode;
  /** Rendered once at the top of the main area, or null. */
  background: ReactNode;
}

export interface PortalNavItem {
  /** Path inside the portal, e.g. `/lapor`. */
  to: string;
  label: Bilingual;
  /** Only shown to signed-in users with one of these roles. */
  roles?: readonly Role[];
}

export const PortalContext = createContext<ResolvedPortal | null>(null);

export function usePortal(): ResolvedPortal {
  const portal = useContext(PortalContext);
  if (!portal) throw new Error('usePortal must be used inside a portal (createPortal or PortalProviders)');
  return portal;
}

/** Sets the document title to `<page> · <portal>`. */
export function usePageTitle(page: string | null) {
  const { title } = usePortal();
  useEffect(() => {
    document.title = page ? `${page} · ${title}` : `${title} · Kabupaten Pamekasan`;
  }, [page, title]);
}
