import { Injectable } from '@nestjs/common';
import { type FindOptionsWhere, In } from 'typeorm';
import type { Principal } from '@layanan/auth';
import {
  PREGNANCY_DAYS,
  addCalendarDays,
  formatCalendarDate,
  type KsprCategory,
  type WorklistReason,
  maskNik,
  todayInWib,
  worklistMembership,
  worklistReasonLabels,
  worklistReasons,
} from '@layanan/domain';
import { BabharRecordsService } from './babhar-records.service';
import { BabharSettingsService } from './babhar-settings';
import { Mother, Pregnancy } from './entities';
import {
  codesOf,
  contactFacts,
  dating,
  fmt,
  pregnanciesSince,
  pregnancyDates,
  statusOn,
} from './pregnancy-views';
import { inChunks } from '../../database/in-chunks';

export interface WorklistQuery {
  reason?: WorklistReason;
  puskesmasId?: string;
  page: number;
  pageSize: number;
}

export interface KohortQuery {
  page: number;
  pageSize: number;
  status?: 'active' | 'delivered' | 'miscarriage' | 'lost_to_follow_up' | 'pending';
  villageCode?: string;
  puskesmasId?: string;
}

/** Worklists and the kohort register of a puskesmas (the regency admin: all, or one puskesmas). */
@Injectable()
export class BabharListsService {
  constructor(
    private readonly records: BabharRecordsService,
    private readonly settings: BabharSettingsService,
  ) {}

  scope(actor: Principal, puskesmasId?: string): FindOptionsWhere<Pregnancy> {
    if (actor.role === 'regency_admin') return puskesmasId ? { puskesmasId } : {};
    return { puskesmasId: actor.facilityId ?? '-' };
  }

  private async mothersOf(pregnancies: Pregnancy[]) {
    const ids = [...new Set(pregnancies.map((p) => p.motherId))];
    const mothers = await inChunks(ids, (chunk) =>
      this.records.dataSource.manager.findBy(Mother, { id: In(chunk) }),
    );
    return new Map(mothers.map((m) => [m.id, m]));
  }

  /**
   * Active pregnancies with why each is on the list (a page of them, red first), counts per reason over
   * the whole list, and self-registrations to verify. Every active pregnancy of the puskesmas is judged
   * (the counts need it); only the page's mothers are read and its items built.
   */
  async worklist(actor: Principal, query: WorklistQuery) {
    const config = await this.settings.rules();
    const today = todayInWib();
    const all = await this.records.dataSource.manager.find(Pregnancy, {
      // Only pregnancies that can still be ongoing today are read; statusOn then decides.
      where: pregnanciesSince({ ...this.scope(actor, query.puskesmasId), status: 'active' }, today, config),
      order: { hpht: 'ASC', id: 'ASC' },
    });
    const active = all.filter((p) => statusOn(p, today, config) === 'active');
    const verified = active.filter((p) => p.verification === 'verified');
    const ids = verified.map((p) => p.id);
    const [contacts, dangers] = await Promise.all([
      this.records.contactsOf(ids),
      this.records.openDangerSignCounts(ids),
    ]);
    const counts = Object.fromEntries(worklistReasons.map((r) => [r, 0])) as Record<WorklistReason, number>;
    const listed: { p: Pregnancy; m: ReturnType<typeof worklistMembership> }[] = [];
    for (const p of verified) {
      const m = worklistMembership(
        {
          pregnancy: { ...dating(p), status: 'active' },
          contacts: contactFacts(contacts.get(p.id) ?? []),
          ksprCategory: p.ksprCategory as KsprCategory | null,
          openDangerSignReports: dangers.get(p.id) ?? 0,
        },
        today,
        config,
      );
      if (!m.member) continue;
      for (const reasonCode of new Set(m.entries.map((e) => e.reason))) counts[reasonCode]++;
      if (query.reason && !m.entries.some((e) => e.reason === query.reason)) continue;
      listed.push({ p, m });
    }
    // Red first; within a tone the earliest HPHT first (the order read).
    listed.sort((a, b) => (a.m.tone === b.m.tone ? 0 : a.m.tone === 'red' ? -1 : 1));
    const start = (query.page - 1) * query.pageSize;
    const page = listed.slice(start, start + query.pageSize);
    const pendingRows = active.filter((p) => p.verification === 'pending');
    const mothers = await this.mothersOf([...page.map((x) => x.p), ...pendingRows]);
    const items = page.map(({ p, m }) => {
      const mother = mothers.get(p.motherId)!;
      const dates = pregnancyDates(p, today, config);
      return {
        pregnancyId: p.id,
        motherId: p.motherId,
        motherName: mother.fullName,
        villageCode: mother.villageCode,
        gestationalWeeks: dates.gestationalAge.weeks,
        trimester: dates.trimester,
        hpl: dates.schedulingHpl,
        ksprCategory: p.ksprCategory as KsprCategory | null,
        nextContactDate: p.nextContactDate,
        tone: m.tone!,
        entries: m.entries.map((e) => ({
          reason: e.reason,
          tone: e.tone,
          label: e.label,
          trimester: e.trimester ?? null,
          date: e.date ? fmt(e.date) : null,
          daysLeft: e.daysLeft ?? null,
        })),
      };
    });
    const pending = pendingRows.map((p) => ({
      pregnancyId: p.id,
      motherName: mothers.get(p.motherId)!.fullName,
      hpht: p.hpht,
      createdAt: p.createdAt.toISOString(),
    }));
    return {
      reasons: worklistReasons.map((r) => ({ reason: r, label: worklistReasonLabels[r], count: counts[r] })),
      total: listed.length,
      page: query.page,
      pageSize: query.pageSize,
      items,
      pending,
    };
  }

