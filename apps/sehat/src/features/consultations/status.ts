import type { Lang } from '@layanan/domain';

const labels = {
  open: { id: 'Menunggu jawaban', en: 'Waiting for an answer' },
  answered: { id: 'Dijawab', en: 'Answered' },
  closed: { id: 'Selesai', en: 'Closed' },
} as const;

export function consultationStatusLabel(status: keyof typeof labels, lang: Lang): string {
  return labels[status][lang];
}
