import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';
import {
  type CaseService,
  type CategoryAttribute,
  type CreateCaseInput,
  createCaseSchema,
  type roadStatuses,
  type severities,
} from '@layanan/domain';
import type { Point } from './api.js';

export type RoadStatus = (typeof roadStatuses)[number];
export type Severity = (typeof severities)[number];

/** What the report form holds while it is being filled in (texts as typed). */
export interface CaseFormValues {
  categoryId: string;
  title: string;
  description: string;
  /** Answers to the category's extra questions, keyed by question code. */
  attributes: Record<string, string | string[]>;
  lat: string;
  lng: string;
  districtCode: string;
  villageCode: string;
  address: string;
  roadStatus: '' | RoadStatus;
  severity: '' | Severity;
  /** e-Sehat complaints: the health facility concerned ('' none). */
  facilityId: string;
  anonim: boolean;
  rahasia: boolean;
  /** Photos already uploaded, in order. */
  photoIds: string[];
  /** Not a value: carries the "a point, or a desa and an address" error of the location group. */
  location?: never;
}

export interface CaseFormContext {
  service: CaseService;
  questions: readonly CategoryAttribute[];
  /** True while a photo is still being uploaded. */
  uploading: boolean;
}

export const emptyCaseForm: CaseFormValues = {
  categoryId: '',
  title: '',
  description: '',
  attributes: {},
  lat: '',
  lng: '',
  districtCode: '',
  villageCode: '',
  address: '',
  roadStatus: '',
  severity: '',
  facilityId: '',
  anonim: false,
  rahasia: false,
  photoIds: [],
};

export const DESCRIPTION_MAX = 4000;
export const MAX_PHOTOS = 3;

