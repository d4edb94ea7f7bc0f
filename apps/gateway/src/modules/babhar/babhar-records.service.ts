import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import {
  type AncContact,
  type BirthPlan,
  type BloodType,
  type DangerSignCode,
  type KsprItemCode,
  type MeasurementFlag,
  type Outcome,
  type PostpartumContact,
  forbidden,
  notFound,
} from '@layanan/domain';
import type { Principal } from '@layanan/auth';
import { FieldCipher } from '../../common/crypto/field-cipher';
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
import { inChunks } from '../../database/in-chunks';

export interface MotherHealth {
  bloodType: BloodType | null;
  heightCm: number | null;
}

export interface StoredContact {
  row: AncContactRow;
  data: AncContact & { flags: MeasurementFlag[] };
}
export interface StoredAssessment {
  row: KsprAssessmentRow;
  data: { items: KsprItemCode[]; mergedItems: KsprItemCode[]; note: string | null };
}
export interface StoredDangerSign {
  row: DangerSignReportRow;
  data: { signs: DangerSignCode[]; note: string | null };
}
export interface StoredReferral {
  row: ReferralRow;
  data: { to: string; reason: string };
}

/** Everything recorded about one pregnancy, decrypted. */
export interface PregnancyFile {
  pregnancy: Pregnancy;
  mother: Mother;
  health: MotherHealth;
  nik: string;
  phone: string | null;
  contacts: StoredContact[];
  assessments: StoredAssessment[];
  birthPlan: BirthPlan | null;
  referrals: StoredReferral[];
  outcome: (Outcome & { row: OutcomeRow }) | null;
  postpartum: { row: PostpartumContactRow; data: PostpartumContact }[];
  dangerSigns: StoredDangerSign[];
}

/** Loads and decrypts e-Babhar records, and checks who may see them. */
@Injectable()
export class BabharRecordsService {
  constructor(
    @InjectDataSource() readonly dataSource: DataSource,
    readonly cipher: FieldCipher,
  ) {}

  seal(value: unknown): string {
    return this.cipher.encrypt(JSON.stringify(value));
  }

  open<T>(stored: string): T {
    return JSON.parse(this.cipher.decrypt(stored)) as T;
  }

  health(mother: Mother): MotherHealth {
    return this.open<MotherHealth>(mother.healthEnc);
  }

  /** Health staff see their puskesmas's pregnancies; the regency admin sees all. */
  canStaffSee(actor: Principal, pregnancy: Pick<Pregnancy, 'puskesmasId'>): boolean {
    return (
      actor.role === 'regency_admin' || (!!actor.facilityId && actor.facilityId === pregnancy.puskesmasId)
    );
  }

  /** The pregnancy for a staff member: 404 when it does not exist, 403 outside their puskesmas. */
  async pregnancyForStaff(actor: Principal, id: string, manager?: EntityManager): Promise<Pregnancy> {
    const pregnancy = await (manager ?? this.dataSource.manager).findOneBy(Pregnancy, { id });
    if (!pregnancy) throw notFound();
    if (!this.canStaffSee(actor, pregnancy)) throw forbidden();
    return pregnancy;
  }

  async mother(id: string, manager?: EntityManager): Promise<Mother> {
    const mother = await (manager ?? this.dataSource.manager).findOneBy(Mother, { id });
    if (!mother) throw notFound();
    return mother;
  }

  motherByNik(nik: string, manager?: EntityManager): Promise<Mother | null> {
    return (manager ?? this.dataSource.manager).findOneBy(Mother, { nikHash: this.cipher.hash(nik) });
  }

  async file(pregnancy: Pregnancy, manager: EntityManager = this.dataSource.manager): Promise<PregnancyFile> {
    const id = pregnancy.id;
    const [mother, contacts, assessments, plan, referrals, outcome, postpartum, dangerSigns] =
      await Promise.all([
        this.mother(pregnancy.motherId, manager),
        manager.find(AncContactRow, { where: { pregnancyId: id }, order: { date: 'ASC', createdAt: 'ASC' } }),
        manager.find(KsprAssessmentRow, {
          where: { pregnancyId: id },
          order: { date: 'ASC', createdAt: 'ASC' },
        }),
        manager.findOneBy(BirthPlanRow, { pregnancyId: id }),
        manager.find(ReferralRow, { where: { pregnancyId: id }, order: { date: 'ASC', createdAt: 'ASC' } }),
        manager.findOneBy(OutcomeRow, { pregnancyId: id }),
        manager.find(PostpartumContactRow, { where: { pregnancyId: id }, order: { date: 'ASC' } }),
        manager.find(DangerSignReportRow, { where: { pregnancyId: id }, order: { createdAt: 'DESC' } }),
      ]);
    return {
      pregnancy,
      mother,
      health: this.health(mother),
      nik: this.cipher.decrypt(mother.nikEnc),
      phone: mother.phoneEnc ? this.cipher.decrypt(mother.phoneEnc) : null,
      contacts: contacts.map((row) => ({ row, data: this.open(row.dataEnc) })),
      assessments: assessments.map((row) => ({ row, data: this.open(row.dataEnc) })),
      birthPlan: plan ? this.open<BirthPlan>(plan.dataEnc) : null,
      referrals: referrals.map((row) => ({ row, data: this.open(row.dataEnc) })),
      outcome: outcome ? { ...this.open<Outcome>(outcome.dataEnc), row: outcome } : null,
      postpartum: postpartum.map((row) => ({ row, data: this.open<PostpartumContact>(row.dataEnc) })),
      dangerSigns: dangerSigns.map((row) => ({ row, data: this.open(row.dataEnc) })),
    };
  }

  /** Open (unacknowledged) danger-sign reports per pregnancy. */
  async openDangerSignCounts(pregnancyIds: string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (!pregnancyIds.length) return counts;
    const rows = await inChunks(pregnancyIds, (chunk) =>
      this.dataSource.manager.find(DangerSignReportRow, {
        where: { pregnancyId: In(chunk), acknowledgedAt: IsNull() },
        select: { pregnancyId: true },
      }),
    );
    for (const r of rows) counts.set(r.pregnancyId, (counts.get(r.pregnancyId) ?? 0) + 1);
    return counts;
  }

  /** Plain columns of the ANC contacts of many pregnancies (what the schedule rules need). */
  async contactsOf(pregnancyIds: string[]): Promise<Map<string, AncContactRow[]>> {
    const map = new Map<string, AncContactRow[]>();
    if (!pregnancyIds.length) return map;
    const rows = await inChunks(pregnancyIds, (chunk) =>
      this.dataSource.manager.find(AncContactRow, {
        where: { pregnancyId: In(chunk) },
        select: {
          id: true,
          pregnancyId: true,
          date: true,
          provider: true,
          ultrasound: true,
          nextContactDate: true,
        },
        order: { date: 'ASC' },
      }),
    );
    for (const r of rows) {
      const list = map.get(r.pregnancyId);
      if (list) list.push(r);
      else map.set(r.pregnancyId, [r]);
    }
    return map;
  }
}
