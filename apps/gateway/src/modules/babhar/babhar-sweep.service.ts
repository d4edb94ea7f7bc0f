import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { In, IsNull, Not } from 'typeorm';
import {
  addCalendarDays,
  formatCalendarDate,
  lostToFollowUpDate,
  parseCalendarDate,
  todayInWib,
} from '@layanan/domain';
import { APP_CONFIG, type ResolvedConfig } from '../../config/config.module';
import { NotificationsService } from '../notifications/notifications.service';
import { BabharRecordsService } from './babhar-records.service';
import { BabharSettingsService } from './babhar-settings';
import { Mother, Pregnancy } from './entities';
import { dating, statusOn } from './pregnancy-views';

export interface BabharSweepReport {
  ran: boolean;
  closed: number;
  reminded: number;
}

/**
 * The daily e-Babhar sweep: closes pregnancies with no outcome at HPHT + 308
 * days as lost to follow-up (reads apply the same rule, so a late sweep changes
 * nothing a user sees), and reminds mothers of their next ANC contact a
 * configured number of days before it (once per contact date).
 */
@Injectable()
export class BabharSweepService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('BabharSweep');
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
    private readonly records: BabharRecordsService,
    private readonly settings: BabharSettingsService,
    private readonly notifications: NotificationsService,
  ) {}

  onApplicationBootstrap() {
    const seconds = this.settings.deployment.sweepSeconds;
    if (this.config.env === 'test' || !seconds) return;
    this.timer = setInterval(() => {
      this.runOnce().catch((error: unknown) => this.logger.error({ err: error }, 'e-Babhar sweep failed'));
    }, seconds * 1000);
  }

  onApplicationShutdown() {
    clearInterval(this.timer);
  }

  async runOnce(now = new Date()): Promise<BabharSweepReport> {
    if (this.running) return { ran: false, closed: 0, reminded: 0 };
    this.running = true;
    try {
      const today = todayInWib(now);
      const rules = await this.settings.rules();
      const manager = this.records.dataSource.manager;
      const active = await manager.find(Pregnancy, { where: { status: 'active' } });
      let closed = 0;
      for (const p of active.filter((x) => statusOn(x, today, rules) === 'lost_to_follow_up')) {
        const result = await manager.update(
          Pregnancy,
          { id: p.id, status: 'active' },
          { status: 'lost_to_follow_up', closedOn: formatCalendarDate(lostToFollowUpDate(dating(p), rules)) },
        );
        closed += result.affected ?? 0;
      }
      const horizon = formatCalendarDate(addCalendarDays(today, this.settings.deployment.reminderDaysBefore));
      const todayText = formatCalendarDate(today);
      const due = await manager.find(Pregnancy, {
        where: { status: 'active', verification: 'verified', nextContactDate: Not(IsNull()) },
      });
      const toRemind = due.filter(
        (p) =>
          statusOn(p, today, rules) === 'active' &&
          p.nextContactDate! >= todayText &&
          p.nextContactDate! <= horizon &&
          p.remindedFor !== p.nextContactDate,
      );
      const mothers = toRemind.length
        ? await manager.findBy(Mother, {
            id: In(toRemind.map((p) => p.motherId)),
            residentUserId: Not(IsNull()),
          })
        : [];
      const byId = new Map(mothers.map((m) => [m.id, m]));
      let reminded = 0;
      for (const p of toRemind) {
        const mother = byId.get(p.motherId);
        if (!mother?.residentUserId) continue;
        const date = parseCalendarDate(p.nextContactDate!)!;
        const text = formatCalendarDate(date);
        await manager.transaction(async (tx) => {
          const claimed = await tx.update(
            Pregnancy,
            { id: p.id, nextContactDate: p.nextContactDate! },
            { remindedFor: p.nextContactDate },
          );
          if (!claimed.affected) return;
          await this.notifications.notify(
            {
              userIds: [mother.residentUserId!],
              kind: 'anc.due',
              title: { id: 'Jadwal periksa hamil', en: 'Pregnancy check-up due' },
              body: {
                id: `Jadwal periksa kehamilan Ibu berikutnya: ${text}. Bawa Buku KIA.`,
                en: `Your next pregnancy check-up is on ${text}. Bring your Buku KIA.`,
              },
              link: '/babhar/kehamilan-saya',
            },
            tx,
          );
          reminded++;
        });
      }
      return { ran: true, closed, reminded };
    } finally {
      this.running = false;
    }
  }
}
