import { randomUUID } from 'node:crypto';
import {
  type CalendarDate,
  type KsprItemCode,
  addCalendarDays,
  assessKspr,
  defaultBabharConfig,
  formatCalendarDate,
  hplPlus280,
  measurementFlags,
  mergeKsprAssessment,
  naegeleHpl,
  pregnancyDangerSignCodes,
  todayInWib,
  trimesterOf,
} from '@layanan/domain';
import { type FacilityRef, loadPuskesmas } from './facilities';
import { gatewayCipher } from './reference';
import { Writer } from './writer';
import type { GenerationContext, ServiceGenerator } from './registry';

const config = defaultBabharConfig;
/** HPHTs are spread over this many days before today (two years of records, plus the pregnancies then ongoing). */
const SPAN_DAYS = 730 + 280;

const motherColumns = [
  'id',
  'nik_hash',
  'nik_enc',
  'full_name',
  'birth_date',
  'phone_enc',
  'village_code',
  'address',
  'health_enc',
  'marriage_date',
  'resident_user_id',
  'created_by',
  'created_at',
  'updated_at',
] as const;
const pregnancyColumns = [
  'id',
  'mother_id',
  'hpht',
  'hpl',
  'hpl_280',
  'usg_hpl',
  'gravida',
  'para',
  'abortus',
  'last_birth_date',
  'bidan_id',
  'puskesmas_id',
  'status',
  'verification',
  'verified_at',
  'verified_by',
  'kspr_total',
  'kspr_category',
  'next_contact_date',
  'reminded_for',
  'closed_on',
  'created_by',
  'created_at',
  'updated_at',
] as const;
const contactColumns = [
  'id',
  'pregnancy_id',
  'date',
  'provider',
  'ultrasound',
  'next_contact_date',
  'data_enc',
  'recorded_by',
  'created_at',
] as const;
const ksprColumns = [
  'id',
  'pregnancy_id',
  'date',
  'trimester',
  'data_enc',
  'total',
  'category',
  'assessed_by',
  'created_at',
] as const;
const dangerColumns = [
  'id',
  'pregnancy_id',
  'period',
  'data_enc',
  'reported_by',
  'acknowledged_at',
  'acknowledged_by',
  'created_at',
] as const;
const outcomeColumns = [
  'pregnancy_id',
  'kind',
  'date',
  'facility_birth',
  'data_enc',
  'recorded_by',
  'created_at',
] as const;

const firstNames = [
  'Siti',
  'Nur',
  'Aisyah',
  'Fatimah',
  'Halimah',
  'Rofiqoh',
  'Maimunah',
  'Khotijah',
  'Sulastri',
];
const lastNames = ['Aminah', 'Hasanah', 'Zahro', 'Rahmawati', 'Holisah', 'Munawaroh', 'Jamilah', 'Qomariyah'];
const fourPoint: KsprItemCode[] = ['1', '2a', '3', '4', '5', '6', '7', '8', '9a', '11a', '12', '13', '14'];
const eightPoint: KsprItemCode[] = ['10', '17', '18', '19', '20'];

/**
 * The PMK 21/2021 contacts (1-2-3) as gestational weeks: K1 at registration,
 * then two in TM2 and three in TM3; the doctor sees her once in TM1 and once
 * in TM3, each time with ultrasound.
 */
const plannedWeeks = [16, 22, 28, 33, 37];

/** A WIB calendar date as text, `offset` days from `base`. */
const at = (base: CalendarDate, offset: number) => formatCalendarDate(addCalendarDays(base, offset));

/** A time of day (08:00–13:00 WIB) on a WIB calendar date, as an instant. */
function instantOn(date: string, random: GenerationContext['random']): Date {
  return new Date(Date.parse(`${date}T01:00:00Z`) + random.int(0, 5 * 3600) * 1000);
}

function ksprItemsFor(random: GenerationContext['random']): KsprItemCode[] {
  const r = random.next();
  const items = new Set<KsprItemCode>();
  if (r < 0.6) return []; // KRR: the start score only
  if (r < 0.9) {
    // KRT: 6–10
    items.add(random.pick(fourPoint));
    if (random.chance(0.4)) items.add(random.pick(fourPoint));
  } else {
    // KRST: ≥ 12
    items.add(random.pick(eightPoint));
    items.add(random.pick(fourPoint));
    if (random.chance(0.3)) items.add(random.pick(eightPoint));
  }
  return [...items];
}

