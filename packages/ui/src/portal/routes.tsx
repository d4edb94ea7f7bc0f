import { Outlet, type RouteObject, useRouteError } from 'react-router';
import { AppShell } from '../shell/AppShell.js';
import { Loading, RequireRole } from '../auth/RequireRole.js';
import { useT } from '../i18n/LanguageProvider.js';
import { errorText } from '../i18n/errors.js';
import type { PortalConfig } from './config.js';
import { NotFound, ServiceHome, StaffHome } from './pages.js';
import { usePortal } from './PortalContext.js';

// The form and account pages (react-hook-form, zod, NIK rules) load only when opened.
const signInRoute: RouteObject = {
  path: 'masuk',
  lazy: async () => ({ Component: (await import('../auth/SignInPage.js')).SignInPage }),
};
const accountRoute: RouteObject = {
  path: 'akun',
  lazy: async () => ({ Component: (await import('../auth/AccountPage.js')).AccountPage }),
};
const registerRoute: RouteObject = {
  path: 'daftar',
  lazy: async () => ({ Component: (await import('../auth/RegisterPage.js')).RegisterPage }),
};

function RouteError() {
  const t = useT();
  const { basename } = usePortal();
  const error = useRouteError();
  return (
    <section className="page notice notice-error" role="alert">
      <h1>{errorText(error, t.lang)}</h1>
      <p>
        {/* A full load: after a deployment the old page's chunks may be gone. */}
        <a href={`${basename}/`}>{t('notFound.back')}</a>
      </p>
    </section>
  );
}

/** The route tree of a portal, relative to its basename. */
export function portalRoutes(config: PortalConfig): RouteObject[] {
  const member: RouteObject[] = [
    { index: true, element: <ServiceHome /> },
    {
      element: (
        <RequireRole>
          <Outlet />
        </RequireRole>
      ),
      children: [accountRoute],
    },
    {
      path: 'staf',
      element: (
        <RequireRole roles={config.staffRoles}>
          <Outlet />
        </RequireRole>
      ),
      children: config.staffRoutes?.some((route) => route.index)
        ? config.staffRoutes
        : [{ index: true, element: <StaffHome /> }, ...(config.staffRoutes ?? [])],
    },
    ...(config.routes ?? []),
    { path: '*', element: <NotFound /> },
  ];
  const children: RouteObject[] = config.restricted
    ? [
        signInRoute,
        {
          element: (
            <RequireRole roles={config.staffRoles}>
              <Outlet />
            </RequireRole>
          ),
          children: member,
        },
      ]
    : [signInRoute, registerRoute, ...member];
  return [
    {
      element: <AppShell />,
      hydrateFallbackElement: <Loading />,
      children: [{ errorElement: <RouteError />, children }],
    },
  ];
}
