import { randomBytes, randomUUID } from 'node:crypto';
import {
  type CaseClock,
  type CaseService,
  type CaseStatus,
  WorkingCalendar,
  defaultSlaConfig,
  generateTrackingCode,
  isOverdue,
  nextDeadline,
} from '@layanan/domain';
import { categoryWeights, mainPath, responsibleBodies, sideExits, storiesByCategory } from './case-stories';
import type { GenerationContext, ServiceGenerator } from './registry';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** Cases are spread over this many days before now (two years). */
const SPAN_DAYS = 730;
const BATCH = 2000;

const caseColumns = [
  'id',
  'tracking_code',
  'service',
  'category_id',
  'status',
  'title',
  'description',
  'attributes',
  'lat',
  'lng',
  'district_code',
  'village_code',
  'address',
  'road_status',
  'severity',
  'anonim',
  'rahasia',
  'reporter_id',
  'agency_id',
  'assignee_id',
  'priority',
  'duplicate_of_id',
  'reopen_count',
  'budget_year',
  'responsible_body',
  'rating',
  'supporter_count',
  'received_at',
  'routed_at',
  'first_response_at',
  'promised_by',
  'resolved_at',
  'closed_at',
  'due_at',
  'overdue',
  'escalation_level',
  'created_at',
  'updated_at',
] as const;

const eventColumns = [
  'case_id',
  'kind',
  'is_public',
  'actor_id',
  'actor_role',
  'from_status',
  'to_status',
  'message',
  'data',
  'created_at',
] as const;

type EventRow = [
  string,
  string,
  boolean,
  string | null,
  string,
  string | null,
  string | null,
  string | null,
  string,
  Date,
];

/**
 * First response in minutes, spread around the reward (10 min) and sanction
 * (1 day) thresholds of the category's SLA configuration: about a third within
 * the reward, half between, the rest later.
 */
function firstResponseMinutes(ctx: GenerationContext): number {
  const { rewardMinutes, sanctionMinutes } = defaultSlaConfig;
  const band = ctx.random.weighted([
    ['reward', 35],
    ['between', 48],
    ['late', 17],
  ] as const);
  if (band === 'reward') return ctx.random.between(0.5, rewardMinutes);
  if (band === 'between') {
    // log-uniform between the thresholds: as many at 20 min as at 10 h.
    const lo = Math.log(rewardMinutes);
    const hi = Math.log(sanctionMinutes);
    return Math.exp(ctx.random.between(lo, hi));
  }
  return sanctionMinutes * ctx.random.between(1, 5);
}

