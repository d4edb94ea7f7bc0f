import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from 'react-router';
import { type LoginInput, loginSchema } from '@layanan/domain';
import { useT } from '../i18n/LanguageProvider.js';
import { errorText, fieldErrorText } from '../i18n/errors.js';
import { FormAlert, TextField } from '../form/TextField.js';
import { usePageTitle, usePortal } from '../portal/PortalContext.js';
import { useSessionAction } from './navigation.js';

const resolver = zodResolver(loginSchema);

/** Sign in with a NIK (residents) or a username (staff) and a password. */
export function SignInPage() {
  const t = useT();
  const { restricted } = usePortal();
  const { failure, run } = useSessionAction();
  usePageTitle(t('signIn.title'));
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({ resolver, defaultValues: { identifier: '', password: '' } });

  const onSubmit = handleSubmit((values) => run((session) => session.signIn(values)));

  return (
    <section className="page narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormAlert>{failure ? errorText(failure, t.lang) : null}</FormAlert>
        <TextField
          label={t('signIn.identifier')}
          hint={t('signIn.identifierHint')}
          error={fieldErrorText(errors.identifier?.message, t.lang, 'form.invalidIdentifier')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          {...register('identifier')}
        />
        <TextField
          label={t('signIn.password')}
          type="password"
          error={fieldErrorText(errors.password?.message, t.lang, 'form.required')}
          autoComplete="current-password"
          {...register('password')}
        />
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? t('form.sending') : t('signIn.submit')}
        </button>
      </form>
      {restricted ? null : (
        <p>
          {t('signIn.noAccount')} <Link to="/daftar">{t('signIn.registerLink')}</Link>
        </p>
      )}
    </section>
  );
}
