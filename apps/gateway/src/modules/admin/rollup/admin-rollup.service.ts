import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  BucketCounts,
  type CaseFilter,
  DashboardAccumulator,
  type LeagueRow,
  type LeagueSums,
  THE_END,
  WorkingCalendar,
  addCalendarDays,
  addFacts,
  caseFacts,
  emptyLeagueSums,
  formatCalendarDate,
  laterChanges,
  leagueRowOf,
  minuteBucket,
  nearestRank,
  parseCalendarDate,
  unpackMinutes,
  valueOfRank,
  wibDateOf,
} from '@layanan/domain';
import { isPostgres } from '../../../database/column-types';
import { CaseStatsService } from '../../cases/case-stats.service';
import { CatalogService } from '../../cases/catalog.service';
import { CLUSTER_CELL_DEGREES } from '../cluster-grid';
import { DayRollup, unpackBuckets } from './day-rollup';
import { insertRows, param } from './rollup-sql';

/**
 * How far behind the clocks the rollup's frontier stays (ms). The triggers on cases (migration
 * AdminRollup) mark a day only for cases received more than 60 minutes before the database's clock:
 * the frontier must never be later than that, so that no case the rollup holds can change unmarked.
 */
export const ROLLUP_MARGIN_MS = 60 * 60_000;
/** The frontier moves on when it is this far behind its target (ms): the live tail stays small. */
const ADVANCE_MS = 10 * 60_000;
/** The advisory-lock key of the rollup's refresh (shared by every replica). */
export const ROLLUP_LOCK = 35_28_0002;

const dayOf = (ms: number) => formatCalendarDate(wibDateOf(new Date(ms)));

type LeagueGroup = { sums: LeagueSums; counts: BucketCounts; live: number[] };

/** Placeholders numbered in order, whichever the driver. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return param(this.values.length);
  }
}

const sumColumns: [keyof LeagueSums, string][] = [
  ['cases', 'cases'],
  ['answered', 'answered'],
  ['reward', 'reward'],
  ['sanction', 'sanction'],
  ['verifyDue', 'verify_due'],
  ['verifyOnTime', 'verify_on_time'],
  ['followUpDue', 'follow_up_due'],
  ['followUpOnTime', 'follow_up_on_time'],
  ['promisesDue', 'promises_due'],
  ['promisesKept', 'promises_kept'],
  ['ratings', 'ratings'],
  ['ratingSum', 'rating_sum'],
];
/** The figure a later change adds once its instant has passed. */
const changeFigure: Record<string, keyof LeagueSums> = {
  sanction: 'sanction',
  verify: 'verifyDue',
  follow_up: 'followUpDue',
  promise: 'promisesDue',
};

/**
 * The back office's rollup (docs/ADMIN.md "Rollup"): per WIB day the figures of
 * every case received before the frontier, judged at the end of time, with the
 * changes still to come with time; the cases from the frontier on (the last hour
 * or so) are judged live. A day is recomputed from the cases when a trigger has
 * marked it (a case of it changed) and when the frontier moves over it.
 */
