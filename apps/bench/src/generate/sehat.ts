import { randomUUID } from 'node:crypto';
import { addCalendarDays, formatCalendarDate, todayInWib, weekday } from '@layanan/domain';
import { Writer } from './writer';
import { loadPuskesmas } from './facilities';
import { gatewayCipher } from './reference';
import type { GenerationContext, ServiceGenerator } from './registry';

const MIN = 60_000;
/** Bookings cover the last year and the coming week. */
const PAST_DAYS = 365;
const FUTURE_DAYS = 7;

const bookingColumns = [
  'id',
  'facility_id',
  'polyclinic',
  'date',
  'queue_number',
  'resident_id',
  'status',
  'active_key',
  'called_at',
  'finished_at',
  'created_at',
] as const;
const dayColumns = ['facility_id', 'polyclinic', 'date', 'quota', 'quota_set', 'issued', 'held'] as const;
const transportColumns = [
  'id',
  'requester_id',
  'patient_name',
  'phone_enc',
  'lat',
  'lng',
  'village_code',
  'address',
  'destination_facility_id',
  'urgency',
  'pregnant',
  'hpl',
  'kspr_category',
  'danger_sign',
  'pregnancy_id',
  'notes',
  'status',
  'status_reason',
  'vehicle_id',
  'dispatcher_id',
  'requested_at',
  'assigned_at',
  'on_the_way_at',
  'picked_up_at',
  'arrived_at',
  'closed_at',
  'updated_at',
] as const;

/** A WIB clock time on a WIB date, as an instant. */
const wibTime = (date: string, minutesAfterMidnight: number) =>
  new Date(Date.parse(`${date}T00:00:00+07:00`) + minutesAfterMidnight * MIN);

/**
 * e-Sehat: puskesmas bookings, one per 2 cases, over the last year and the
 * coming week on opening days (not Sunday), each polyclinic filled in
 * proportion to its quota and never past it (at 1M cases about 90 % full).
 * Past days: ≈ 78 % served, 12 % no-show, 10 % cancelled; today: the first
 * numbers served, one called, the rest waiting; coming days booked (8 %
 * cancelled). The booking_days counters agree with the rows. Transport
 * requests (one per 200 cases) over two years, all closed: mostly arrived,
 * some cancelled or invalid.
 */
