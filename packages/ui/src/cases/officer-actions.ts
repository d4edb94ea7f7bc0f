import type { FieldError } from 'react-hook-form';
import { type OfficerAction, officerActionSchema } from '@layanan/domain';
import type { MessageKey } from '../i18n/dictionary.js';

export type ActionName = OfficerAction['action'];

export type FieldKind = 'textarea' | 'text' | 'date' | 'number' | 'agency' | 'photo' | 'assignee';

export interface ActionField {
  name: string;
  kind: FieldKind;
  label: MessageKey;
  hint?: MessageKey;
  /** Shown for zod's generic messages. */
  fallback: MessageKey;
}

export interface ActionSpec {
  action: ActionName;
  /** The button that opens the form. */
  title: MessageKey;
  intro?: MessageKey;
  submit: MessageKey;
  fields: ActionField[];
}

const message = (label: MessageKey = 'case.action.message', hint?: MessageKey): ActionField => ({
  name: 'message',
  kind: 'textarea',
  label,
  hint,
  fallback: 'case.error.message',
});

/** Every officer step, in the order the staff page offers them. */
export const actionSpecs: readonly ActionSpec[] = [
  {
    action: 'respond',
    title: 'case.action.respond',
    intro: 'case.action.respondIntro',
    submit: 'case.action.respondSubmit',
    fields: [
      message('case.action.publicMessage'),
      { name: 'photoId', kind: 'photo', label: 'case.action.photo', fallback: 'case.error.photo' },
    ],
  },
  {
    action: 'verify',
    title: 'case.action.verify',
    intro: 'case.action.verifyIntro',
    submit: 'case.action.verifySubmit',
    fields: [message('case.action.publicMessage')],
  },
  {
    action: 'start',
    title: 'case.action.start',
    submit: 'case.action.startSubmit',
    fields: [message('case.action.publicMessage')],
  },
  {
    action: 'schedule',
    title: 'case.action.schedule',
    intro: 'case.action.scheduleIntro',
    submit: 'case.action.scheduleSubmit',
    fields: [
      {
        name: 'promisedBy',
        kind: 'date',
        label: 'case.action.promisedBy',
        fallback: 'case.error.promisedBy',
      },
      message('case.action.publicMessage'),
    ],
  },
  {
    action: 'resolve',
    title: 'case.action.resolve',
    intro: 'case.action.resolveIntro',
    submit: 'case.action.resolveSubmit',
    fields: [
      message('case.action.publicMessage'),
      {
        name: 'proofPhotoId',
        kind: 'photo',
        label: 'case.action.proofPhoto',
        fallback: 'case.error.proofPhoto',
      },
    ],
  },
  {
    action: 'note',
    title: 'case.action.note',
    intro: 'case.action.noteIntro',
    submit: 'case.action.noteSubmit',
    fields: [message('case.action.note')],
  },
  {
    action: 'assign',
    title: 'case.action.assign',
    submit: 'case.action.assignSubmit',
    fields: [
      {
        name: 'assigneeId',
        kind: 'assignee',
        label: 'case.action.assignee',
        fallback: 'case.error.assignee',
      },
    ],
  },
  {
    action: 'reroute',
    title: 'case.action.reroute',
    intro: 'case.action.rerouteIntro',
    submit: 'case.action.rerouteSubmit',
    fields: [
      { name: 'agencyId', kind: 'agency', label: 'case.action.agency', fallback: 'case.error.agency' },
      {
        name: 'reason',
        kind: 'textarea',
        label: 'case.action.internalReason',
        fallback: 'case.error.reason',
      },
    ],
  },
  {
    action: 'not_competent',
    title: 'case.action.notCompetent',
    intro: 'case.action.notCompetentIntro',
    submit: 'case.action.notCompetentSubmit',
    fields: [
      {
        name: 'responsibleBody',
        kind: 'text',
        label: 'case.detail.responsibleBody',
        hint: 'case.action.responsibleBodyHint',
        fallback: 'case.error.responsibleBody',
      },
      {
        name: 'whereToReport',
        kind: 'text',
        label: 'case.detail.whereToReport',
        hint: 'case.action.whereToReportHint',
        fallback: 'case.error.whereToReport',
      },
    ],
  },
  {
    action: 'wait_budget',
    title: 'case.action.waitBudget',
    intro: 'case.action.waitBudgetIntro',
    submit: 'case.action.waitBudgetSubmit',
    fields: [
      {
        name: 'budgetYear',
        kind: 'number',
        label: 'case.detail.budgetYear',
        fallback: 'case.error.budgetYear',
      },
      message('case.action.publicMessage'),
    ],
  },
  {
    action: 'reject',
    title: 'case.action.reject',
    intro: 'case.action.rejectIntro',
    submit: 'case.action.rejectSubmit',
    fields: [
      { name: 'reason', kind: 'textarea', label: 'case.action.publicReason', fallback: 'case.error.reason' },
    ],
  },
  {
    action: 'duplicate',
    title: 'case.action.duplicate',
    intro: 'case.action.duplicateIntro',
    submit: 'case.action.duplicateSubmit',
    fields: [
      {
        name: 'duplicateOf',
        kind: 'text',
        label: 'case.detail.duplicateOf',
        hint: 'case.action.duplicateOfHint',
        fallback: 'case.error.duplicateOf',
      },
    ],
  },
];

function optionOf(action: ActionName) {
  const option = officerActionSchema.options.find((o) => o.shape.action.value === action);
  if (!option) throw new Error(`officer action ${action} is not in officerActionSchema`);
  return option;
}

/** Whether the domain schema needs the field (so the form says "wajib" exactly where the gateway does). */
export function isRequired(action: ActionName, field: string): boolean {
  const shape = optionOf(action).shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
  const schema = shape[field];
  return !!schema && !schema.safeParse(undefined).success;
}

export type ActionValues = Record<string, string>;

/** The request body from the form's texts (empty optional fields left out). */
export function actionBody(
  spec: ActionSpec,
  values: ActionValues,
  userId: string | null,
): Record<string, unknown> {
  const body: Record<string, unknown> = { action: spec.action };
  for (const field of spec.fields) {
    const value = values[field.name] ?? '';
    if (field.kind === 'assignee') {
      if (value === 'me') body[field.name] = userId;
      else if (value === 'none') body[field.name] = null;
      else if (value) body[field.name] = value; // a colleague's id
    } else if (field.kind === 'number') {
      if (value.trim()) body[field.name] = Number(value);
    } else if (value.trim()) {
      body[field.name] = value;
    }
  }
  return body;
}

/** Today's date in WIB as YYYY-MM-DD (the earliest date an agency may promise). */
export function todayWib(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(now);
}

/** What the browser adds to the schema: no promise in the past, no photo still uploading. */
export function actionChecks(
  values: ActionValues,
  uploading: boolean,
  now = new Date(),
): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {};
  if (
    values.promisedBy &&
    /^\d{4}-\d{2}-\d{2}$/.test(values.promisedBy) &&
    values.promisedBy < todayWib(now)
  ) {
    errors.promisedBy = { type: 'past', message: 'promised_by_past' };
  }
  if (uploading) {
    const photo = ['photoId', 'proofPhotoId'].find((name) => name in values);
    if (photo) errors[photo] = { type: 'pending', message: 'photos_uploading' };
  }
  return errors;
}
