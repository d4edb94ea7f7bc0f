const baseMs = 30_000;
const capMs = 60 * 60_000;

/** Wait before the next attempt after `failures` failed ones: 30 s, 1 min, 2 min, … at most 1 h. */
export function backoffMs(failures: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, failures - 1), capMs);
}
