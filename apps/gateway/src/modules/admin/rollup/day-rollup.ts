import {
  type CaseFacts,
  type LaterChange,
  type LeagueSums,
  type StatCase,
  addFacts,
  emptyLeagueSums,
  isOpenStatus,
  minuteBucket,
  packMinutes,
} from '@layanan/domain';

/** The key of a league rollup row: one WIB day, agency, assignee (`none`) and service. */
export interface LeagueKey {
  day: string;
  agencyId: string;
  assigneeKey: string;
  service: string;
}

export interface LeagueRollupRow extends LeagueKey {
  sums: LeagueSums;
  /** First-response minutes counted by bucket (minuteBucket). */
  buckets: Map<number, number>;
  /** The answered cases' minutes by bucket (the exact values, for the percentiles). */
  minutes: Map<number, number[]>;
  /** Changes still to come with time: `kind|at` → how many. */
  changes: Map<string, number>;
}

export interface DashboardRollupRow {
  day: string;
  dim: 'service' | 'category' | 'status' | 'district' | 'cell';
  key: string;
  n: number;
  sumLat: number | null;
  sumLng: number | null;
  code: string | null;
}

/** `b:n,b:n` — the bucket counts of a league rollup row. */
export const packBuckets = (buckets: Map<number, number>): string =>
  [...buckets].map(([b, n]) => `${b}:${n}`).join(',');

export function unpackBuckets(text: string, into: (bucket: number, n: number) => void): void {
  if (!text) return;
  for (const pair of text.split(',')) {
    const colon = pair.indexOf(':');
    into(Number(pair.slice(0, colon)), Number(pair.slice(colon + 1)));
  }
}

/**
 * What one WIB day's cases add to the rollup: each case with its facts at the
 * end of time and the changes still to come (laterChanges), grouped for the
 * league (day × agency × assignee × service) and counted for the dashboard.
 */
export class DayRollup {
  readonly league = new Map<string, LeagueRollupRow>();
  private readonly dashboard = new Map<string, DashboardRollupRow>();

  constructor(
    readonly day: string,
    private readonly cellOf: (lat: number, lng: number) => string,
  ) {}

  add(c: StatCase, factsAtEnd: CaseFacts, changes: LaterChange[]): void {
    const key: LeagueKey = {
      day: this.day,
      agencyId: c.agencyId,
      assigneeKey: c.assigneeId ?? 'none',
      service: c.service,
    };
    const id = `${key.agencyId}|${key.assigneeKey}|${key.service}`;
    let row = this.league.get(id);
    if (!row) {
      row = { ...key, sums: emptyLeagueSums(), buckets: new Map(), minutes: new Map(), changes: new Map() };
      this.league.set(id, row);
    }
    addFacts(row.sums, factsAtEnd);
    const minutes = factsAtEnd.firstResponseMinutes;
    if (minutes !== null) {
      const bucket = minuteBucket(minutes);
      row.buckets.set(bucket, (row.buckets.get(bucket) ?? 0) + 1);
      const values = row.minutes.get(bucket);
      if (values) values.push(minutes);
      else row.minutes.set(bucket, [minutes]);
    }
    for (const change of changes) {
      const k = `${change.kind}|${change.at}`;
      row.changes.set(k, (row.changes.get(k) ?? 0) + 1);
    }
    this.count('service', c.service);
    this.count('category', `${c.categoryId}|${c.service}`);
    this.count('status', c.status);
    this.count('district', c.districtCode ?? 'none');
    if (isOpenStatus(c.status) && c.lat !== null && c.lng !== null) {
      const cell = this.count('cell', this.cellOf(c.lat, c.lng));
      cell.sumLat = (cell.sumLat ?? 0) + c.lat;
      cell.sumLng = (cell.sumLng ?? 0) + c.lng;
      cell.code ??= c.trackingCode;
    }
  }

  private count(dim: DashboardRollupRow['dim'], key: string): DashboardRollupRow {
    const id = `${dim}|${key}`;
    let row = this.dashboard.get(id);
    if (!row) {
      row = { day: this.day, dim, key, n: 0, sumLat: null, sumLng: null, code: null };
      this.dashboard.set(id, row);
    }
    row.n++;
    return row;
  }

  /** The rows of the four tables, as column values in the migration's order. */
  tables(): { league: unknown[][]; change: unknown[][]; minutes: unknown[][]; dashboard: unknown[][] } {
    const league: unknown[][] = [];
    const change: unknown[][] = [];
    const minutes: unknown[][] = [];
    for (const r of this.league.values()) {
      const key = [r.day, r.agencyId, r.assigneeKey, r.service];
      const s = r.sums;
      league.push([
        ...key,
        s.cases,
        s.answered,
        s.reward,
        s.sanction,
        s.verifyDue,
        s.verifyOnTime,
        s.followUpDue,
        s.followUpOnTime,
        s.promisesDue,
        s.promisesKept,
        s.ratings,
        s.ratingSum,
        packBuckets(r.buckets),
      ]);
      for (const [k, n] of r.changes) {
        const bar = k.indexOf('|');
        change.push([...key, k.slice(0, bar), Number(k.slice(bar + 1)), n]);
      }
      for (const [bucket, values] of r.minutes)
        minutes.push([...key, bucket, values.length, packMinutes(values)]);
    }
    const dashboard = [...this.dashboard.values()].map((d) => [
      d.day,
      d.dim,
      d.key,
      d.n,
      d.sumLat,
      d.sumLng,
      d.code,
    ]);
    return { league, change, minutes, dashboard };
  }
}