export const sehatGenerator: ServiceGenerator = {
  name: 'sehat',
  tables: ['bookings', 'booking_days', 'transport_requests'],
  async generate(ctx: GenerationContext, size: number) {
    const { random } = ctx;
    const residents = ctx.reference.residentIds;
    const puskesmas = await loadPuskesmas(ctx);
    const quotas = await ctx.db.query<{ facility_id: string; polyclinic: string; daily_quota: number }>(
      'SELECT facility_id, polyclinic, daily_quota FROM polyclinic_quotas',
    );
    const quotaOf = new Map(quotas.map((q) => [`${q.facility_id}|${q.polyclinic}`, Number(q.daily_quota)]));
    const today = todayInWib(ctx.now);
    const todayText = formatCalendarDate(today);
    const nowMinutes = Math.floor(((ctx.now.getTime() + 7 * 3_600_000) % 86_400_000) / MIN);
    const out = new Writer(ctx.db);

    const dates: string[] = [];
    for (let d = -PAST_DAYS; d <= FUTURE_DAYS; d++) {
      const date = addCalendarDays(today, d);
      if (weekday(date) !== 7) dates.push(formatCalendarDate(date));
    }
    const seatsPerDay = puskesmas.reduce(
      (sum, f) => sum + f.polyclinics.reduce((s, p) => s + (quotaOf.get(`${f.id}|${p}`) ?? 0), 0),
      0,
    );
    const load = Math.min(0.9, Math.round(size / 2) / (seatsPerDay * dates.length));

    for (const date of dates) {
      const past = date < todayText;
      const isToday = date === todayText;
      for (const f of puskesmas) {
        for (const polyclinic of f.polyclinics) {
          const quota = quotaOf.get(`${f.id}|${polyclinic}`) ?? 0;
          const expected = quota * load * (date > todayText ? 0.6 : 1);
          const n = Math.min(quota, Math.floor(expected * (0.5 + random.next()) + random.next()));
          if (!n) continue;
          let held = 0;
          // Distinct residents within a day's polyclinic (one active booking per person, polyclinic and day).
          const start = random.int(0, residents.length - 1);
          const stride = 1 + random.int(0, Math.max(0, Math.floor(residents.length / Math.max(n, 1)) - 1));
          const servedToday = isToday
            ? Math.floor((n * Math.max(0, Math.min(420, nowMinutes - 450))) / 420)
            : 0;
          for (let q = 1; q <= n; q++) {
            const residentId = residents[(start + q * stride) % residents.length];
            let status: string;
            if (past)
              status = random.weighted([
                ['served', 78],
                ['no_show', 12],
                ['cancelled', 10],
              ] as const);
            else if (isToday)
              status = random.chance(0.05)
                ? 'cancelled'
                : q <= servedToday
                  ? 'served'
                  : q === servedToday + 1
                    ? 'called'
                    : 'booked';
            else status = random.chance(0.08) ? 'cancelled' : 'booked';
            const holds = status === 'served' || status === 'called' || status === 'booked';
            if (holds) held++;
            const calledMinutes = 450 + (q - 1) * 10 + random.int(0, 20);
            await out.add('bookings', bookingColumns, [
              randomUUID(),
              f.id,
              polyclinic,
              date,
              q,
              residentId,
              status,
              holds ? `${residentId}|${f.id}|${polyclinic}|${date}` : null,
              status === 'served' || status === 'called' ? wibTime(date, calledMinutes) : null,
              status === 'served' ? wibTime(date, calledMinutes + random.int(5, 25)) : null,
              wibTime(date, -random.int(60, 7 * 24 * 60)),
            ]);
          }
          await out.add('booking_days', dayColumns, [f.id, polyclinic, date, quota, false, n, held]);
        }
      }
    }

    // Transport requests (Pamekasan Call Care), all closed.
    const cipher = gatewayCipher();
    const [dispatcher] = await ctx.db.query<{ id: string }>(
      "SELECT id FROM users WHERE username = 'bench_dispatch'",
    );
    const [rsud] = await ctx.db.query<{ id: string }>(
      'SELECT id FROM facilities WHERE dispatch_centre = $1',
      [true],
    );
    const vehicles = (await ctx.db.query<{ id: string }>('SELECT id FROM transport_vehicles')).map(
      (v) => v.id,
    );
    const byDistrict = new Map(puskesmas.map((p) => [p.districtCode, p.id]));
    const transports = Math.max(20, Math.round(size / 200));
    for (let i = 0; i < transports; i++) {
      const village = ctx.places.pickVillage(random);
      const point = ctx.places.pointNear(random, village.districtCode);
      const requestedAt = new Date(ctx.now.getTime() - random.int(3600, 730 * 86_400) * 1000);
      const urgency = random.weighted([
        ['darurat', 30],
        ['segera', 45],
        ['biasa', 25],
      ] as const);
      const pregnant = random.chance(0.35);
      const status = random.weighted([
        ['arrived', 88],
        ['cancelled', 8],
        ['invalid', 4],
      ] as const);
      const t = (minutes: number) => new Date(requestedAt.getTime() + minutes * MIN);
      const assigned = random.int(2, 12);
      const onTheWay = assigned + random.int(1, 4);
      const pickedUp = onTheWay + random.int(8, 35);
      const arrived = pickedUp + random.int(10, 45);
      const served = status === 'arrived';
      const closed = served ? t(arrived) : t(assigned);
      await out.add('transport_requests', transportColumns, [
        randomUUID(),
        random.pick(residents),
        `Pasien ${i + 1}`,
        cipher.encrypt(`08${random.int(1000000000, 1999999999)}`),
        point.lat,
        point.lng,
        village.code,
        `Dusun ${random.int(1, 6)}, ${village.name}`,
        urgency === 'darurat' || pregnant ? rsud.id : (byDistrict.get(village.districtCode) ?? rsud.id),
        urgency,
        pregnant,
        null,
        null,
        pregnant && random.chance(0.2),
        null,
        null,
        status,
        status === 'cancelled' ? 'Pasien berangkat sendiri' : status === 'invalid' ? 'Panggilan iseng' : null,
        served ? random.pick(vehicles) : null,
        dispatcher.id,
        requestedAt,
        served ? t(assigned) : null,
        served ? t(onTheWay) : null,
        served ? t(pickedUp) : null,
        served ? t(arrived) : null,
        closed,
        closed,
      ]);
    }
    await out.flush();
    return out.counts;
  },
};
