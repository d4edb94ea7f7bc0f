import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Role } from '@layanan/domain';
import { type ServiceKey, services } from '../theme/services.js';
import type { PortalNavItem, ResolvedPortal } from './PortalContext.js';

/** What each portal's main.tsx passes to createPortal. */
export interface PortalConfig {
  service: ServiceKey;
  /** The path the gateway serves the portal under, e.g. `/lorong` (Vite's `base` without the final slash). */
  basename: string;
  /** Roles admitted to the staff area (`/staf`). */
  staffRoles: readonly Role[];
  /** Header title; defaults to the service's name. */
  title?: string;
  /** Brand colour; defaults to the service's colour. */
  colour?: string;
  /** When true every page except sign-in requires one of `staffRoles`, and there is no registration (admin). */
  restricted?: boolean;
  /** Extra pages of the service, children of the shell (paths relative to the portal). */
  routes?: RouteObject[];
  /** Extra navigation links. */
  nav?: PortalNavItem[];
  /** Pages of the staff area, children of `/staf` behind the staff guard; an index route replaces the default staff page. */
  staffRoutes?: RouteObject[];
  /** The service's entry points on the home page, under its description. */
  home?: ReactNode;
  /** Shown in the header bar before the language switch (room for a notification bell). */
  headerSlot?: ReactNode;
  /** Rendered once at the top of every page (e.g. the sender of reports kept offline and its status line). */
  background?: ReactNode;
}

export function resolvePortal(config: PortalConfig): ResolvedPortal {
  const theme = services[config.service];
  return {
    service: config.service,
    title: config.title ?? theme.name,
    colour: config.colour ?? theme.colour,
    tagline: theme.tagline,
    description: theme.description,
    basename: config.basename,
    staffRoles: config.staffRoles,
    restricted: config.restricted ?? false,
    nav: config.nav ?? [],
    home: config.home ?? null,
    headerSlot: config.headerSlot ?? null,
    background: config.background ?? null,
  };
}
