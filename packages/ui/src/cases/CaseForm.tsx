import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import type { CaseService, CreateCaseInput } from '@layanan/domain';
import { roadStatuses, severities } from '@layanan/domain';
import { useSession } from '@layanan/auth/client';
import { useT } from '../i18n/LanguageProvider.js';
import { errorText, serverFieldErrors } from '../i18n/errors.js';
import { FormAlert, TextField } from '../form/TextField.js';
import { CheckboxField, Choice, ChoiceGroup, SelectField, TextAreaField } from '../form/fields.js';
import type { StoredPhoto } from './api.js';
import { ExtraQuestions } from './ExtraQuestions.js';
import {
  type CaseFormContext,
  type CaseFormValues,
  DESCRIPTION_MAX,
  MAX_PHOTOS,
  caseFormResolver,
  emptyCaseForm,
  formFieldOf,
  pointOf,
} from './form-model.js';
import { formatNumber, roadStatusLabel, severityLabel } from './format.js';
import { useCaseMutation, useFacilityChoices } from './hooks.js';
import { useCategoryQuestions } from './categories.js';
import { LocationPicker } from './LocationPicker.js';
import { errorMessage, focusFirstInvalid } from './messages.js';
import { NearbyPanel } from './NearbyPanel.js';
import { type OutboxStore, type PendingReport, defaultOutboxStore, isOfflineError } from './outbox.js';
import { PhotoPicker } from './PhotoPicker.js';

/** One key per form: a double tap or a retry of the same report is filed once. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Plain-HTTP pages (no secure context) have no randomUUID; getRandomValues is always there.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface CaseFormProps {
  service: CaseService;
  /** e-Lorong: road status and severity, with the note on national and provincial roads. */
  roadFields?: boolean;
  /** e-Sehat complaints: a choice of the health facility concerned. */
  facilityField?: boolean;
  /** Open the map at once (roads); otherwise behind a button. */
  mapInitiallyOpen?: boolean;
  onSubmitted(trackingCode: string): void;
  /** The phone was offline: the report was kept on it (see outbox.ts) and will be sent later. */
  onSavedOffline?(report: PendingReport): void;
  /** Where offline reports are kept (IndexedDB by default). */
  outbox?: OutboxStore;
}

