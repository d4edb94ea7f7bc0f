import { z } from 'zod';
import { type CalendarDate, daysBetween } from '../common/calendar-date.js';
import type { Bilingual } from '../common/language.js';
import type { BabharConfig } from './config.js';

/** Postpartum contacts (kunjungan nifas, PMK 21/2021): KF1–KF4. */
export const postpartumVisitCodes = ['KF1', 'KF2', 'KF3', 'KF4'] as const;
export const postpartumVisitCodeSchema = z.enum(postpartumVisitCodes);
export type PostpartumVisitCode = z.infer<typeof postpartumVisitCodeSchema>;

export const postpartumVisitLabels: Record<PostpartumVisitCode, Bilingual> = {
  KF1: { id: 'KF1: 6 jam – 2 hari setelah persalinan', en: 'KF1: 6 hours – 2 days after delivery' },
  KF2: { id: 'KF2: hari ke-3 – 7', en: 'KF2: day 3 – 7' },
  KF3: { id: 'KF3: hari ke-8 – 28', en: 'KF3: day 8 – 28' },
  KF4: { id: 'KF4: hari ke-29 – 42', en: 'KF4: day 29 – 42' },
};

/**
 * The KF code of a postpartum contact by the days since the delivery date
 * (delivery day = day 0). Dates carry no hours, so KF1 covers day 0–2 and the
 * "6 hours" lower bound is left to the staff. Null outside every window.
 */
export function postpartumVisitCode(
  deliveryDate: CalendarDate,
  contactDate: CalendarDate,
  config: BabharConfig,
): PostpartumVisitCode | null {
  const day = daysBetween(deliveryDate, contactDate);
  return (
    postpartumVisitCodes.find((code) => {
      const window = config.postpartum[code];
      return day >= window.fromDay && day <= window.toDay;
    }) ?? null
  );
}
