import { Link } from 'react-router';
import type { UserView } from '@layanan/domain';
import { useSession } from '@layanan/auth/client';
import { type Translator, useT } from '../i18n/LanguageProvider.js';
import { roleLabel } from '../auth/roles.js';
import { DetailList } from '../shell/DetailList.js';
import { usePageTitle, usePortal } from './PortalContext.js';

/** The service's home. Later issues put the service's own entry points here. */
export function ServiceHome() {
  const t = useT();
  const portal = usePortal();
  const { user } = useSession();
  usePageTitle(null);
  return (
    <section className="page" aria-labelledby="home-title">
      <p className="eyebrow">{t.pick(portal.tagline)}</p>
      <h1 id="home-title">{portal.title}</h1>
      {user ? <p className="greeting">{t('home.greeting', { name: user.fullName })}</p> : null}
      <p>{t.pick(portal.description)}</p>
      {portal.home ?? <p className="muted">{t('home.soon')}</p>}
    </section>
  );
}

function scopeText(user: UserView, t: Translator): string {
  if (user.role === 'regency_admin') return t('staff.scopeRegency');
  if (user.agencyId) return t('staff.scopeAgency', { id: user.agencyId });
  if (user.facilityId) return t('staff.scopeFacility', { id: user.facilityId });
  return t('staff.scopeNone');
}

/** Landing page of the staff area (render behind <RequireRole>). */
export function StaffHome() {
  const t = useT();
  const { user } = useSession();
  usePageTitle(t('staff.title'));
  if (!user) return null;
  return (
    <section className="page" aria-labelledby="staff-title">
      <h1 id="staff-title">{t('staff.title')}</h1>
      <p>{t('staff.intro')}</p>
      <DetailList
        items={[
          { term: t('account.name'), value: user.fullName },
          { term: t('account.role'), value: roleLabel(user.role, t.lang) },
          { term: t('staff.scope'), value: scopeText(user, t) },
        ]}
      />
    </section>
  );
}

export function NotFound() {
  const t = useT();
  usePageTitle(t('notFound.title'));
  return (
    <section className="page notice" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
