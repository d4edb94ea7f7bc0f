import type { KsprCategory } from './kspr.js';

/**
 * What e-Babhar tells other services about a mother's current pregnancy, with her consent
 * (e-Sehat's transport requests use it to put a KRST mother or a reported danger sign first).
 */
export interface MaternalSummary {
  pregnancyId: string;
  /** Due date used for scheduling (ultrasound HPL when recorded, else Naegele), `YYYY-MM-DD`. */
  hpl: string;
  /** Completed weeks of gestation today (WIB). */
  gestationalWeeks: number;
  ksprScore: number;
  ksprCategory: KsprCategory;
  /** A danger sign reported by the mother and not yet closed by her bidan. */
  openDangerSign: boolean;
  /** Puskesmas that follows the pregnancy. */
  facilityId: string;
}