/**
 * e-Babhar: one pregnancy per 10 cases, each of its own mother (NIK, phone and
 * health facts encrypted and the NIK hashed with the gateway's FieldCipher).
 * HPHTs over the last 33 months, so every trimester is under way today and
 * earlier pregnancies have ended (≈ 8 % miscarriage, births around 40 weeks,
 * 3 % never come back: lost to follow-up at HPHT + 308 days). ANC contacts
 * follow the 1-2-3 schedule from a K1 at 6–24 weeks with 15 % of contacts
 * missed, so worklists hold overdue and due contacts; KSPR scored at K1 (≈ 60 %
 * KRR, 30 % KRT, 10 % KRST) and again in TM3 for some; danger signs reported by
 * 3 % of mothers, most acknowledged. The puskesmas is the one of her kecamatan.
 */
export const babharGenerator: ServiceGenerator = {
  name: 'babhar',
  tables: [
    'babhar_mothers',
    'babhar_pregnancies',
    'babhar_anc_contacts',
    'babhar_kspr_assessments',
    'babhar_danger_sign_reports',
    'babhar_outcomes',
  ],
  async generate(ctx, size) {
    const { random } = ctx;
    const cipher = gatewayCipher();
    const puskesmas = await loadPuskesmas(ctx);
    const byDistrict = new Map<string, FacilityRef>(puskesmas.map((p) => [p.districtCode, p]));
    const today = todayInWib(ctx.now);
    const todayText = formatCalendarDate(today);
    const out = new Writer(ctx.db);
    const niks = new Set<string>();
    const count = Math.max(100, Math.round(size / 10));
    for (let i = 0; i < count; i++) {
      const village = ctx.places.pickVillage(random);
      const facility = byDistrict.get(village.districtCode)!;
      const bidan = facility.bidanId;
      // Dates: K1 (registration) at 6–24 weeks, most in TM1 (K1 murni).
      const k1Days = random.chance(0.7) ? random.int(42, 90) : random.int(91, 170);
      const hphtOffset = -random.int(k1Days + 1, SPAN_DAYS);
      const hpht = addCalendarDays(today, hphtOffset);
      const hphtText = formatCalendarDate(hpht);
      const gaToday = -hphtOffset;
      const ageAtHpht = random.int(17, 42);
      const birthDate = at(hpht, -ageAtHpht * 365 - random.int(0, 364));
      const gravida = random.weighted([
        [1, 35],
        [2, 30],
        [3, 20],
        [4, 10],
        [5, 5],
      ] as const);
      const abortus = gravida > 1 && random.chance(0.15) ? 1 : 0;
      const para = gravida - 1 - abortus;
      const lastBirthDate = para > 0 ? at(hpht, -random.int(400, 3000)) : null;

      // Fate: miscarriage, birth around term, or she stops coming.
      const fate = random.weighted([
        ['birth', 89],
        ['miscarriage', 8],
        ['lost', 3],
      ] as const);
      const endDays =
        fate === 'miscarriage'
          ? random.int(49, 139)
          : fate === 'birth'
            ? Math.min(296, Math.max(245, Math.round(280 + random.normal() * 9)))
            : Number.POSITIVE_INFINITY;
      const ended = endDays <= gaToday;
      const lostAfter = fate === 'lost' ? random.int(k1Days, 250) : Number.POSITIVE_INFINITY;

      let status: string = 'active';
      let closedOn: string | null = null;
      if (ended) {
        status = fate === 'miscarriage' ? 'miscarriage' : 'delivered';
        closedOn = at(hpht, endDays);
      } else if (fate === 'lost' && gaToday >= config.dates.lostToFollowUpDays) {
        status = 'lost_to_follow_up';
        closedOn = at(hpht, config.dates.lostToFollowUpDays);
      }
      const stopDays = Math.min(endDays, lostAfter, gaToday);

      const motherId = randomUUID();
      const pregnancyId = randomUUID();
      const registered = at(hpht, k1Days);
      const registeredAt = instantOn(registered, random);
      // A few mothers registered themselves on the portal and wait for the bidan (no contact yet).
      const pending = status === 'active' && gaToday - k1Days < 21 && random.chance(0.1);

      let nik: string;
      do {
        const [y, m, d] = birthDate.split('-');
        nik = `${village.districtCode.replace(/\./g, '')}${Number(d) + 40}${m}${y.slice(2)}${String(random.int(1, 9999)).padStart(4, '0')}`;
      } while (niks.has(nik));
      niks.add(nik);
      const heightCm = Math.round((152 + random.normal() * 5.5) * 10) / 10;
      await out.add('babhar_mothers', motherColumns, [
        motherId,
        cipher.hash(nik),
        cipher.encrypt(nik),
        `${random.pick(firstNames)} ${random.pick(lastNames)}`,
        birthDate,
        random.chance(0.85) ? cipher.encrypt(`08${random.int(1000000000, 1999999999)}`) : null,
        village.code,
        `Dusun ${random.int(1, 6)}, ${village.name}`,
        cipher.encrypt(
          JSON.stringify({
            bloodType: random.chance(0.7)
              ? {
                  abo: random.weighted([
                    ['O', 38],
                    ['A', 26],
                    ['B', 29],
                    ['AB', 7],
                  ] as const),
                  rhesus: 'positive',
                }
              : null,
            heightCm,
          }),
        ),
        at(hpht, -random.int(120, 3650)),
        null,
        bidan,
        registeredAt,
        registeredAt,
      ]);

      // ANC contacts: K1, then the planned weeks, each missed with 15 % chance; none after she stops coming.
      const contactDays = [k1Days];
      for (const week of plannedWeeks) {
        const d = week * 7 + random.int(-5, 5);
        if (d > contactDays[contactDays.length - 1] + 20) contactDays.push(d);
      }
      const doctorTm1 = random.chance(0.65);
      const doctorTm3 = random.chance(0.6);
      let nextContact: string | null = null;
      let lastContactDate: string | null = null;
      let iron = 0;
      if (!pending) {
        let tdLevel = random.int(0, 3);
        for (let c = 0; c < contactDays.length; c++) {
          const days = contactDays[c];
          if (days >= stopDays) break;
          if (c > 0 && random.chance(0.15)) continue; // missed: she comes to the next one, or not at all
          const date = at(hpht, days);
          const ga = days;
          const tm = trimesterOf(ga, config);
          const doctor = (tm === 1 && doctorTm1 && c === 0) || (tm === 3 && doctorTm3 && c === 4);
          const next = contactDays[c + 1] !== undefined ? at(hpht, contactDays[c + 1]) : at(hpht, 40 * 7);
          const systolic = Math.round(112 + random.normal() * 12);
          const diastolic = Math.round(72 + random.normal() * 9);
          const lilaCm = Math.round((25 + random.normal() * 2.2) * 10) / 10;
          const hbGdl = Math.round((11.6 + random.normal() * 1.1) * 10) / 10;
          const tablets = random.pick([0, 30, 30, 30, 60]);
          iron += tablets;
          const fetalHeartRate = ga >= 20 * 7 ? Math.round(142 + random.normal() * 9) : undefined;
          const tdDoseGiven = tdLevel < 5 && random.chance(0.5) ? (`T${tdLevel + 1}` as const) : undefined;
          const input = {
            date,
            provider: doctor ? 'doctor' : 'bidan',
            weightKg: Math.round((52 + random.normal() * 8 + ga / 14) * 10) / 10,
            ...(c === 0 ? { heightCm } : {}),
            systolic,
            diastolic,
            lilaCm,
            ...(ga >= 20 * 7 ? { fundalHeightCm: Math.round(ga / 7 - 2 + random.normal() * 1.5) } : {}),
            ...(fetalHeartRate ? { fetalHeartRate } : {}),
            tdStatus: `T${tdLevel}`,
            ...(tdDoseGiven ? { tdDoseGiven } : {}),
            ironTablets: tablets,
            ...(c === 0 ? { lab: { hbGdl } } : {}),
            ultrasound: doctor,
            counselling: ['nutrition', 'danger_signs'],
            dangerSignsChecked: true,
            dangerSignsFound: [],
            nextContactDate: next,
          };
          if (tdDoseGiven) tdLevel++;
          const flags = measurementFlags(
            {
              systolic,
              diastolic,
              lilaCm,
              hbGdl: c === 0 ? hbGdl : undefined,
              heightCm,
              fetalHeartRate,
              ironTabletsTotal: iron,
              gestationalAgeDays: ga,
              birthDate: parse(birthDate),
              on: parse(date),
              lastBirthDate: lastBirthDate ? parse(lastBirthDate) : null,
              hpht,
              para,
            },
            config,
          );
          await out.add('babhar_anc_contacts', contactColumns, [
            randomUUID(),
            pregnancyId,
            date,
            input.provider,
            doctor,
            next,
            cipher.encrypt(JSON.stringify({ ...input, flags })),
            bidan,
            instantOn(date, random),
          ]);
          nextContact = next;
          lastContactDate = date;
        }
      }

      // KSPR at K1, and again in TM3 for some (merged: the score never goes down).
      let kspr: { total: number; category: string } | null = null;
      if (!pending && lastContactDate) {
        const history: KsprItemCode[][] = [];
        const assessments = [k1Days];
        if (stopDays > 30 * 7 && random.chance(0.4))
          assessments.push(random.int(30 * 7, Math.min(stopDays - 1, 36 * 7)));
        for (const days of assessments) {
          const items =
            history.length === 0 ? ksprItemsFor(random) : random.chance(0.3) ? [random.pick(fourPoint)] : [];
          const merged = history.length
            ? mergeKsprAssessment(history, items, config)
            : assessKspr(items, config);
          history.push(merged.items);
          const date = at(hpht, days);
          await out.add('babhar_kspr_assessments', ksprColumns, [
            randomUUID(),
            pregnancyId,
            date,
            trimesterOf(days, config),
            cipher.encrypt(JSON.stringify({ items, mergedItems: merged.items, note: null })),
            merged.total,
            merged.category,
            bidan,
            instantOn(date, random),
          ]);
          kspr = { total: merged.total, category: merged.category };
        }
      }

      // Danger signs reported from the portal; acknowledged by the bidan within hours, except recent ones.
      if (!pending && lastContactDate && random.chance(0.03)) {
        const days = random.int(k1Days, Math.max(k1Days, stopDays - 1));
        const date = at(hpht, days);
        const reportedAt = instantOn(date, random);
        const open = status === 'active' && gaToday - days < 14;
        await out.add('babhar_danger_sign_reports', dangerColumns, [
          randomUUID(),
          pregnancyId,
          'pregnancy',
          cipher.encrypt(JSON.stringify({ signs: [random.pick(pregnancyDangerSignCodes)], note: null })),
          bidan,
          open ? null : new Date(reportedAt.getTime() + random.int(10, 600) * 60_000),
          open ? null : bidan,
          reportedAt,
        ]);
      }

      if (ended) {
        const date = closedOn!;
        const birth = fate === 'birth';
        const place = birth
          ? random.weighted([
              ['puskesmas', 45],
              ['hospital', 30],
              ['polindes', 15],
              ['home', 10],
            ] as const)
          : 'hospital';
        const attendant = place === 'home' ? 'bidan' : place === 'hospital' ? 'doctor' : 'bidan';
        const outcome = birth
          ? {
              kind: 'birth',
              date,
              place,
              attendant,
              mode: random.chance(0.2) ? 'caesarean' : 'spontaneous',
              babies: [
                {
                  sex: random.chance(0.5) ? 'female' : 'male',
                  bornAlive: true,
                  weightGrams: random.int(2300, 3900),
                },
              ],
              maternalDeath: false,
            }
          : { kind: 'miscarriage', date, place, attendant: 'doctor', babies: [], maternalDeath: false };
        await out.add('babhar_outcomes', outcomeColumns, [
          pregnancyId,
          outcome.kind,
          date,
          birth && place !== 'home',
          cipher.encrypt(JSON.stringify(outcome)),
          bidan,
          instantOn(date, random),
        ]);
      }

      const hpl = formatCalendarDate(naegeleHpl(hpht, config));
      await out.add('babhar_pregnancies', pregnancyColumns, [
        pregnancyId,
        motherId,
        hphtText,
        hpl,
        formatCalendarDate(hplPlus280(hpht)),
        null,
        gravida,
        para,
        abortus,
        lastBirthDate,
        bidan,
        facility.id,
        status,
        pending ? 'pending' : 'verified',
        pending ? null : registeredAt,
        pending ? null : bidan,
        kspr?.total ?? null,
        kspr?.category ?? null,
        status === 'active' ? nextContact : null,
        null,
        closedOn,
        bidan,
        registeredAt,
        closedOn && closedOn < todayText ? instantOn(closedOn, random) : registeredAt,
      ]);
      if (i % 20_000 === 19_999) ctx.progress?.(`babhar: ${i + 1} / ${count} pregnancies`);
    }
    await out.flush();
    return out.counts;
  },
};

function parse(text: string): CalendarDate {
  const [year, month, day] = text.split('-').map(Number);
  return { year, month, day };
}
