import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  type BabharConfig,
  type Bilingual,
  type MeasurementFlag,
  babharConfigSchema,
  defaultBabharConfig,
  pregnancyStatusLabels,
  pregnancyStatuses,
} from '@layanan/domain';
import { type Translator, errorText, serverFieldErrors, useT } from '@layanan/ui';
import { useBabharApi } from './api';

/** A bilingual text written in place. */
export const L = (id: string, en: string): Bilingual => ({ id, en });

/** The gateway's configured rules (thresholds, presets), so that live flags match the server's. */
export function useRules(): BabharConfig {
  const api = useBabharApi();
  const query = useQuery({
    queryKey: ['babhar', 'rules'],
    queryFn: async () => babharConfigSchema.parse((await api.rules()).rules),
    staleTime: Infinity,
  });
  return query.data ?? defaultBabharConfig;
}

/** Due is blue, overdue (and what needs action now) red: OpenSRP's convention. */
export function ToneBadge({ tone, children }: { tone: 'blue' | 'red'; children: ReactNode }) {
  return (
    <span className={`flag tone-${tone}`} data-tone={tone}>
      {children}
    </span>
  );
}

export function FlagList({ flags, t }: { flags: readonly MeasurementFlag[]; t: Translator }) {
  if (!flags.length) return null;
  return (
    <ul className="flag-list" aria-label={t.pick(L('Tanda perhatian', 'Flags'))}>
      {flags.map((f) => (
        <li
          key={f.code}
          className={`flag tone-${f.severity === 'danger' ? 'red' : 'blue'}`}
          data-flag={f.code}
        >
          {t.pick(f.label)}
        </li>
      ))}
    </ul>
  );
}

export const ksprColours: Record<string, string> = { green: '#2e7d32', yellow: '#b58900', red: '#c62828' };

/** Loading, error (in the reader's language) and content. */
export function Loadable<T>({
  query,
  children,
}: {
  query: { data?: T; error: unknown; isPending: boolean };
  children: (data: T) => ReactNode;
}) {
  const t = useT();
  if (query.isPending) return <p className="muted">{t.pick(L('Memuat…', 'Loading…'))}</p>;
  if (query.error || query.data === undefined)
    return (
      <p className="notice notice-error" role="alert">
        {errorText(query.error, t.lang)}
      </p>
    );
  return <>{children(query.data)}</>;
}

/** Field errors of a failed submission, by field path, in the reader's language. */
export function fieldErrors(error: unknown): Record<string, string> {
  return serverFieldErrors(error);
}

/** `2026-03-04` as `4 Mar 2026` / `4 Mar 2026` (calendar date, no time zone shift). */
export function formatDate(text: string | null | undefined, lang: 'id' | 'en'): string {
  if (!text) return '—';
  const [y, m, d] = text.split('-').map(Number);
  const months =
    lang === 'id'
      ? ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']
      : ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}

/** Today's date in Pamekasan (WIB) as YYYY-MM-DD, the default of date fields. */
export const todayText = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Jakarta' });

/** A number typed in a form field: empty → undefined; accepts a decimal comma. */
export function numberOf(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** A pregnancy status in the reader's language (Indonesian by default). */
export function statusLabel(status: string, t: Translator): string {
  const known = pregnancyStatuses.find((s) => s === status);
  return known ? t.pick(pregnancyStatusLabels[known]) : status;
}
