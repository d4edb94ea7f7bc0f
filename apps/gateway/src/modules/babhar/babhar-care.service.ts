import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@layanan/auth';
import {
  type BabharConfig,
  type Bilingual,
  type KsprItemCode,
  type MeasurementFlag,
  ancContactSchema,
  badRequest,
  birthPlanSchema,
  compareCalendarDates,
  conflict,
  gestationalAgeDays,
  isAfterToday,
  isFacilityBirthByHealthWorker,
  ksprAssessmentSchema,
  ksprItemLabel,
  ksprItems,
  measurementFlags,
  mergeKsprAssessment,
  notFound,
  outcomeAfterHpht,
  outcomeSchema,
  postpartumContactSchema,
  postpartumVisitCode,
  prefillKspr,
  referralInputSchema,
  statusOfOutcome,
  todayInWib,
  trimesterOf,
} from '@layanan/domain';
import { IdempotencyService } from '../../common/idempotency/idempotency.service';
import { isUniqueViolation } from '../../database/errors';
import { parseInput } from './babhar-input';
import { BabharRecordsService, type MotherHealth } from './babhar-records.service';
import { BabharSettingsService } from './babhar-settings';
import {
  AncContactRow,
  BirthPlanRow,
  DangerSignReportRow,
  KsprAssessmentRow,
  Mother,
  OutcomeRow,
  PostpartumContactRow,
  Pregnancy,
  ReferralRow,
} from './entities';
import { codesOf, contactView, dating, day, dayOrNull, ksprView, statusOn } from './pregnancy-views';

