import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { Role } from '@layanan/domain';
import { useSession } from '@layanan/auth/client';
import { useT } from '../i18n/LanguageProvider.js';
import { usePageTitle } from '../portal/PortalContext.js';
import type { ReturnState } from './navigation.js';
import { roleLabel, roleList } from './roles.js';

/**
 * Route guard. Signed out: a sign-in prompt that returns here afterwards.
 * Signed in with another role: a clear "not allowed" message. Without
 * `roles`, any signed-in user may pass.
 */
export function RequireRole({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { status, user } = useSession();
  if (status === 'loading') return <Loading />;
  if (!user) return <SignInPrompt roles={roles} />;
  if (roles && !roles.includes(user.role)) return <Forbidden role={user.role} roles={roles} />;
  return children;
}

export function Loading() {
  const t = useT();
  return (
    <p role="status" className="page loading">
      {t('app.loading')}
    </p>
  );
}

function SignInPrompt({ roles }: { roles?: readonly Role[] }) {
  const t = useT();
  const location = useLocation();
  usePageTitle(t('guard.signInTitle'));
  const state: ReturnState = { from: `${location.pathname}${location.search}` };
  return (
    <section className="page notice" aria-labelledby="guard-title">
      <h1 id="guard-title">{t('guard.signInTitle')}</h1>
      <p>{t('guard.signInPrompt')}</p>
      {roles ? <p>{t('guard.staffOnly', { roles: roleList(roles, t.lang) })}</p> : null}
      <p>
        <Link className="button" to="/masuk" state={state}>
          {t('nav.signIn')}
        </Link>
      </p>
    </section>
  );
}

function Forbidden({ role, roles }: { role: Role; roles: readonly Role[] }) {
  const t = useT();
  usePageTitle(t('guard.forbiddenTitle'));
  return (
    <section className="page notice notice-error" aria-labelledby="guard-title">
      <h1 id="guard-title">{t('guard.forbiddenTitle')}</h1>
      <p>{t('guard.forbidden', { role: roleLabel(role, t.lang), roles: roleList(roles, t.lang) })}</p>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
