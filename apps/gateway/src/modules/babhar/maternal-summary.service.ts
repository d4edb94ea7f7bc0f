import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import {
  type KsprCategory,
  type MaternalSummary,
  assessKspr,
  formatCalendarDate,
  gestationalAge,
  schedulingHpl,
  todayInWib,
} from '@layanan/domain';
import type { MaternalSummaryReader } from '../../common/maternal/maternal-summary.reader';
import { BabharRecordsService } from './babhar-records.service';
import { BabharSettingsService } from './babhar-settings';
import { DangerSignReportRow, Mother, Pregnancy } from './entities';
import { dating, statusOn } from './pregnancy-views';

/** What e-Babhar tells e-Sehat about a mother's ongoing pregnancy (MATERNAL_SUMMARY_READER). */
@Injectable()
export class MaternalSummaryService implements MaternalSummaryReader {
  constructor(
    private readonly records: BabharRecordsService,
    private readonly settings: BabharSettingsService,
  ) {}

  async forNik(nik: string): Promise<MaternalSummary | null> {
    return this.summaryOf(await this.records.motherByNik(nik));
  }

  async forResident(residentUserId: string): Promise<MaternalSummary | null> {
    const mother = await this.records.dataSource.manager.findOneBy(Mother, { residentUserId });
    return this.summaryOf(mother);
  }

  private async summaryOf(mother: Mother | null): Promise<MaternalSummary | null> {
    if (!mother) return null;
    const config = await this.settings.rules();
    const today = todayInWib();
    const manager = this.records.dataSource.manager;
    const pregnancies = await manager.find(Pregnancy, { where: { motherId: mother.id, status: 'active' } });
    const pregnancy = pregnancies.find((p) => statusOn(p, today, config) === 'active');
    if (!pregnancy) return null;
    const open = await manager.countBy(DangerSignReportRow, {
      pregnancyId: pregnancy.id,
      acknowledgedAt: IsNull(),
    });
    const score = pregnancy.ksprTotal ?? config.kspr.startScore;
    const category = (pregnancy.ksprCategory as KsprCategory | null) ?? assessKspr([], config).category;
    return {
      pregnancyId: pregnancy.id,
      hpl: formatCalendarDate(schedulingHpl(dating(pregnancy))),
      gestationalWeeks: gestationalAge(dating(pregnancy), today).weeks,
      ksprScore: score,
      ksprCategory: category,
      openDangerSign: open > 0,
      facilityId: pregnancy.puskesmasId,
    };
  }
}
