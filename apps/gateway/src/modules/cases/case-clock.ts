import { type SlaConfig, type WorkingCalendar, isOverdue, nextDeadline } from '@layanan/domain';
import type { Case } from './entities/case.entity';

/** Recomputes what the queue sorts and flags on (due_at, overdue) after any change to a case. */
export function refreshClock(
  c: Case,
  config: SlaConfig,
  calendar: WorkingCalendar,
  now = new Date(),
): Pick<Case, 'dueAt' | 'overdue'> {
  return { dueAt: nextDeadline(c, config, calendar), overdue: isOverdue(c, config, calendar, now) };
}
