import { useEffect, useId, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { type CaseDetail, type OfficerAction, officerActionSchema } from '@layanan/domain';
import { useSession } from '@layanan/auth/client';
import { useT } from '../i18n/LanguageProvider.js';
import { errorText, serverFieldErrors } from '../i18n/errors.js';
import { FormAlert, TextField } from '../form/TextField.js';
import { Choice, ChoiceGroup, SelectField, TextAreaField } from '../form/fields.js';
import {
  type ActionSpec,
  type ActionValues,
  actionBody,
  actionChecks,
  actionSpecs,
  isRequired,
  todayWib,
} from './officer-actions.js';
import { useAgencies, useCaseMutation, useColleagues, useResponseTemplates } from './hooks.js';
import { errorMessage, focusFirstInvalid } from './messages.js';
import { PhotoPicker } from './PhotoPicker.js';
import { schemaResolver } from './schema-resolver.js';

/** A form value that is no field: "yes" while a photo is still uploading. */
const UPLOADING = '_uploading';

function defaults(spec: ActionSpec): ActionValues {
  const values: ActionValues = {};
  for (const field of spec.fields) {
    values[field.name] = field.kind === 'number' ? String(Number(todayWib().slice(0, 4)) + 1) : '';
  }
  return values;
}

/** Ready answers of the agency, inserted into the message box. */
function TemplatePicker({ agencyId, onInsert }: { agencyId: string; onInsert(text: string): void }) {
  const t = useT();
  const templates = useResponseTemplates(agencyId, true);
  const [chosen, setChosen] = useState('');
  if (!templates.data?.length) return null;
  const template = templates.data.find((item) => item.id === chosen);
  return (
    <div className="template-picker">
      <SelectField
        label={t('case.action.template')}
        value={chosen}
        onChange={(event) => setChosen(event.target.value)}
      >
        <option value="">{t('case.form.choose')}</option>
        {templates.data.map((item) => (
          <option key={item.id} value={item.id}>
            {item.title}
          </option>
        ))}
      </SelectField>
      <button
        type="button"
        className="button button-secondary"
        disabled={!template}
        onClick={() => template && onInsert(template.body)}
      >
        {t('case.action.insertTemplate')}
      </button>
    </div>
  );
}

/** One officer step as a small form that asks exactly what officerActionSchema asks. */
export function ActionForm({
  spec,
  detail,
  onDone,
}: {
  spec: ActionSpec;
  detail: CaseDetail;
  onDone(spec: ActionSpec): void;
}) {
  const t = useT();
  const { user } = useSession();
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [resolver] = useState(() =>
    schemaResolver(
      officerActionSchema,
      (values: ActionValues) => actionBody(spec, values, user?.id ?? null),
      (values) => actionChecks(values, values[UPLOADING] === 'yes'),
    ),
  );
  const {
    register,
    control,
    handleSubmit,
    setError,
    getValues,
    setValue,
    setFocus,
    formState: { errors },
  } = useForm<ActionValues, unknown, OfficerAction>({
    resolver,
    defaultValues: defaults(spec),
    shouldFocusError: false,
  });
  const act = useCaseMutation((api, body: OfficerAction) => api.officerAction(detail.trackingCode, body));
  const agencies = useAgencies(spec.fields.some((f) => f.kind === 'agency'));
  const colleagues = useColleagues(
    detail.agency.id,
    spec.fields.some((f) => f.kind === 'assignee'),
  );

  useEffect(() => {
    if (focusRequest) focusFirstInvalid(formRef.current);
  }, [focusRequest]);
  const focusLater = () => setFocusRequest((n) => n + 1);
  const onSubmit = handleSubmit(async (body) => {
    try {
      await act.mutateAsync(body);
      onDone(spec);
    } catch (error) {
      const fields = serverFieldErrors(error);
      for (const [name, text] of Object.entries(fields)) {
        if (spec.fields.some((f) => f.name === name)) setError(name, { type: 'server', message: text });
      }
      focusLater();
    }
  }, focusLater);

  const fieldNames = new Set(spec.fields.map((f) => f.name));
  const unplaced = Object.keys(serverFieldErrors(act.error)).filter((name) => !fieldNames.has(name));
  const alert =
    act.isError && (unplaced.length || !Object.keys(serverFieldErrors(act.error)).length)
      ? errorText(act.error, t.lang)
      : Object.keys(errors).length
        ? t('form.fixErrors')
        : null;

  return (
    <form
      ref={formRef}
      className="form action-form"
      noValidate
      onSubmit={onSubmit}
      aria-label={t(spec.title)}
    >
      {spec.intro ? <p className="field-hint">{t(spec.intro)}</p> : null}
      {spec.fields.map((field) => {
        const required = isRequired(spec.action, field.name) ? t('case.form.required') : undefined;
        const error = errorMessage(errors[field.name], t, field.fallback);
        const label = t(field.label);
        const hint = field.hint ? t(field.hint) : undefined;
        switch (field.kind) {
          case 'textarea':
            return (
              <div key={field.name}>
                {spec.action === 'respond' && field.name === 'message' ? (
                  <TemplatePicker
                    agencyId={detail.agency.id}
                    onInsert={(text) => {
                      const current = getValues('message').trim();
                      setValue('message', current ? `${current}\n\n${text}` : text, { shouldDirty: true });
                      setFocus('message');
                    }}
                  />
                ) : null}
                <TextAreaField
                  label={label}
                  hint={hint}
                  requiredText={required}
                  error={error}
                  rows={4}
                  maxLength={field.name === 'reason' ? 1000 : 4000}
                  {...register(field.name)}
                />
              </div>
            );
          case 'text':
            return (
              <TextField
                key={field.name}
                label={label}
                hint={hint}
                requiredText={required}
                error={error}
                autoComplete="off"
                {...register(field.name)}
              />
            );
          case 'date':
            return (
              <TextField
                key={field.name}
                label={label}
                hint={hint}
                requiredText={required}
                error={error}
                type="date"
                min={todayWib()}
                {...register(field.name)}
              />
            );
          case 'number':
            return (
              <TextField
                key={field.name}
                label={label}
                hint={hint}
                requiredText={required}
                error={error}
                inputMode="numeric"
                maxLength={4}
                {...register(field.name)}
              />
            );
          case 'agency':
            return (
              <SelectField
                key={field.name}
                label={label}
                requiredText={required}
                error={error}
                {...register(field.name)}
              >
                <option value="">{agencies.data ? t('case.form.choose') : t('app.loading')}</option>
                {agencies.data
                  ?.filter((agency) => agency.id !== detail.agency.id)
                  .map((agency) => (
                    <option key={agency.id} value={agency.id}>
                      {agency.name}
                    </option>
                  ))}
              </SelectField>
            );
          case 'assignee':
            return (
              <ChoiceGroup key={field.name} legend={label} requiredText={required} error={error}>
                {user?.role === 'officer' ? (
                  <Choice
                    label={t('case.action.assignMe')}
                    value="me"
                    aria-invalid={error ? true : undefined}
                    {...register(field.name)}
                  />
                ) : null}
                {colleagues.data
                  ?.filter((c) => c.id !== user?.id)
                  .map((c) => (
                    <Choice
                      key={c.id}
                      label={c.fullName}
                      value={c.id}
                      aria-invalid={error ? true : undefined}
                      {...register(field.name)}
                    />
                  ))}
                <Choice
                  label={t('case.action.assignNone')}
                  value="none"
                  aria-invalid={error ? true : undefined}
                  {...register(field.name)}
                />
              </ChoiceGroup>
            );
          case 'photo':
            return (
              <Controller
                key={field.name}
                control={control}
                name={field.name}
                render={({ field: photo }) => (
                  <PhotoPicker
                    legend={label}
                    requiredText={required}
                    error={error}
                    max={1}
                    onChange={(photos, busy) => {
                      setValue(UPLOADING, busy ? 'yes' : '');
                      photo.onChange(photos[0]?.id ?? '');
                    }}
                  />
                )}
              />
            );
        }
      })}
      <FormAlert>{alert}</FormAlert>
      <button type="submit" className="button" disabled={act.isPending}>
        {act.isPending ? t('form.sending') : t(spec.submit)}
      </button>
    </form>
  );
}

/**
 * The officer's steps the gateway allows now (`detail.actions`), each behind
 * a button that opens its form. After a step the page reloads the case.
 */
export function OfficerActions({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const specs = actionSpecs.filter((spec) => detail.actions.includes(spec.action));
  if (!specs.length) return <p className="muted">{t('case.action.none')}</p>;
  return (
    <section aria-labelledby={`${id}-title`} className="officer-actions">
      <h2 id={`${id}-title`}>{t('case.action.title')}</h2>
      <p role="status" className="success-text">
        {done}
      </p>
      <ul className="action-list">
        {specs.map((spec) => {
          const expanded = open === spec.action;
          return (
            <li key={spec.action} className="action-item">
              <button
                type="button"
                className="action-toggle"
                aria-expanded={expanded}
                aria-controls={`${id}-${spec.action}`}
                onClick={() => {
                  setOpen(expanded ? null : spec.action);
                  setDone(null);
                }}
              >
                {t(spec.title)}
                <span aria-hidden="true" className="action-sign">
                  {expanded ? '−' : '+'}
                </span>
              </button>
              <div id={`${id}-${spec.action}`} hidden={!expanded}>
                {expanded ? (
                  <ActionForm
                    spec={spec}
                    detail={detail}
                    onDone={(finished) => {
                      setOpen(null);
                      setDone(t('case.action.done', { action: t(finished.title) }));
                    }}
                  />
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
