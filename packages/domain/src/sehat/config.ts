/**
 * e-Sehat settings that are policy rather than rules (not literals in code): the gateway reads
 * them from its configuration and passes them in; these are the defaults.
 */
export interface SehatConfig {
  /** How many days ahead a resident may book a visit (0 = only today). */
  bookingDaysAhead: number;
  /** The daily quota of a polyclinic that has no quota set by its staff. */
  defaultDailyQuota: number;
}

export const defaultSehatConfig: SehatConfig = { bookingDaysAhead: 14, defaultDailyQuota: 30 };
