import { z } from 'zod';
import { type CalendarDate, compareCalendarDates, parseCalendarDate } from '../common/calendar-date.js';
import type { BabharMessageCode } from './messages.js';

/** A zod issue carrying a babhar message code (`message` is the code, as in the rest of the suite). */
export const babharCoded = (code: BabharMessageCode) => ({ message: code, params: { code } });

/** A calendar date `YYYY-MM-DD` (WIB) that exists; kept as a string, read with `parseCalendarDate`. */
export const calendarDateStringSchema = z
  .string()
  .trim()
  .refine((v) => parseCalendarDate(v) !== null, babharCoded('date_invalid'))
  .describe('A calendar date YYYY-MM-DD in WIB');

/** True when the text is a date after `today` (false when it is not a date: that has its own issue). */
export function isAfterToday(text: string | undefined, today: CalendarDate): boolean {
  const date = text === undefined ? null : parseCalendarDate(text);
  return !!date && compareCalendarDates(date, today) > 0;
}

export const entityIdSchema = z.string().trim().min(1).max(64).describe('The id of a stored record');

export const bloodGroups = ['A', 'B', 'AB', 'O'] as const;
export const rhesusFactors = ['positive', 'negative'] as const;

export const bloodTypeSchema = z
  .strictObject({
    abo: z.enum(bloodGroups).describe('ABO blood group'),
    rhesus: z.enum(rhesusFactors).optional().describe('Rhesus factor, when known'),
  })
  .describe('Blood type');
export type BloodType = z.infer<typeof bloodTypeSchema>;

/** Same ABO group, and the same rhesus factor when both are known. */
export function bloodTypesMatch(a: BloodType, b: BloodType): boolean {
  return a.abo === b.abo && (!a.rhesus || !b.rhesus || a.rhesus === b.rhesus);
}

/** An array of distinct values (a value twice is the given code). */
export function distinctList<T extends z.ZodType>(item: T, code: BabharMessageCode = 'list_duplicate') {
  return z.array(item).refine((values) => new Set(values).size === values.length, babharCoded(code));
}

/** A free-text note. */
export const noteSchema = z.string().trim().min(1).max(2000);
