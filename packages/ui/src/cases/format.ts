import { type CaseStatus, type Lang, caseStatusLabels } from '@layanan/domain';
import type { Translator } from '../i18n/LanguageProvider.js';
import type { MessageKey } from '../i18n/dictionary.js';
import type { ResponseMark } from './api.js';

const locales: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
const WIB = 'Asia/Jakarta';

/** A timestamp in WIB, e.g. "5 Jan 2026 09.30 WIB". */
export function formatDateTime(iso: string, lang: Lang): string {
  const text = new Intl.DateTimeFormat(locales[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: WIB,
  }).format(new Date(iso));
  return `${text} WIB`;
}

/** The WIB calendar day of a timestamp, e.g. "5 Jan 2026". */
export function formatDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeZone: WIB }).format(new Date(iso));
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang]).format(value);
}

export function statusLabel(status: CaseStatus, lang: Lang): string {
  return caseStatusLabels[status][lang];
}

const roadStatusKeys: Record<string, MessageKey> = {
  nasional: 'case.road.nasional',
  provinsi: 'case.road.provinsi',
  kabupaten: 'case.road.kabupaten',
  desa: 'case.road.desa',
  tidak_tahu: 'case.road.tidak_tahu',
};

const severityKeys: Record<string, MessageKey> = {
  ringan: 'case.severity.ringan',
  sedang: 'case.severity.sedang',
  berat: 'case.severity.berat',
};

const actorKeys: Record<string, MessageKey> = {
  resident: 'case.actor.resident',
  officer: 'case.actor.officer',
  regency_admin: 'case.actor.regency_admin',
  health_staff: 'case.actor.health_staff',
  system: 'case.actor.system',
};

const markKeys: Record<ResponseMark, MessageKey> = {
  reward: 'case.mark.reward',
  neutral: 'case.mark.neutral',
  sanction: 'case.mark.sanction',
  pending: 'case.mark.pending',
};

export const roadStatusLabel = (value: string, t: Translator) =>
  roadStatusKeys[value] ? t(roadStatusKeys[value]) : value;
export const severityLabel = (value: string, t: Translator) =>
  severityKeys[value] ? t(severityKeys[value]) : value;
export const actorLabel = (role: string, t: Translator) => (actorKeys[role] ? t(actorKeys[role]) : role);
export const responseMarkLabel = (mark: ResponseMark, t: Translator) => t(markKeys[mark]);

/** Less than this before the deadline: "due soon" on the staff queue. */
export const DUE_SOON_MS = 24 * 3_600_000;

export type Urgency = 'overdue' | 'due-soon' | 'normal';

export function urgencyOf(item: { overdue: boolean; dueAt: string | null }, now = Date.now()): Urgency {
  if (item.overdue) return 'overdue';
  if (!item.dueAt) return 'normal';
  const left = Date.parse(item.dueAt) - now;
  return left < 0 ? 'overdue' : left <= DUE_SOON_MS ? 'due-soon' : 'normal';
}

/** A plain calendar date (YYYY-MM-DD) as words, never through `new Date('YYYY-MM-DD')` in local time. */
export function formatCalendarDay(date: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(utc);
}
