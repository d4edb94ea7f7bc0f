import type { ComponentProps } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from 'react-router';
import type { z } from 'zod';
import { type RegisterResidentInput, registerResidentSchema } from '@layanan/domain';
import { useT } from '../i18n/LanguageProvider.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { codeText, errorText, fieldErrorText, serverFieldErrors } from '../i18n/errors.js';
import { FormAlert, TextField } from '../form/TextField.js';
import { usePageTitle } from '../portal/PortalContext.js';
import { useSessionAction } from './navigation.js';

// Without a region lookup: shape, birth date and serial are checked here; the gateway checks the region.
const schema = registerResidentSchema();
const resolver = zodResolver(schema);
type FieldName = keyof RegisterResidentInput;

interface Field {
  name: FieldName;
  label: MessageKey;
  hint?: MessageKey;
  /** Shown for a zod issue that carries no message code of the suite. */
  fallback?: MessageKey;
  input: ComponentProps<'input'>;
}

const fields: readonly Field[] = [
  {
    name: 'nik',
    label: 'register.nik',
    hint: 'register.nikHint',
    input: { inputMode: 'numeric', autoComplete: 'off', maxLength: 16 },
  },
  {
    name: 'fullName',
    label: 'register.fullName',
    fallback: 'form.invalidFullName',
    input: { autoComplete: 'name' },
  },
  {
    name: 'phone',
    label: 'register.phone',
    hint: 'register.phoneHint',
    input: { type: 'tel', inputMode: 'tel', autoComplete: 'tel' },
  },
  {
    name: 'password',
    label: 'register.password',
    hint: 'register.passwordHint',
    input: { type: 'password', autoComplete: 'new-password' },
  },
];
const isFieldName = (name: string): name is FieldName => fields.some((field) => field.name === name);

/** Residents create an account with their NIK, name, phone and a password. */
export function RegisterPage() {
  const t = useT();
  const { failure, run } = useSessionAction();
  usePageTitle(t('register.title'));
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RegisterResidentInput, unknown, z.output<typeof schema>>({
    resolver,
    defaultValues: { nik: '', fullName: '', phone: '', password: '' },
  });

  const onSubmit = handleSubmit((values) =>
    run(
      (session) => session.register(values),
      (error) => {
        for (const [name, code] of Object.entries(serverFieldErrors(error))) {
          if (isFieldName(name)) setError(name, { type: 'server', message: code }, { shouldFocus: true });
        }
      },
    ),
  );

  const message = ({ name, fallback }: Field) => {
    const error = errors[name];
    // The server's field errors are message codes or ready text; the schema's are codes or zod's English.
    if (error?.type === 'server' && error.message) return codeText(error.message, t.lang);
    return fieldErrorText(error?.message, t.lang, fallback);
  };

  return (
    <section className="page narrow" aria-labelledby="register-title">
      <h1 id="register-title">{t('register.title')}</h1>
      <p>{t('register.intro')}</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormAlert>{failure ? errorText(failure, t.lang) : null}</FormAlert>
        {fields.map((field) => (
          <TextField
            key={field.name}
            label={t(field.label)}
            hint={field.hint ? t(field.hint) : undefined}
            error={message(field)}
            {...field.input}
            {...register(field.name)}
          />
        ))}
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? t('form.sending') : t('register.submit')}
        </button>
      </form>
      <p>
        {t('register.haveAccount')} <Link to="/masuk">{t('register.signInLink')}</Link>
      </p>
    </section>
  );
}