@Injectable()
export class AdminRollupService {
  private readonly logger = new Logger('AdminRollup');
  private queue: Promise<unknown> = Promise.resolve();
  private building: Promise<unknown> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stats: CaseStatsService,
    private readonly catalog: CatalogService,
  ) {}

  /**
   * What every judgement depends on besides the cases: the default thresholds, each category's,
   * and the holidays. The rollup remembers it; when it differs (a holiday added, a category's
   * thresholds edited, a new default in the configuration), the rollup is rebuilt.
   */
  private async judgement(
    m: Pick<EntityManager, 'query'>,
  ): Promise<{ hash: string; calendar: WorkingCalendar }> {
    const rows = await m.query<{ k: string; a: string; b: string | null }[]>(
      'SELECT \'h\' AS k, "date" AS a, NULL AS b FROM "holidays" UNION ALL SELECT \'c\' AS k, "id" AS a, "sla" AS b FROM "categories" ORDER BY 1, 2',
    );
    const holidays = rows.filter((r) => r.k === 'h').map((r) => ({ date: r.a }));
    const text = JSON.stringify({
      sla: this.catalog.defaultSla(),
      categories: rows.filter((r) => r.k === 'c').map((r) => [r.a, r.b]),
      holidays: holidays.map((h) => h.date),
    });
    return {
      hash: createHash('sha256').update(text).digest('hex'),
      calendar: new WorkingCalendar(holidays),
    };
  }

  /**
   * Brings the rollup up to date (builds it when missing, recomputes the marked days,
   * moves the frontier on) and gives the frontier: the rollup holds exactly the cases
   * received before it. One refresh at a time per process, and across replicas on PostgreSQL.
   */
  refresh(now: Date): Promise<number> {
    const run = this.queue.then(() => this.refreshNow(now));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Whether the rollup can answer now: built, with the judgement of today's holidays and thresholds.
   * When it is missing or stale (first start on existing cases, a holiday added, thresholds edited),
   * its full build — minutes at a million cases — starts in the background and the caller answers
   * by the scan meanwhile: nobody waits for the build.
   */
  async ready(now: Date): Promise<boolean> {
    const [state] = await this.dataSource.query<{ frontier_ms: unknown; judgement: string | null }[]>(
      'SELECT "frontier_ms", "judgement" FROM "admin_rollup_state" WHERE "id" = 1',
    );
    if (
      state &&
      state.frontier_ms !== null &&
      state.judgement === (await this.judgement(this.dataSource)).hash
    )
      return true;
    this.building ??= this.refresh(now)
      .catch((error: unknown) => this.logger.error({ err: error }, 'admin rollup build failed'))
      .finally(() => {
        this.building = null;
      });
    return false;
  }

  /** Resolves when the background build started by `ready` (if any) has ended. */
  async whenBuilt(): Promise<void> {
    await this.building;
  }

  /** Forgets the rollup: the next refresh rebuilds it (holidays and category thresholds change every judgement). */
  async invalidate(): Promise<void> {
    await this.dataSource.query('DELETE FROM "admin_rollup_state"');
  }

  /** Rebuilds the whole rollup now; gives the number of days and the time taken. */
  async rebuild(now = new Date()): Promise<{ days: number; ms: number }> {
    await this.invalidate();
    const started = Date.now();
    await this.refresh(now);
    const [{ days }] = await this.dataSource.query<{ days: string | number }[]>(
      'SELECT COUNT(DISTINCT "day") AS days FROM "admin_rollup_league"',
    );
    return { days: Number(days), ms: Date.now() - started };
  }

  private async refreshNow(now: Date): Promise<number> {
    // Fast path, without a transaction: built with the same judgement, nothing marked, frontier close enough.
    const [state] = await this.dataSource.query<
      { frontier_ms: string | number | null; judgement: string | null; dirty: unknown }[]
    >(
      'SELECT "frontier_ms", "judgement", EXISTS (SELECT 1 FROM "admin_rollup_dirty") AS dirty FROM "admin_rollup_state" WHERE "id" = 1',
    );
    if (state && state.frontier_ms !== null && !(state.dirty === true || Number(state.dirty) === 1)) {
      const frontier = Number(state.frontier_ms);
      if (Math.min(now.getTime(), Date.now()) - ROLLUP_MARGIN_MS - frontier <= ADVANCE_MS) {
        const { hash } = await this.judgement(this.dataSource);
        if (hash === state.judgement) return frontier;
      }
    }
    return this.dataSource.transaction(async (m) => {
      let dbNow = Date.now();
      if (isPostgres()) {
        await m.query('SELECT pg_advisory_xact_lock($1)', [ROLLUP_LOCK]);
        const [row] = await m.query<{ ms: string }[]>(
          'SELECT floor(extract(epoch from clock_timestamp()) * 1000)::bigint AS ms',
        );
        dbNow = Number(row.ms);
      }
      const target = Math.min(now.getTime(), dbNow) - ROLLUP_MARGIN_MS;
      const [state] = await m.query<{ frontier_ms: string | number | null; judgement: string | null }[]>(
        'SELECT "frontier_ms", "judgement" FROM "admin_rollup_state" WHERE "id" = 1',
      );
      const judgement = await this.judgement(m);
      if (!state || state.frontier_ms === null || state.judgement !== judgement.hash)
        return this.build(m, target, judgement);
      let frontier = Number(state.frontier_ms);
      const dirty = await m.query<{ id: string | number; day: string }[]>(
        'SELECT "id", "day" FROM "admin_rollup_dirty"',
      );
      const days = new Set(dirty.map((d) => d.day));
      if (target - frontier > ADVANCE_MS) {
        for (let day = dayOf(frontier); day <= dayOf(target); day = nextDay(day)) days.add(day);
        frontier = target;
        await m.query(`UPDATE "admin_rollup_state" SET "frontier_ms" = ${param(1)} WHERE "id" = 1`, [
          frontier,
        ]);
      }
      if (days.size) {
        for (const day of [...days].sort())
          await this.write(m, { from: day, to: day }, frontier, true, judgement.calendar);
        const ids = dirty.map((d) => Number(d.id));
        for (let i = 0; i < ids.length; i += 1000) {
          const chunk = ids.slice(i, i + 1000);
          await m.query(
            `DELETE FROM "admin_rollup_dirty" WHERE "id" IN (${chunk.map((_, j) => param(j + 1)).join(', ')})`,
            chunk,
          );
        }
      }
      return frontier;
    });
  }

  /** Builds the whole rollup with the cases received before `frontier`. */
  private async build(
    m: EntityManager,
    frontier: number,
    judgement: { hash: string; calendar: WorkingCalendar },
  ): Promise<number> {
    const started = Date.now();
    const [{ max }] = await m.query<{ max: string | number | null }[]>(
      'SELECT MAX("id") AS max FROM "admin_rollup_dirty"',
    );
    for (const table of ['league', 'change', 'minutes', 'dashboard'])
      await m.query(`DELETE FROM "admin_rollup_${table}"`);
    if (max !== null)
      await m.query(`DELETE FROM "admin_rollup_dirty" WHERE "id" <= ${param(1)}`, [Number(max)]);
    const [{ first }] = await m.query<{ first: unknown }[]>(
      'SELECT MIN("received_at") AS first FROM "cases"',
    );
    if (first !== null && first !== undefined) {
      const from = dayOf(instantOf(first).getTime());
      await this.write(m, { from, to: dayOf(frontier) }, frontier, false, judgement.calendar);
    }
    await m.query('DELETE FROM "admin_rollup_state"');
    await m.query(
      `INSERT INTO "admin_rollup_state" ("id", "frontier_ms", "built_at", "judgement") VALUES (1, ${param(1)}, ${param(2)}, ${param(3)})`,
      [frontier, new Date().toISOString(), judgement.hash],
    );
    this.logger.log({ ms: Date.now() - started }, 'admin rollup built');
    return frontier;
  }

  /** Scans the cases received on the days from..to before the frontier and writes their rows. */
  private async write(
    m: EntityManager,
    range: { from: string; to: string },
    frontier: number,
    replace: boolean,
    calendar: WorkingCalendar,
  ): Promise<void> {
    const { slaOf, mixOf } = await this.stats.judge();
    const cells = new DashboardAccumulator(mixOf, CLUSTER_CELL_DEGREES);
    const pending: DayRollup[] = [];
    let current = null as DayRollup | null;
    const flush = async (force: boolean) => {
      if (!force && pending.length < 30) return;
      const tables = { league: [], change: [], minutes: [], dashboard: [] } as Record<
        'league' | 'change' | 'minutes' | 'dashboard',
        unknown[][]
      >;
      for (const day of pending.splice(0)) {
        const t = day.tables();
        for (const key of Object.keys(tables) as (keyof typeof tables)[]) tables[key].push(...t[key]);
      }
      for (const key of Object.keys(tables) as (keyof typeof tables)[]) await insertRows(m, key, tables[key]);
    };
    if (replace)
      for (const table of ['league', 'change', 'minutes', 'dashboard'])
        await m.query(
          `DELETE FROM "admin_rollup_${table}" WHERE "day" >= ${param(1)} AND "day" <= ${param(2)}`,
          [range.from, range.to],
        );
    const filter: CaseFilter = { from: range.from, to: range.to };
    for await (const batch of this.stats.scan(filter, { now: THE_END, before: new Date(frontier) })) {
      for (const { row } of batch) {
        const day = dayOf(row.receivedAt.getTime());
        if (current?.day !== day) {
          if (current) pending.push(current);
          await flush(false);
          current = new DayRollup(day, (lat, lng) => cells.cellOf(lat, lng));
        }
        const config = slaOf(row.categoryId);
        current.add(row, caseFacts(row, config, calendar, THE_END), laterChanges(row, config, calendar));
      }
    }
    if (current) pending.push(current);
    await flush(true);
  }

  /**
   * League rows grouped by agency or, inside one agency, by assignee (`none`),
   * for a period with no kecamatan filter: the rollup's days, minus the changes
   * whose time has not come at `now`, plus the live tail judged at `now`.
   */
  async league(
    filter: CaseFilter,
    groupBy: 'agency' | 'assignee',
    now: Date,
  ): Promise<Map<string, LeagueRow>> {
    const frontier = await this.refresh(now);
    const keyColumn = groupBy === 'agency' ? 'agency_id' : 'assignee_key';
    const where = (p: Params) => {
      let sql = `"day" >= ${p.add(filter.from)} AND "day" <= ${p.add(filter.to)}`;
      if (filter.service) sql += ` AND "service" = ${p.add(filter.service)}`;
      if (filter.agencyId) sql += ` AND "agency_id" = ${p.add(filter.agencyId)}`;
      return sql;
    };
    const groups = new Map<string, LeagueGroup>();
    const group = (key: string) => {
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { sums: emptyLeagueSums(), counts: new BucketCounts(), live: [] }));
      return g;
    };

    let p = new Params();
    const rows = await this.dataSource.query<Record<string, string | number>[]>(
      `SELECT "${keyColumn}" AS k, ${sumColumns.map(([, c]) => `"${c}"`).join(', ')}, "buckets" FROM "admin_rollup_league" WHERE ${where(p)}`,
      p.values,
    );
    for (const row of rows) {
      const g = group(String(row.k));
      for (const [key, column] of sumColumns) g.sums[key] += Number(row[column]);
      unpackBuckets(String(row.buckets), (bucket, n) => g.counts.add(bucket, n));
    }

    p = new Params();
    const nowParam = p.add(now.getTime());
    const changes = await this.dataSource.query<{ k: string; kind: string; n: string | number }[]>(
      `SELECT "${keyColumn}" AS k, "kind", SUM("n") AS n FROM "admin_rollup_change" WHERE "at_ms" >= ${nowParam} AND ${where(p)} GROUP BY "${keyColumn}", "kind"`,
      p.values,
    );
    for (const c of changes) group(String(c.k)).sums[changeFigure[c.kind]] -= Number(c.n);

    for await (const batch of this.stats.scan(filter, { now, since: new Date(frontier) })) {
      for (const { row, facts } of batch) {
        const g = group(groupBy === 'agency' ? row.agencyId : (row.assigneeId ?? 'none'));
        addFacts(g.sums, facts);
        if (facts.firstResponseMinutes !== null) {
          g.counts.add(minuteBucket(facts.firstResponseMinutes));
          g.live.push(facts.firstResponseMinutes);
        }
      }
    }

    // The percentiles: the bucket of each rank from the counts, then that bucket's values only.
    const wanted = new Map<string, { p: number; bucket: number; rankInBucket: number }[]>();
    for (const [key, g] of groups) {
      const ranks = [50, 90].flatMap((pct) => {
        const at = g.counts.locate(nearestRank(g.counts.total, pct));
        return at ? [{ p: pct, ...at }] : [];
      });
      if (ranks.length) wanted.set(key, ranks);
    }
    const values = new Map<string, number[]>();
    const valuesOf = (key: string, bucket: number) => {
      const id = `${key}|${bucket}`;
      let list = values.get(id);
      if (!list) values.set(id, (list = []));
      return list;
    };
    for (const [key, ranks] of wanted) {
      for (const { bucket } of ranks) {
        if (values.has(`${key}|${bucket}`)) continue;
        valuesOf(key, bucket).push(...groups.get(key)!.live.filter((v) => minuteBucket(v) === bucket));
      }
    }
    const entries = [...wanted];
    for (let i = 0; i < entries.length; i += 50) {
      p = new Params();
      // Placeholders in the order of the text (SQLite's are positional).
      const period = where(p);
      const ors = entries
        .slice(i, i + 50)
        .map(
          ([key, ranks]) =>
            `("${keyColumn}" = ${p.add(key)} AND "bucket" IN (${[...new Set(ranks.map((r) => r.bucket))].map((b) => p.add(b)).join(', ')}))`,
        );
      const found = await this.dataSource.query<{ k: string; bucket: string | number; vals: string }[]>(
        `SELECT "${keyColumn}" AS k, "bucket", "vals" FROM "admin_rollup_minutes" WHERE ${period} AND (${ors.join(' OR ')})`,
        p.values,
      );
      for (const f of found) valuesOf(String(f.k), Number(f.bucket)).push(...unpackMinutes(f.vals));
    }

    const result = new Map<string, LeagueRow>();
    for (const [key, g] of groups) {
      const pick = (pct: number) => {
        const at = wanted.get(key)?.find((r) => r.p === pct);
        return at ? valueOfRank(values.get(`${key}|${at.bucket}`)!, at.rankInBucket) : null;
      };
      result.set(key, leagueRowOf(g.sums, pick(50), pick(90)));
    }
    return result;
  }

  /** The dashboard's counts of a period with no kecamatan or service filter: the rollup's days and the live tail. */
  async dashboard(filter: CaseFilter, acc: DashboardAccumulator, now: Date): Promise<void> {
    const frontier = await this.refresh(now);
    const p = new Params();
    const rows = await this.dataSource.query<
      {
        day: string;
        dim: string;
        key: string;
        n: string | number;
        sum_lat: number | null;
        sum_lng: number | null;
        code: string | null;
      }[]
    >(
      `SELECT "day", "dim", "key", "n", "sum_lat", "sum_lng", "code" FROM "admin_rollup_dashboard" WHERE "day" >= ${p.add(filter.from)} AND "day" <= ${p.add(filter.to)} ORDER BY "day", "dim", "key"`,
      p.values,
    );
    for (const r of rows) {
      const n = Number(r.n);
      if (r.dim === 'service') acc.addDayCount(parseCalendarDate(r.day)!, r.key, n);
      else if (r.dim === 'category') {
        const bar = r.key.indexOf('|');
        acc.addCount('category', r.key.slice(0, bar), n, r.key.slice(bar + 1) as 'lorong');
      } else if (r.dim === 'cell') acc.addCell(r.key, n, Number(r.sum_lat), Number(r.sum_lng), r.code ?? '');
      else acc.addCount(r.dim as 'status' | 'district', r.key, n);
    }
    for await (const batch of this.stats.scan(filter, { now, since: new Date(frontier) })) {
      for (const { row } of batch) acc.add(row);
    }
  }
}

function nextDay(day: string): string {
  return formatCalendarDate(addCalendarDays(parseCalendarDate(day)!, 1));
}

/** A timestamp read raw: a Date from PostgreSQL, UTC text from SQLite. */
function instantOf(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(text.includes('T') ? text : `${text.replace(' ', 'T')}Z`);
}