/** The cases of e-Lorong, e-Madul and e-Sehat complaints, with their timelines (DOMAIN §3). */
export const casesGenerator: ServiceGenerator = {
  name: 'cases',
  tables: ['cases', 'case_events'],
  async generate(ctx, size) {
    const { random, reference, places, now } = ctx;
    const calendar = new WorkingCalendar([]);
    const categories = reference.categories.filter((c) => categoryWeights[c.code] !== undefined);
    const weightedCategories = categories.map((c) => [c, categoryWeights[c.code]] as const);
    const officerOf = new Map(reference.agencies.map((a) => [a.id, a.officerId]));
    const codes = new Set<string>();
    /** Recent case ids per category, for duplikat links. */
    const recent = new Map<string, string[]>();
    let events = 0;
    let cases: unknown[][] = [];
    let timeline: EventRow[] = [];

    const flush = async () => {
      await ctx.db.insert('cases', caseColumns, cases);
      await ctx.db.insert('case_events', eventColumns, timeline);
      events += timeline.length;
      cases = [];
      timeline = [];
    };

    // Oldest first, so timeline ids grow with time as they do in production.
    const ages = Array.from({ length: size }, () => SPAN_DAYS * DAY * (1 - Math.sqrt(random.next())));
    ages.sort((a, b) => b - a);

    for (let i = 0; i < size; i++) {
      const receivedAt = new Date(now.getTime() - ages[i]);
      const category = random.weighted(weightedCategories);
      const service = category.service;
      const village = places.pickVillage(random);
      const hasPoint = service === 'lorong' || random.chance(0.7);
      const point = hasPoint ? places.pointNear(random, village.districtCode) : null;
      const reporterId = random.pick(reference.residentIds);
      let agencyId = category.agencyId;
      const story = storiesByCategory[category.code];
      const severity =
        service === 'lorong'
          ? random.weighted([
              ['ringan', 4],
              ['sedang', 4],
              ['berat', 2],
            ] as const)
          : null;
      const id = randomUUID();
      let trackingCode: string;
      do trackingCode = generateTrackingCode(service, (n) => randomBytes(n));
      while (codes.has(trackingCode));
      codes.add(trackingCode);

      const exit = random.chance(0.17)
        ? random.weighted(
            sideExits.filter((e) => !e.lorongOnly || service === 'lorong').map((e) => [e, e.weight] as const),
          )
        : null;
      const skipsSchedule = random.chance(0.5);

      const clock: CaseClock = {
        receivedAt,
        routedAt: null,
        firstResponseAt: null,
        promisedBy: null,
        resolvedAt: null,
        closedAt: null,
      };
      let status: CaseStatus = 'diterima';
      let assigneeId: string | null = null;
      let duplicateOfId: string | null = null;
      let budgetYear: number | null = null;
      let responsibleBody: string | null = null;
      let rating: number | null = null;
      let last = receivedAt;
      const push = (
        kind: string,
        at: Date,
        actor: 'resident' | 'officer' | 'system',
        extra: {
          from?: CaseStatus;
          to?: CaseStatus;
          message?: string;
          isPublic?: boolean;
          data?: object;
        } = {},
      ) => {
        timeline.push([
          id,
          kind,
          extra.isPublic ?? true,
          actor === 'resident' ? reporterId : actor === 'officer' ? (officerOf.get(agencyId) ?? null) : null,
          actor,
          extra.from ?? null,
          extra.to ?? null,
          extra.message ?? null,
          JSON.stringify(extra.data ?? {}),
          at,
        ]);
        if (at > last) last = at;
      };
      push('submitted', receivedAt, 'resident', { to: 'diterima' });

      // Walk the lifecycle; stop at the first step that would lie in the future.
      let t = receivedAt.getTime() + firstResponseMinutes(ctx) * MIN;
      const step = (to: CaseStatus, at: number): boolean => {
        if (at > now.getTime()) return false;
        push('status', new Date(at), 'officer', { from: status, to });
        status = to;
        return true;
      };
      if (t <= now.getTime()) {
        clock.firstResponseAt = new Date(t);
        push('response', clock.firstResponseAt, 'officer', {
          message: 'Terima kasih, laporan Anda kami terima dan segera kami tindak lanjuti.',
        });
        for (const next of mainPath.slice(1)) {
          if (exit && exit.from === status) {
            if (!step(exit.status, t + random.logNormal(2 * HOUR, 1))) break;
            const at = new Date(t);
            if (exit.status === 'duplikat') {
              const earlier = recent.get(category.id);
              duplicateOfId = earlier?.length ? random.pick(earlier) : null;
            }
            if (exit.status === 'bukan_wewenang') responsibleBody = random.pick(responsibleBodies);
            if (exit.status === 'menunggu_anggaran') budgetYear = at.getUTCFullYear() + 1;
            if (exit.status !== 'menunggu_anggaran') clock.closedAt = new Date(Math.max(t, last.getTime()));
            break;
          }
          if (next === 'dijadwalkan' && skipsSchedule) continue;
          const wait =
            next === 'diverifikasi'
              ? random.logNormal(20 * MIN, 1)
              : next === 'didisposisikan'
                ? random.logNormal(2 * HOUR, 1)
                : next === 'diproses'
                  ? random.logNormal(DAY, 0.8)
                  : next === 'dijadwalkan'
                    ? random.logNormal(2 * DAY, 0.7)
                    : next === 'selesai'
                      ? random.logNormal(6 * DAY, 0.9)
                      : random.logNormal(4 * DAY, 0.6);
          t += wait;
          if (!step(next, t)) break;
          if (next === 'diverifikasi') clock.routedAt = new Date(t);
          if (next === 'didisposisikan' && random.chance(0.04)) {
            const other = random.pick(reference.agencies).id;
            if (other !== agencyId) {
              push('reroute', new Date(t), 'officer', {
                isPublic: false,
                data: { fromAgencyId: agencyId, toAgencyId: other },
              });
              agencyId = other;
            }
          }
          if (next === 'diproses') {
            if (random.chance(0.7)) assigneeId = officerOf.get(agencyId) ?? null;
            if (random.chance(0.25)) {
              push('note', new Date(t), 'officer', { isPublic: false, message: 'Tim lapangan dijadwalkan.' });
            }
          }
          if (next === 'dijadwalkan') clock.promisedBy = new Date(t + random.between(3, 30) * DAY);
          if (next === 'selesai') clock.resolvedAt = new Date(t);
          if (next === 'ditutup') {
            clock.closedAt = new Date(t);
            if (random.chance(0.55)) {
              rating = random.weighted([
                [5, 30],
                [4, 35],
                [3, 18],
                [2, 9],
                [1, 8],
              ] as const);
              push('rating', new Date(t), 'resident', { data: { rating } });
            }
          }
        }
      }

      const list = recent.get(category.id) ?? [];
      list.push(id);
      if (list.length > 50) list.shift();
      recent.set(category.id, list);

      const dueAt = nextDeadline(clock, defaultSlaConfig, calendar);
      const overdue = isOverdue(clock, defaultSlaConfig, calendar, now);
      const title = `${random.pick(story.titles)} di ${village.name}`.slice(0, 150);
      cases.push([
        id,
        trackingCode,
        service satisfies CaseService,
        category.id,
        status,
        title,
        `${story.description} Lokasi: desa ${village.name}.`,
        category.code === 'jalan_berlubang'
          ? JSON.stringify({ ukuran: random.pick(['kecil', 'sedang', 'besar']) })
          : '{}',
        point?.lat ?? null,
        point?.lng ?? null,
        village.districtCode,
        village.code,
        point ? null : `Dusun ${random.int(1, 6)}, RT ${random.int(1, 9)}`,
        service === 'lorong'
          ? random.weighted([
              ['kabupaten', 6],
              ['desa', 2],
              ['provinsi', 1],
              ['nasional', 1],
              ['tidak_tahu', 2],
            ] as const)
          : null,
        severity,
        random.chance(0.1),
        random.chance(0.03),
        reporterId,
        agencyId,
        assigneeId,
        severity === 'berat' ? 1 : severity === 'sedang' ? 2 : 3,
        duplicateOfId,
        0,
        budgetYear,
        responsibleBody,
        rating,
        0,
        receivedAt,
        clock.routedAt,
        clock.firstResponseAt,
        clock.promisedBy,
        clock.resolvedAt,
        clock.closedAt,
        dueAt,
        overdue,
        0,
        receivedAt,
        last,
      ]);
      if (cases.length >= BATCH) await flush();
      if (ctx.progress && (i + 1) % 100_000 === 0) ctx.progress(`${i + 1} cases`);
    }
    await flush();
    return { cases: size, case_events: events };
  },
};