/** The report form shared by e-Lorong, e-Madul and (later) e-Sehat complaints. */
export function CaseForm({
  service,
  roadFields = false,
  facilityField = false,
  mapInitiallyOpen = false,
  onSubmitted,
  onSavedOffline,
  outbox = defaultOutboxStore(),
}: CaseFormProps) {
  const t = useT();
  const { user } = useSession();
  const formRef = useRef<HTMLFormElement>(null);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [photos, setPhotos] = useState<StoredPhoto[]>([]);
  const [waitingPhotos, setWaitingPhotos] = useState<File[]>([]);
  const [uploading, setUploading] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [invalid, setInvalid] = useState(false);
  const { categories, isError: categoriesFailed, error: categoriesError } = useCategoryQuestions(service);

  // The resolver reads the current category's questions and the upload state at each check.
  const context = useRef<CaseFormContext>({ service, questions: [], uploading });
  const methods = useForm<CaseFormValues, CaseFormContext, CreateCaseInput>({
    resolver: (values, _context, options) => caseFormResolver(values, context.current, options),
    defaultValues: emptyCaseForm,
    shouldFocusError: false,
  });
  const {
    register,
    control,
    setValue,
    setError,
    handleSubmit,
    formState: { errors, isSubmitted },
  } = methods;
  const [categoryId, description, lat, lng] = useWatch({
    control,
    name: ['categoryId', 'description', 'lat', 'lng'],
  });
  const category = categories?.find((c) => c.id === categoryId);
  useEffect(() => {
    context.current = { service, questions: category?.attributes ?? [], uploading };
  }, [service, category, uploading]);

  // Photos chosen while offline are uploaded first, then the report is filed with the form's key.
  const submit = useCaseMutation(
    async (api, input: CreateCaseInput) => {
      const ids = [...(input.photoIds ?? [])];
      for (const file of waitingPhotos) ids.push((await api.uploadPhoto(file)).id);
      return api.submit({ ...input, photoIds: ids }, idempotencyKey);
      // Offline, the call must fail at once (and the report go to the outbox), not wait paused.
    },
    { networkMode: 'always' },
  );

  useEffect(() => {
    if (focusRequest) focusFirstInvalid(formRef.current);
  }, [focusRequest]);

  const onPhotos = (list: StoredPhoto[], busy: boolean, waiting: File[]) => {
    setPhotos(list);
    setWaitingPhotos(waiting);
    setUploading(busy);
    setValue(
      'photoIds',
      list.map((p) => p.id),
      { shouldValidate: isSubmitted },
    );
  };

  const onSubmit = handleSubmit(
    async (input) => {
      setInvalid(false);
      try {
        const { trackingCode } = await submit.mutateAsync(input);
        onSubmitted(trackingCode);
      } catch (error) {
        if (isOfflineError(error) && user) {
          const report: PendingReport = {
            key: idempotencyKey,
            userId: user.id,
            service,
            input,
            photos: waitingPhotos,
            savedAt: new Date().toISOString(),
          };
          try {
            await outbox.put(report);
            onSavedOffline?.(report);
          } catch {
            // No room or no IndexedDB (private mode): the form stays filled in, with the network error shown.
          }
          return;
        }
        const fields = Object.entries(serverFieldErrors(error));
        for (const [path, text] of fields) {
          const field = formFieldOf(path);
          if (field !== 'root') setError(field as keyof CaseFormValues, { type: 'server', message: text });
        }
        if (fields.length) setFocusRequest((n) => n + 1);
      }
    },
    () => {
      setInvalid(true);
      setFocusRequest((n) => n + 1);
    },
  );

  const failure = submit.isError && !Object.keys(serverFieldErrors(submit.error)).length;
  const alert =
    invalid || (submit.isError && !failure)
      ? t('form.fixErrors')
      : failure
        ? errorText(submit.error, t.lang)
        : null;
  const required = t('case.form.required');
  const descriptionLength = description?.length ?? 0;
  const photoGps = photos.find((p) => p.gps)?.gps ?? null;

  return (
    <FormProvider {...methods}>
      <form ref={formRef} className="form case-form" onSubmit={onSubmit} noValidate>
        <SelectField
          label={t('case.form.category')}
          requiredText={required}
          error={
            categoriesFailed
              ? errorText(categoriesError, t.lang)
              : errorMessage(errors.categoryId, t, 'case.error.category')
          }
          disabled={!categories}
          {...register('categoryId')}
        >
          <option value="">{categories ? t('case.form.choose') : t('app.loading')}</option>
          {categories?.map((c) => (
            <option key={c.id} value={c.id}>
              {t.pick(c.name)}
            </option>
          ))}
        </SelectField>

        {category ? <ExtraQuestions key={category.id} questions={category.attributes} /> : null}

        {roadFields ? (
          <>
            <ChoiceGroup
              legend={t('case.road.legend')}
              hint={t('case.road.note')}
              error={errorMessage(errors.roadStatus, t)}
            >
              {roadStatuses.map((value) => (
                <Choice
                  key={value}
                  label={roadStatusLabel(value, t)}
                  value={value}
                  {...register('roadStatus')}
                />
              ))}
            </ChoiceGroup>
            <ChoiceGroup legend={t('case.severity.legend')} error={errorMessage(errors.severity, t)}>
              {severities.map((value) => (
                <Choice key={value} label={severityLabel(value, t)} value={value} {...register('severity')} />
              ))}
            </ChoiceGroup>
          </>
        ) : null}

        {facilityField ? (
          <FacilityChoice error={errorMessage(errors.facilityId, t)} {...register('facilityId')} />
        ) : null}

        <TextField
          label={t('case.form.title')}
          requiredText={required}
          hint={t(roadFields ? 'case.form.titleHintRoad' : 'case.form.titleHint')}
          error={errorMessage(errors.title, t, 'case.error.title')}
          maxLength={150}
          autoComplete="off"
          {...register('title')}
        />
        <TextAreaField
          label={t('case.form.description')}
          requiredText={required}
          hint={t('case.form.descriptionHint')}
          error={errorMessage(errors.description, t, 'case.error.description')}
          maxLength={DESCRIPTION_MAX}
          rows={6}
          footer={
            <span className={descriptionLength > DESCRIPTION_MAX - 200 ? 'counter counter-near' : 'counter'}>
              {t('case.form.counter', {
                n: formatNumber(descriptionLength, t.lang),
                max: formatNumber(DESCRIPTION_MAX, t.lang),
              })}
            </span>
          }
          {...register('description')}
        />

        <PhotoPicker
          legend={t('case.photo.legend')}
          hint={t('case.photo.hint', { max: MAX_PHOTOS })}
          error={errorMessage(errors.photoIds, t)}
          max={MAX_PHOTOS}
          keepOffline
          onChange={onPhotos}
        />

        <LocationPicker photoGps={photoGps} mapInitiallyOpen={mapInitiallyOpen} />

        <NearbyPanel categoryId={categoryId} point={pointOf(lat, lng)} />

        <fieldset className="field privacy">
          <legend>{t('case.privacy.legend')}</legend>
          <CheckboxField
            label={t('case.privacy.anonim')}
            hint={t('case.privacy.anonimHint')}
            {...register('anonim')}
          />
          <CheckboxField
            label={t('case.privacy.rahasia')}
            hint={t('case.privacy.rahasiaHint')}
            {...register('rahasia')}
          />
        </fieldset>

        <FormAlert>{alert}</FormAlert>
        <button type="submit" className="button" disabled={submit.isPending || uploading}>
          {submit.isPending
            ? t('form.sending')
            : uploading
              ? t('case.photo.uploading')
              : t('case.form.submit')}
        </button>
      </form>
    </FormProvider>
  );
}

/** The health facility a complaint concerns (optional). */
function FacilityChoice(
  props: { error?: string } & ReturnType<ReturnType<typeof useForm<CaseFormValues>>['register']>,
) {
  const t = useT();
  const facilities = useFacilityChoices();
  return (
    <SelectField label={t('case.form.facility')} {...props}>
      <option value="">{facilities.data ? t('case.form.facilityNone') : t('app.loading')}</option>
      {facilities.data?.map((f) => (
        <option key={f.id} value={f.id}>
          {f.name}
        </option>
      ))}
    </SelectField>
  );
}
