import { type CSSProperties, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '@layanan/auth/client';
import { useT } from '../i18n/LanguageProvider.js';
import { useSignOut } from '../auth/navigation.js';
import { usePortal } from '../portal/PortalContext.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { NotificationBell } from '../notifications/NotificationBell.js';

/**
 * Moves the focus to <main> when the page changes (not on the first load), so
 * that keyboard and screen-reader users start at the new content.
 */
function useMainFocusOnNavigation() {
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const { pathname } = useLocation();
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);
  return main;
}

/** Header (service name and colour, navigation, language, account), main landmark and footer. */
export function AppShell() {
  const t = useT();
  const portal = usePortal();
  const session = useSession();
  const signOut = useSignOut();
  const user = session.user;
  const brand = { '--brand': portal.colour } as CSSProperties;
  const main = useMainFocusOnNavigation();

  return (
    <div className="shell" style={brand} data-service={portal.service}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell-header">
        <div className="shell-bar">
          <Link to="/" className="shell-brand">
            <span className="shell-brand-name">{portal.title}</span>
            <span className="shell-brand-sub">{t('app.regency')}</span>
          </Link>
          <div className="shell-tools">
            <NotificationBell />
            {portal.headerSlot}
            <LanguageSwitch />
          </div>
        </div>
        <nav className="shell-nav" aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            {portal.nav
              .filter((item) => !item.roles || (user && item.roles.includes(user.role)))
              .map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to}>{t.pick(item.label)}</NavLink>
                </li>
              ))}
            {user && session.hasRole(...portal.staffRoles) ? (
              <li>
                <NavLink to="/staf">{t('nav.staff')}</NavLink>
              </li>
            ) : null}
            {session.status === 'signed-in' ? (
              <>
                <li>
                  <NavLink to="/akun">{t('nav.account')}</NavLink>
                </li>
                <li>
                  <button type="button" className="link-button" onClick={signOut}>
                    {t('nav.signOut')}
                  </button>
                </li>
              </>
            ) : null}
            {session.status === 'signed-out' ? (
              <>
                <li>
                  <NavLink to="/masuk">{t('nav.signIn')}</NavLink>
                </li>
                {portal.restricted ? null : (
                  <li>
                    <NavLink to="/daftar">{t('nav.register')}</NavLink>
                  </li>
                )}
              </>
            ) : null}
          </ul>
        </nav>
      </header>
      <main id="main" className="shell-main" tabIndex={-1} ref={main}>
        {portal.background}
        <Outlet />
      </main>
      <footer className="shell-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}
