import type { MaternalSummary } from '@layanan/domain';

/**
 * Injection token of the reader that e-Babhar provides (BabharModule exports it) and e-Sehat consumes,
 * so that neither module imports the other's internals.
 */
export const MATERNAL_SUMMARY_READER = Symbol('MATERNAL_SUMMARY_READER');

export interface MaternalSummaryReader {
  /** The active pregnancy of the mother with this NIK, or null when there is none. */
  forNik(nik: string): Promise<MaternalSummary | null>;
  /** The active pregnancy of the mother who owns this resident account, or null. */
  forResident(residentUserId: string): Promise<MaternalSummary | null>;
}
