import type { Lang } from '@layanan/domain';

/** Minutes as minutes, hours or days, in the page's language. */
export function formatMinutes(minutes: number | null, lang: Lang): string {
  if (minutes === null) return '–';
  const n = (value: number) =>
    new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
  if (minutes < 60) return `${n(minutes)} ${lang === 'id' ? 'menit' : 'min'}`;
  if (minutes < 1440) return `${n(minutes / 60)} ${lang === 'id' ? 'jam' : 'h'}`;
  return `${n(minutes / 1440)} ${lang === 'id' ? 'hari' : 'days'}`;
}

export function formatShare(share: number | null, lang: Lang): string {
  if (share === null) return '–';
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
}

export function formatNumber(value: number | null, lang: Lang, digits = 0): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: digits }).format(
    value,
  );
}
