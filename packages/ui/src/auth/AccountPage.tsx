import { maskNik } from '@layanan/domain';
import { useSession } from '@layanan/auth/client';
import { useT } from '../i18n/LanguageProvider.js';
import { usePageTitle } from '../portal/PortalContext.js';
import { DetailList } from '../shell/DetailList.js';
import { useSignOut } from './navigation.js';
import { roleLabel } from './roles.js';

/** The signed-in user's account (render behind <RequireRole>). Personal numbers are shown masked. */
export function AccountPage() {
  const t = useT();
  const { user } = useSession();
  const signOut = useSignOut();
  usePageTitle(t('account.title'));
  if (!user) return null;
  return (
    <section className="page narrow" aria-labelledby="account-title">
      <h1 id="account-title">{t('account.title')}</h1>
      <DetailList
        items={[
          { term: t('account.name'), value: user.fullName },
          { term: t('account.role'), value: roleLabel(user.role, t.lang) },
          !!user.username && { term: t('account.username'), value: user.username },
          // maskNik is idempotent on a masked value: a safety net should the server ever send it whole.
          (!!user.nikMasked || user.role === 'resident') && {
            term: t('account.nik'),
            value: user.nikMasked ? maskNik(user.nikMasked) : t('account.none'),
            className: 'nik',
          },
          { term: t('account.phone'), value: user.phoneMasked ?? t('account.none') },
          { term: t('account.verified'), value: user.verified ? t('account.yes') : t('account.no') },
        ]}
      />
      <button type="button" className="button button-secondary" onClick={signOut}>
        {t('nav.signOut')}
      </button>
    </section>
  );
}
