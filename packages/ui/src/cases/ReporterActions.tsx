import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { type CaseDetail, type ReporterAction, reporterActionSchema } from '@layanan/domain';
import { useT } from '../i18n/LanguageProvider.js';
import { errorText } from '../i18n/errors.js';
import { FormAlert } from '../form/TextField.js';
import { TextAreaField } from '../form/fields.js';
import { useCaseMutation } from './hooks.js';
import { errorMessage } from './messages.js';
import { schemaResolver } from './schema-resolver.js';

function useReporterAction(code: string) {
  return useCaseMutation((api, action: ReporterAction) => api.reporterAction(code, action));
}

function Confirm({ code }: { code: string }) {
  const t = useT();
  const action = useReporterAction(code);
  return (
    <section className="notice reporter-action" aria-labelledby="confirm-title">
      <h2 id="confirm-title">{t('case.reporter.confirmTitle')}</h2>
      <p>{t('case.reporter.confirmText')}</p>
      <FormAlert>{action.isError ? errorText(action.error, t.lang) : null}</FormAlert>
      <button
        type="button"
        className="button"
        disabled={action.isPending}
        onClick={() => action.mutate({ action: 'confirm' })}
      >
        {t('case.reporter.confirm')}
      </button>
    </section>
  );
}

const reopenResolver = schemaResolver(reporterActionSchema, (v: { reason: string }) => ({
  action: 'reopen',
  reason: v.reason,
}));

function Reopen({ code }: { code: string }) {
  const t = useT();
  const action = useReporterAction(code);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<{ reason: string }, unknown, ReporterAction>({
    resolver: reopenResolver,
    defaultValues: { reason: '' },
  });
  return (
    <section className="notice reporter-action" aria-labelledby="reopen-title">
      <h2 id="reopen-title">{t('case.reporter.reopenTitle')}</h2>
      <p>{t('case.reporter.reopenText')}</p>
      <form className="form" noValidate onSubmit={handleSubmit((body) => action.mutate(body))}>
        <FormAlert>{action.isError ? errorText(action.error, t.lang) : null}</FormAlert>
        <TextAreaField
          label={t('case.reporter.reason')}
          requiredText={t('case.form.required')}
          error={errorMessage(errors.reason, t, 'case.error.reason')}
          maxLength={1000}
          rows={3}
          {...register('reason')}
        />
        <button type="submit" className="button button-secondary" disabled={action.isPending}>
          {t('case.reporter.reopen')}
        </button>
      </form>
    </section>
  );
}

interface RateValues {
  rating: string;
  comment: string;
}

const rateResolver = schemaResolver(reporterActionSchema, (v: RateValues) => ({
  action: 'rate',
  rating: Number(v.rating),
  ...(v.comment.trim() ? { comment: v.comment } : {}),
}));

/** 1–5 stars: radio buttons named "1 bintang" … "5 bintang", drawn as stars. */
function Rate({ code }: { code: string }) {
  const t = useT();
  const id = useId();
  const action = useReporterAction(code);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm<RateValues, unknown, ReporterAction>({
    resolver: rateResolver,
    defaultValues: { rating: '', comment: '' },
  });
  const chosen = Number(useWatch({ control, name: 'rating' })) || 0;
  const ratingError = errors.rating ? t('case.error.rating') : undefined;
  return (
    <section className="notice reporter-action" aria-labelledby="rate-title">
      <h2 id="rate-title">{t('case.reporter.rateTitle')}</h2>
      <form className="form" noValidate onSubmit={handleSubmit((body) => action.mutate(body))}>
        <FormAlert>{action.isError ? errorText(action.error, t.lang) : null}</FormAlert>
        <fieldset className="field stars-field" aria-describedby={ratingError ? `${id}-error` : undefined}>
          <legend>{t('case.reporter.rating')}</legend>
          <div className="stars">
            {[1, 2, 3, 4, 5].map((n) => (
              <span key={n} className="star">
                <input
                  id={`${id}-${n}`}
                  type="radio"
                  value={String(n)}
                  aria-invalid={ratingError ? true : undefined}
                  {...register('rating')}
                />
                <label htmlFor={`${id}-${n}`} className={n <= chosen ? 'star-on' : undefined}>
                  <span aria-hidden="true">★</span>
                  <span className="visually-hidden">{t('case.rating.stars', { n })}</span>
                </label>
              </span>
            ))}
          </div>
          {ratingError ? (
            <p id={`${id}-error`} className="field-error">
              {ratingError}
            </p>
          ) : null}
        </fieldset>
        <TextAreaField
          label={t('case.reporter.comment')}
          error={errorMessage(errors.comment, t)}
          maxLength={1000}
          rows={3}
          {...register('comment')}
        />
        <button type="submit" className="button" disabled={action.isPending}>
          {t('case.reporter.rate')}
        </button>
      </form>
    </section>
  );
}

/** The reporter's part once the agency has resolved the case: confirm, reopen once, rate 1–5. */
export function ReporterActions({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const can = (action: string) => detail.actions.includes(action);
  return (
    <>
      {can('confirm') ? <Confirm code={detail.trackingCode} /> : null}
      {can('reopen') ? <Reopen code={detail.trackingCode} /> : null}
      {can('rate') && detail.rating === null ? <Rate code={detail.trackingCode} /> : null}
      {detail.rating !== null ? (
        <p className="rated">{t('case.reporter.rated', { n: detail.rating })}</p>
      ) : null}
    </>
  );
}