  /** The kohort register: one row per pregnancy with its visits, KSPR and status, paged. */
  async kohort(actor: Principal, query: KohortQuery) {
    const config = await this.settings.rules();
    const today = todayInWib();
    // Paged in SQL (index ix_babhar_pregnancies_facility_hpht): the register of a busy puskesmas
    // holds tens of thousands of pregnancies over the years, a page 50.
    const qb = this.records.dataSource.manager
      .getRepository(Pregnancy)
      .createQueryBuilder('p')
      .where('1 = 1');
    const { puskesmasId } = this.scope(actor, query.puskesmasId) as { puskesmasId?: string };
    if (puskesmasId) qb.andWhere('p.puskesmas_id = :puskesmasId', { puskesmasId });
    // Active until the dating HPHT (the ultrasound equivalent when there is one) + lostToFollowUpDays.
    const cutoff = addCalendarDays(today, -config.dates.lostToFollowUpDays);
    const stillActive =
      '((p.usg_hpl IS NULL AND p.hpht > :cutoff) OR (p.usg_hpl IS NOT NULL AND p.usg_hpl > :usgCutoff))';
    const dates = {
      cutoff: formatCalendarDate(cutoff),
      usgCutoff: formatCalendarDate(addCalendarDays(cutoff, PREGNANCY_DAYS)),
    };
    if (query.status === 'pending') qb.andWhere("p.verification = 'pending'");
    else if (query.status === 'active') qb.andWhere(`p.status = 'active' AND ${stillActive}`, dates);
    else if (query.status === 'lost_to_follow_up')
      qb.andWhere(`(p.status = 'lost_to_follow_up' OR (p.status = 'active' AND NOT ${stillActive}))`, dates);
    else if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.villageCode)
      qb.innerJoin(Mother, 'm', 'm.id = p.mother_id AND m.village_code = :village', {
        village: query.villageCode,
      });
    const [page, total] = await qb
      .orderBy('p.hpht', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    const mothers = await this.mothersOf(page);
    const contacts = await this.records.contactsOf(page.map((p) => p.id));
    return {
      total,
      page: query.page,
      pageSize: query.pageSize,
      items: page.map((p) => {
        const mother = mothers.get(p.motherId)!;
        const rowsOf = contacts.get(p.id) ?? [];
        const codes = codesOf(
          p,
          rowsOf.map((row) => ({ row, data: {} as never })),
          config,
        );
        const dates = pregnancyDates(p, today, config);
        return {
          pregnancyId: p.id,
          motherId: p.motherId,
          motherName: mother.fullName,
          nikMasked: maskNik(this.records.cipher.decrypt(mother.nikEnc)),
          villageCode: mother.villageCode,
          hpht: p.hpht,
          hpl: p.hpl,
          gestationalWeeks: dates.gestationalAge.weeks,
          gravida: p.gravida,
          para: p.para,
          abortus: p.abortus,
          visits: rowsOf.map((r, i) => ({ code: codes[i], date: r.date })),
          ksprTotal: p.ksprTotal,
          ksprCategory: p.ksprCategory,
          status: statusOn(p, today, config),
          verification: p.verification,
        };
      }),
    };
  }
}
