import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { Principal } from '@layanan/auth';
import {
  type DangerSignReport,
  conflict,
  dangerSign,
  dangerSignAdvice,
  dangerSignReportSchema,
  dangerSignsOf,
  forbidden,
  ksprNotAssessed,
  ksprPlainWords,
  notFound,
  pregnancyRegistrationSchema,
  todayInWib,
} from '@layanan/domain';
import { IdempotencyService } from '../../common/idempotency/idempotency.service';
import { User } from '../identity/entities/user.entity';
import { UsersService } from '../identity/users.service';
import { NotificationsService } from '../notifications/notifications.service';
import { Facility } from '../sehat/entities/facility.entity';
import { parseInput } from './babhar-input';
import { BabharRecordsService } from './babhar-records.service';
import { BabharRegistryService } from './babhar-registry.service';
import { BabharSettingsService } from './babhar-settings';
import { DangerSignReportRow, Mother, Pregnancy } from './entities';
import {
  dangerSignsView,
  fmt,
  ksprView,
  pregnancyDates,
  pregnancyRecord,
  scheduleView,
  statusOn,
} from './pregnancy-views';
import type { KsprCategory } from '@layanan/domain';

/** Where the mother is sent for transport (e-Sehat). */
export const TRANSPORT_LINK = '/sehat';
export const staffPregnancyLink = (id: string) => `/babhar/staf/kehamilan/${id}`;

/** The mother's own side: claim, self-register, follow her pregnancy, report a danger sign. */
@Injectable()
export class BabharResidentService {
  constructor(
    private readonly records: BabharRecordsService,
    private readonly registry: BabharRegistryService,
    private readonly settings: BabharSettingsService,
    private readonly users: UsersService,
    private readonly idempotency: IdempotencyService,
    private readonly notifications: NotificationsService,
  ) {}

  private async accountNik(actor: Principal): Promise<string> {
    const nik = this.users.nikOf(await this.users.get(actor.userId));
    if (!nik) throw forbidden();
    return nik;
  }

  /** Links the mother's record with this NIK to her account. */
  async claim(actor: Principal, nik: string) {
    if (nik !== (await this.accountNik(actor))) throw forbidden('nik_not_yours');
    const mother = await this.records.motherByNik(nik);
    if (!mother) throw notFound();
    if (mother.residentUserId && mother.residentUserId !== actor.userId)
      throw conflict('mother_claimed', { nik: 'mother_claimed' });
    await this.records.dataSource.manager.update(Mother, { id: mother.id }, { residentUserId: actor.userId });
    return this.mine(actor);
  }

  /** The mother registers her pregnancy herself; the bidan of the chosen puskesmas verifies it. */
  async selfRegister(actor: Principal, body: unknown, key: string | undefined) {
    const shape = z.object({
      mother: z.record(z.string(), z.unknown()),
      pregnancy: z.record(z.string(), z.unknown()),
    });
    const raw = parseInput(shape, body);
    const nik = await this.accountNik(actor);
    const motherInput = this.registry.parseMother({ ...raw.mother, nik }, 'mother');
    const config = await this.settings.rules();
    const pregnancyInput = parseInput(
      pregnancyRegistrationSchema({ config }),
      { ...raw.pregnancy, motherId: 'self' },
      'pregnancy',
    );
    await this.idempotency.transaction(
      { userId: actor.userId, key, scope: 'POST /api/babhar/me/pregnancies', body },
      async (manager) => {
        await this.registry.checkAssignment(manager, pregnancyInput.puskesmasId, null, 'pregnancy.');
        let mother = await manager.findOneBy(Mother, { nikHash: this.records.cipher.hash(nik) });
        if (mother && mother.residentUserId && mother.residentUserId !== actor.userId)
          throw conflict('mother_claimed', { nik: 'mother_claimed' });
        if (mother) await manager.update(Mother, { id: mother.id }, { residentUserId: actor.userId });
        else mother = await this.registry.insertMother(manager, motherInput, actor.userId, actor.userId);
        const row = await this.registry.insertPregnancy(
          manager,
          { ...pregnancyInput, bidanId: null },
          mother.id,
          actor.userId,
          'pending',
          null,
        );
        return { pregnancyId: row.id };
      },
    );
    return this.mine(actor);
  }

  private async motherOf(actor: Principal): Promise<Mother> {
    const mother = await this.records.dataSource.manager.findOneBy(Mother, { residentUserId: actor.userId });
    if (!mother) throw notFound();
    return mother;
  }