/** "-7,1568" and "-7.1568" both read as −7.1568; empty is null; anything else NaN. */
export function parseCoordinate(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return null;
  return /^[-+]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The typed point, when both coordinates read as numbers. */
export function pointOf(lat: string, lng: string): Point | null {
  const a = parseCoordinate(lat);
  const b = parseCoordinate(lng);
  return a !== null && b !== null && Number.isFinite(a) && Number.isFinite(b) ? { lat: a, lng: b } : null;
}

export const formatCoordinate = (value: number) => value.toFixed(6);

/** A datetime-local value ("2026-01-05T09:30") is a WIB wall-clock time. */
function wibTimestamp(local: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? `${local}:00+07:00` : local;
}

type Errors = Record<string, FieldError>;

/** Answers as the gateway wants them (numbers as numbers, lists as arrays), plus their errors. */
export function answersOf(
  questions: readonly CategoryAttribute[],
  raw: CaseFormValues['attributes'],
): { answers: Record<string, string | number | string[]>; errors: Errors } {
  const answers: Record<string, string | number | string[]> = {};
  const errors: Errors = {};
  for (const q of questions) {
    const value = raw[q.code];
    const empty = value === undefined || (Array.isArray(value) ? !value.length : !value.trim());
    if (empty) {
      if (q.required) errors[`attributes.${q.code}`] = { type: 'required', message: 'attribute_required' };
      continue;
    }
    if (q.datatype === 'multivaluelist') {
      answers[q.code] = Array.isArray(value) ? value : [value];
    } else if (Array.isArray(value)) {
      errors[`attributes.${q.code}`] = { type: 'invalid', message: 'attribute_invalid' };
    } else if (q.datatype === 'number') {
      const number = parseCoordinate(value);
      if (number === null || !Number.isFinite(number)) {
        errors[`attributes.${q.code}`] = { type: 'invalid', message: 'attribute_invalid' };
      } else answers[q.code] = number;
    } else if (q.datatype === 'datetime') {
      answers[q.code] = wibTimestamp(value);
    } else {
      answers[q.code] = value.trim();
    }
  }
  return { answers, errors };
}

/** Where an issue of the create-case schema (or a field the gateway names) shows in the form. */
export function formFieldOf(path: readonly PropertyKey[] | string): string {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  const [head, second, third] = parts;
  if (head === 'location') {
    if (second === 'point') return third === 'lat' || third === 'lng' ? third : 'location';
    if (second === 'villageCode' || second === 'address') return second;
    return 'location';
  }
  if (head === 'attributes' && second) return `attributes.${second}`;
  if (head === 'photoIds') return 'photoIds';
  if (
    head === 'categoryId' ||
    head === 'title' ||
    head === 'description' ||
    head === 'roadStatus' ||
    head === 'severity'
  )
    return head;
  return 'root';
}

/** Turns flat `a.b` keys into the nested shape react-hook-form reads. */
function nest(flat: Errors): FieldErrors<CaseFormValues> {
  const nested: Record<string, unknown> = {};
  for (const [path, error] of Object.entries(flat)) {
    const parts = path.split('.');
    let node = nested;
    parts.slice(0, -1).forEach((part) => {
      node = (node[part] ??= {}) as Record<string, unknown>;
    });
    node[parts[parts.length - 1]] = error;
  }
  return nested;
}

/**
 * Checks the form with the domain's create-case schema (the gateway's own
 * check) after turning it into the request body, plus what only the form
 * knows: half-typed coordinates, the category's questions, photos still uploading.
 * Messages are message codes of the suite or zod's text; the fields translate them.
 */
export const caseFormResolver: Resolver<CaseFormValues, CaseFormContext, CreateCaseInput> = (
  values,
  context,
) => {
  const ctx = context ?? { service: 'madul', questions: [], uploading: false };
  const errors: Errors = {};
  // Disabled inputs read as undefined.
  const villageCode = values.villageCode ?? '';
  const address = (values.address ?? '').trim();
  const lat = parseCoordinate(values.lat ?? '');
  const lng = parseCoordinate(values.lng ?? '');
  if (lat !== null && !Number.isFinite(lat)) errors.lat = { type: 'invalid', message: 'coordinate' };
  if (lng !== null && !Number.isFinite(lng)) errors.lng = { type: 'invalid', message: 'coordinate' };
  if ((lat === null) !== (lng === null))
    errors[lat === null ? 'lat' : 'lng'] = { type: 'required', message: 'coordinate' };
  const point = pointOf(values.lat ?? '', values.lng ?? '') ?? undefined;
  if (!point) {
    // Without a point the desa and the address go together.
    if (villageCode && !address) errors.address = { type: 'required', message: 'address_required' };
    if (!villageCode && address) errors.villageCode = { type: 'required', message: 'village_required' };
  }
  if (ctx.uploading) errors.photoIds = { type: 'pending', message: 'photos_uploading' };
  const { answers, errors: answerErrors } = answersOf(ctx.questions, values.attributes ?? {});
  Object.assign(errors, answerErrors);

  const input: CreateCaseInput = {
    service: ctx.service,
    categoryId: values.categoryId,
    title: values.title,
    description: values.description,
    attributes: answers,
    location: {
      ...(point ? { point } : {}),
      ...(villageCode ? { villageCode } : {}),
      ...(address ? { address } : {}),
    },
    ...(values.roadStatus ? { roadStatus: values.roadStatus } : {}),
    ...(values.severity ? { severity: values.severity } : {}),
    ...(values.facilityId ? { facilityId: values.facilityId } : {}),
    anonim: values.anonim,
    rahasia: values.rahasia,
    photoIds: values.photoIds ?? [],
  };
  const parsed = createCaseSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = formFieldOf(issue.path);
      // The form's own, more precise messages come first.
      if (field === 'location' && (errors.lat || errors.lng || errors.address || errors.villageCode))
        continue;
      errors[field] ??= { type: issue.code, message: issue.message };
    }
  }
  if (Object.keys(errors).length) return { values: {}, errors: nest(errors) };
  return { values: input, errors: {} };
};
