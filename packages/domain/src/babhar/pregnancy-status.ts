import { z } from 'zod';
import { type CalendarDate, addCalendarDays, compareCalendarDates } from '../common/calendar-date.js';
import type { Bilingual } from '../common/language.js';
import type { BabharConfig } from './config.js';
import { type PregnancyDating, datingHpht } from './dates.js';

/** A pregnancy's status (DOMAIN §5.1). */
export const pregnancyStatuses = ['active', 'delivered', 'miscarriage', 'lost_to_follow_up'] as const;
export const pregnancyStatusSchema = z.enum(pregnancyStatuses);
export type PregnancyStatus = z.infer<typeof pregnancyStatusSchema>;

export const pregnancyStatusLabels: Record<PregnancyStatus, Bilingual> = {
  active: { id: 'Hamil', en: 'Pregnant' },
  delivered: { id: 'Sudah bersalin', en: 'Delivered' },
  miscarriage: { id: 'Keguguran', en: 'Miscarriage' },
  lost_to_follow_up: { id: 'Tidak terpantau', en: 'Lost to follow-up' },
};

/**
 * The day a pregnancy with no outcome closes as lost to follow-up: the
 * scheduling HPHT (the ultrasound equivalent when there is one) + 308 days
 * (44 weeks, as SATUSEHAT does).
 */
export function lostToFollowUpDate(pregnancy: PregnancyDating, config: BabharConfig): CalendarDate {
  return addCalendarDays(datingHpht(pregnancy), config.dates.lostToFollowUpDays);
}

/** The status on a date: an active pregnancy is lost to follow-up from its closing day on. */
export function effectivePregnancyStatus(
  pregnancy: PregnancyDating & { status: PregnancyStatus },
  on: CalendarDate,
  config: BabharConfig,
): PregnancyStatus {
  if (pregnancy.status !== 'active') return pregnancy.status;
  return compareCalendarDates(on, lostToFollowUpDate(pregnancy, config)) >= 0
    ? 'lost_to_follow_up'
    : 'active';
}