  /** Her current pregnancy (the ongoing one, else the latest) in words she can use. */
  async mine(actor: Principal) {
    const config = await this.settings.rules();
    const today = todayInWib();
    const mother = await this.motherOf(actor);
    const manager = this.records.dataSource.manager;
    const pregnancies = await manager.find(Pregnancy, {
      where: { motherId: mother.id },
      order: { hpht: 'DESC' },
    });
    const pregnancy = pregnancies.find((p) => statusOn(p, today, config) === 'active') ?? pregnancies[0];
    if (!pregnancy) throw notFound();
    const file = await this.records.file(pregnancy);
    const facility = await manager.findOneBy(Facility, { id: pregnancy.puskesmasId });
    const bidan = pregnancy.bidanId ? await manager.findOneBy(User, { id: pregnancy.bidanId }) : null;
    const record = pregnancyRecord(pregnancy, today, config);
    const next = pregnancy.nextContactDate;
    const category = pregnancy.ksprCategory as KsprCategory | null;
    const period = record.status === 'delivered' ? 'postpartum' : 'pregnancy';
    return {
      pregnancy: record,
      mother: { fullName: mother.fullName },
      dates: pregnancyDates(pregnancy, today, config),
      schedule: scheduleView(
        pregnancy,
        file.contacts.map((c) => c.row),
        today,
        config,
        file.outcome?.date,
      ),
      nextContact: next
        ? { date: next, state: next < fmt(today) ? ('overdue' as const) : ('due' as const) }
        : null,
      kspr: category
        ? { ...ksprView(pregnancy.ksprTotal, category)!, plain: ksprPlainWords[category] }
        : { notAssessed: ksprNotAssessed },
      birthPlan: file.birthPlan,
      dangerSigns: dangerSignsOf(period).map((s) => ({ code: s.code, label: s.label })),
      dangerSignPeriod: period,
      reports: dangerSignsView(file).map(({ acknowledgedBy: _by, ...r }) => r),
      puskesmas: facility ? { id: facility.id, name: facility.name, address: facility.address } : null,
      bidan: bidan ? { fullName: bidan.fullName } : null,
      transportLink: TRANSPORT_LINK,
    };
  }

  /** A danger sign: stored, her bidan and every health worker of her puskesmas alerted at once. */
  async reportDangerSign(actor: Principal, body: DangerSignReport, key: string | undefined) {
    const input = parseInput(dangerSignReportSchema, body);
    const mother = await this.motherOf(actor);
    return this.idempotency.transaction(
      { userId: actor.userId, key, scope: 'POST /api/babhar/me/danger-signs', body },
      async (manager) => {
        const pregnancy = await manager.findOneBy(Pregnancy, { id: input.pregnancyId });
        if (!pregnancy || pregnancy.motherId !== mother.id) throw notFound();
        const row = manager.create(DangerSignReportRow, {
          id: randomUUID(),
          pregnancyId: pregnancy.id,
          period: input.period,
          dataEnc: this.records.seal({ signs: input.signs, note: input.note ?? null }),
          reportedBy: actor.userId,
          acknowledgedAt: null,
          acknowledgedBy: null,
        });
        await manager.insert(DangerSignReportRow, row);
        const staff = await manager.find(User, {
          where: { facilityId: pregnancy.puskesmasId, role: 'health_staff' },
          select: { id: true, disabledAt: true },
        });
        const recipients = [
          ...new Set([
            ...(pregnancy.bidanId ? [pregnancy.bidanId] : []),
            ...staff.filter((s) => !s.disabledAt).map((s) => s.id),
          ]),
        ];
        const labels = input.signs.map((code) => dangerSign(code).label);
        await this.notifications.notify(
          {
            userIds: recipients,
            kind: 'danger_sign.alert',
            title: { id: `Tanda bahaya: ${mother.fullName}`, en: `Danger sign: ${mother.fullName}` },
            body: {
              id: `${labels.map((l) => l.id).join('; ')}. Hubungi ibu dan tindak lanjuti sekarang.`,
              en: `${labels.map((l) => l.en).join('; ')}. Contact the mother and act now.`,
            },
            link: staffPregnancyLink(pregnancy.id),
          },
          manager,
        );
        const facility = await manager.findOneBy(Facility, { id: pregnancy.puskesmasId });
        return {
          report: {
            id: row.id,
            pregnancyId: pregnancy.id,
            period: input.period,
            signs: input.signs.map((code, i) => ({ code, label: labels[i] })),
            reportedAt: new Date().toISOString(),
          },
          advice: dangerSignAdvice,
          alerted: recipients.length,
          puskesmas: facility ? { id: facility.id, name: facility.name, address: facility.address } : null,
          transportLink: TRANSPORT_LINK,
        };
      },
    );
  }
}