/** What staff record about a pregnancy: ANC contacts, KSPR, P4K, referrals, outcome, postpartum. */
@Injectable()
export class BabharCareService {
  constructor(
    private readonly records: BabharRecordsService,
    private readonly settings: BabharSettingsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  private config() {
    return this.settings.rules();
  }

  /** The pregnancy, which must be verified and still ongoing, for a write. */
  private async ongoing(actor: Principal, id: string, manager: EntityManager) {
    const pregnancy = await this.records.pregnancyForStaff(actor, id, manager);
    if (statusOn(pregnancy, todayInWib(), await this.config()) !== 'active')
      throw conflict('pregnancy_not_active', { id: 'pregnancy_not_active' });
    if (pregnancy.verification !== 'verified')
      throw conflict('pregnancy_pending', { id: 'pregnancy_pending' });
    return pregnancy;
  }

  private notBeforeHpht(date: string, hpht: string, field = 'date') {
    if (compareCalendarDates(day(date), day(hpht)) < 0)
      throw badRequest('validation_failed', { [field]: 'contact_before_hpht' });
  }

  async recordContact(actor: Principal, id: string, body: unknown, key: string | undefined) {
    const config = await this.config();
    return this.idempotency.transaction(
      { userId: actor.userId, key, scope: `POST /api/babhar/pregnancies/${id}/contacts`, body },
      async (manager) => {
        const pregnancy = await this.ongoing(actor, id, manager);
        const previous = await manager.find(AncContactRow, {
          where: { pregnancyId: id },
          order: { date: 'ASC', createdAt: 'ASC' },
        });
        const input = parseInput(ancContactSchema({ firstContact: previous.length === 0 }), body);
        this.notBeforeHpht(input.date, pregnancy.hpht);
        const mother = (await manager.findOneBy(Mother, { id: pregnancy.motherId }))!;
        const health = this.records.health(mother);
        const ironBefore = previous.reduce(
          (sum, r) => sum + (this.records.open<{ ironTablets?: number }>(r.dataEnc).ironTablets ?? 0),
          0,
        );
        const on = day(input.date);
        const flags: MeasurementFlag[] = measurementFlags(
          {
            systolic: input.systolic,
            diastolic: input.diastolic,
            oedema: input.oedema,
            urineProtein: input.lab?.urineProtein,
            lilaCm: input.lilaCm,
            hbGdl: input.lab?.hbGdl,
            heightCm: input.heightCm ?? health.heightCm,
            fetalHeartRate: input.fetalHeartRate,
            ironTabletsTotal: ironBefore + input.ironTablets,
            gestationalAgeDays: gestationalAgeDays(dating(pregnancy), on),
            birthDate: day(mother.birthDate),
            on,
            lastBirthDate: dayOrNull(pregnancy.lastBirthDate),
            hpht: day(pregnancy.hpht),
            para: pregnancy.para,
          },
          config,
        );
        const row = manager.create(AncContactRow, {
          id: randomUUID(),
          pregnancyId: id,
          date: input.date,
          provider: input.provider,
          ultrasound: input.ultrasound,
          nextContactDate: input.nextContactDate ?? null,
          dataEnc: this.records.seal({ ...input, flags }),
          recordedBy: actor.userId,
        });
        await manager.insert(AncContactRow, row);
        const updatedHealth: MotherHealth = {
          bloodType: health.bloodType ?? input.lab?.bloodType ?? null,
          heightCm: health.heightCm ?? input.heightCm ?? null,
        };
        if (updatedHealth.bloodType !== health.bloodType || updatedHealth.heightCm !== health.heightCm)
          await manager.update(Mother, { id: mother.id }, { healthEnc: this.records.seal(updatedHealth) });
        const all = [...previous, row].sort((a, b) => a.date.localeCompare(b.date));
        const latest = all.at(-1)!;
        await manager.update(Pregnancy, { id }, { nextContactDate: latest.nextContactDate });
        const stored = all.map((r) =>
          r === row
            ? { row: { ...row, createdAt: new Date() }, data: { ...input, flags } }
            : { row: r, data: this.records.open(r.dataEnc) },
        ) as Parameters<typeof codesOf>[1];
        const codes = codesOf(pregnancy, stored, config);
        const index = all.indexOf(row);
        return contactView(pregnancy, stored[index], codes[index] ?? null, config);
      },
    );
  }

  /** KSPR items found in the 10T records (anaemia, swelling with high blood pressure, breech, transverse). */
  private fromContacts(
    contacts: { data: { flags: MeasurementFlag[]; presentation?: string }; row: AncContactRow }[],
    pregnancy: Pregnancy,
    config: BabharConfig,
  ) {
    const reasons: Partial<Record<KsprItemCode, Bilingual>> = {};
    const flags = new Set(contacts.flatMap((c) => c.data.flags.map((f) => f.code)));
    if (flags.has('anaemia'))
      reasons['11a'] = { id: 'Hb rendah pada kunjungan ANC', en: 'Low Hb at an ANC contact' };
    if (flags.has('suspect_preeclampsia'))
      reasons['12'] = {
        id: 'Tekanan darah tinggi dengan bengkak/protein urin',
        en: 'High blood pressure with oedema/proteinuria',
      };
    const latest = contacts.at(-1);
    if (
      latest &&
      trimesterOf(Math.max(0, gestationalAgeDays(dating(pregnancy), day(latest.row.date))), config) === 3
    ) {
      if (latest.data.presentation === 'breech')
        reasons['17'] = { id: 'Presentasi sungsang', en: 'Breech presentation' };
      if (latest.data.presentation === 'transverse')
        reasons['18'] = { id: 'Letak lintang', en: 'Transverse lie' };
    }
    return reasons;
  }

  /** The KSPR card: every item with its label, items prefilled from the records, the history and total. */
  async ksprCard(actor: Principal, id: string) {
    const config = await this.config();
    const pregnancy = await this.records.pregnancyForStaff(actor, id);
    const file = await this.records.file(pregnancy);
    const today = todayInWib();
    const prefill = prefillKspr(
      {
        on: today,
        ...dating(pregnancy),
        birthDate: day(file.mother.birthDate),
        marriageDate: dayOrNull(file.mother.marriageDate),
        gravida: pregnancy.gravida,
        para: pregnancy.para,
        abortus: pregnancy.abortus,
        lastBirthDate: dayOrNull(pregnancy.lastBirthDate),
        heightCm: file.health.heightCm,
      },
      config,
    );
    const reasons = { ...this.fromContacts(file.contacts, pregnancy, config), ...prefill.reasons };
    const carried = [...new Set(file.assessments.flatMap((a) => a.data.mergedItems))];
    return {
      items: ksprItems.map((i) => ({
        code: i.code,
        number: i.number,
        group: i.group,
        score: i.score,
        label: ksprItemLabel(i.code, config),
      })),
      prefill: { items: ksprItems.map((i) => i.code).filter((c) => c in reasons), reasons },
      carriedOver: carried,
      startScore: config.kspr.startScore,
      current: ksprView(pregnancy.ksprTotal, pregnancy.ksprCategory as never),
      history: file.assessments.map((a) => ({
        id: a.row.id,
        date: a.row.date,
        trimester: a.row.trimester,
        items: a.data.items,
        total: a.row.total,
        category: a.row.category,
      })),
    };
  }

  async assessKspr(actor: Principal, id: string, body: unknown, key: string | undefined) {
    const config = await this.config();
    const input = parseInput(ksprAssessmentSchema, body);
    const today = todayInWib();
    if (isAfterToday(input.date, today)) throw badRequest('validation_failed', { date: 'date_future' });
    return this.idempotency.transaction(
      { userId: actor.userId, key, scope: `POST /api/babhar/pregnancies/${id}/kspr`, body },
      async (manager) => {
        const pregnancy = await this.ongoing(actor, id, manager);
        this.notBeforeHpht(input.date, pregnancy.hpht);
        const history = await manager.find(KsprAssessmentRow, { where: { pregnancyId: id } });
        const merged = mergeKsprAssessment(
          history.map((h) => this.records.open<{ mergedItems: KsprItemCode[] }>(h.dataEnc).mergedItems),
          input.items,
          config,
        );
        const ga = gestationalAgeDays(dating(pregnancy), day(input.date));
        const row = manager.create(KsprAssessmentRow, {
          id: randomUUID(),
          pregnancyId: id,
          date: input.date,
          trimester: trimesterOf(Math.max(0, ga), config),
          dataEnc: this.records.seal({
            items: input.items,
            mergedItems: merged.items,
            note: input.note ?? null,
          }),
          total: merged.total,
          category: merged.category,
          assessedBy: actor.userId,
        });
        await manager.insert(KsprAssessmentRow, row);
        await manager.update(Pregnancy, { id }, { ksprTotal: merged.total, ksprCategory: merged.category });
        return {
          id: row.id,
          pregnancyId: id,
          date: input.date,
          trimester: row.trimester,
          items: input.items,
          mergedItems: merged.items,
          carriedOver: merged.carriedOver,
          added: merged.added,
          total: merged.total,
          category: merged.category,
          guidance: ksprView(merged.total, merged.category),
        };
      },
    );
  }

  async saveBirthPlan(actor: Principal, id: string, body: unknown) {
    return this.records.dataSource.transaction(async (manager) => {
      const pregnancy = await this.ongoing(actor, id, manager);
      const mother = (await manager.findOneBy(Mother, { id: pregnancy.motherId }))!;
      const plan = parseInput(
        birthPlanSchema({ motherBloodType: this.records.health(mother).bloodType }),
        body,
      );
      const existing = await manager.findOneBy(BirthPlanRow, { pregnancyId: id });
      const dataEnc = this.records.seal(plan);
      if (existing)
        await manager.update(BirthPlanRow, { pregnancyId: id }, { dataEnc, updatedBy: actor.userId });
      else await manager.insert(BirthPlanRow, { pregnancyId: id, dataEnc, updatedBy: actor.userId });
      return plan;
    });
  }

  async refer(actor: Principal, id: string, body: unknown, key: string | undefined) {
    const input = parseInput(referralInputSchema, body);
    if (isAfterToday(input.date, todayInWib()))
      throw badRequest('validation_failed', { date: 'date_future' });
    return this.idempotency.transaction(
      { userId: actor.userId, key, scope: `POST /api/babhar/pregnancies/${id}/referrals`, body },
      async (manager) => {
        const pregnancy = await this.records.pregnancyForStaff(actor, id, manager);
        this.notBeforeHpht(input.date, pregnancy.hpht);
        const row = {
          id: randomUUID(),
          pregnancyId: id,
          date: input.date,
          dataEnc: this.records.seal({ to: input.to, reason: input.reason }),
          createdBy: actor.userId,
        };
        await manager.insert(ReferralRow, row);
        return { id: row.id, pregnancyId: id, date: input.date, to: input.to, reason: input.reason };
      },
    );
  }

  async recordOutcome(actor: Principal, id: string, body: unknown, key: string | undefined) {
    const input = parseInput(outcomeSchema(), body);
    return this.idempotency.transaction(
      { userId: actor.userId, key, scope: `POST /api/babhar/pregnancies/${id}/outcome`, body },
      async (manager) => {
        const pregnancy = await this.records.pregnancyForStaff(actor, id, manager);
        if (pregnancy.status === 'delivered' || pregnancy.status === 'miscarriage')
          throw conflict('outcome_exists', { id: 'outcome_exists' });
        if (!outcomeAfterHpht(input.date, pregnancy.hpht))
          throw badRequest('validation_failed', { date: 'outcome_before_hpht' });
        try {
          await manager.insert(OutcomeRow, {
            pregnancyId: id,
            kind: input.kind,
            date: input.date,
            facilityBirth: isFacilityBirthByHealthWorker(input),
            dataEnc: this.records.seal(input),
            recordedBy: actor.userId,
          });
        } catch (error) {
          if (isUniqueViolation(error)) throw conflict('outcome_exists', { id: 'outcome_exists' });
          throw error;
        }
        await manager.update(Pregnancy, { id }, { status: statusOfOutcome(input), closedOn: input.date });
        return {
          pregnancyId: id,
          ...input,
          status: statusOfOutcome(input),
          facilityBirthByHealthWorker: isFacilityBirthByHealthWorker(input),
        };
      },
    );
  }

  async recordPostpartum(actor: Principal, id: string, body: unknown, key: string | undefined) {
    const input = parseInput(postpartumContactSchema(), body);
    return this.idempotency.transaction(
      { userId: actor.userId, key, scope: `POST /api/babhar/pregnancies/${id}/postpartum-contacts`, body },
      async (manager) => {
        await this.records.pregnancyForStaff(actor, id, manager);
        const outcome = await manager.findOneBy(OutcomeRow, { pregnancyId: id });
        if (!outcome || outcome.kind !== 'birth') throw conflict('not_delivered', { id: 'not_delivered' });
        const code = postpartumVisitCode(day(outcome.date), day(input.date), await this.config());
        if (!code) throw badRequest('validation_failed', { date: 'postpartum_out_of_window' });
        const row = {
          id: randomUUID(),
          pregnancyId: id,
          date: input.date,
          visitCode: code,
          dataEnc: this.records.seal(input),
          recordedBy: actor.userId,
        };
        await manager.insert(PostpartumContactRow, row);
        return { ...input, id: row.id, pregnancyId: id, visitCode: code };
      },
    );
  }

  /** A staff member has dealt with a danger-sign report: it leaves the worklist. */
  async acknowledgeDangerSign(actor: Principal, reportId: string) {
    return this.records.dataSource.transaction(async (manager) => {
      const report = await manager.findOneBy(DangerSignReportRow, { id: reportId });
      if (!report) throw notFound();
      await this.records.pregnancyForStaff(actor, report.pregnancyId, manager);
      if (report.acknowledgedAt)
        throw conflict('danger_sign_acknowledged', { id: 'danger_sign_acknowledged' });
      const now = new Date();
      await manager.update(
        DangerSignReportRow,
        { id: reportId },
        { acknowledgedAt: now, acknowledgedBy: actor.userId },
      );
      return {
        id: reportId,
        pregnancyId: report.pregnancyId,
        acknowledgedAt: now.toISOString(),
        acknowledgedBy: actor.userId,
      };
    });
  }
}
