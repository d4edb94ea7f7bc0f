import { useLanguage } from '@layanan/ui';

/**
 * Bilingual text inline: `tx('Antrean saya', 'My bookings')`. Apart from the
 * labels of text.ts, whose domain modules build zod schemas: the home page
 * (main chunk) imports this one only, so zod loads with the pages that use it.
 */
export function useTx() {
  const { lang } = useLanguage();
  return Object.assign((id: string, en: string) => (lang === 'en' ? en : id), { lang });
}
