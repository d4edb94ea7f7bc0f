import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, type EntityManager, LessThan } from 'typeorm';
import { caseStatuses, laporDeadlines, terminalStatuses } from '@layanan/domain';
import { APP_CONFIG, type ResolvedConfig } from '../../config/config.module';
import { refreshClock } from './case-clock';
import { CaseEventsService } from './case-events.service';
import { CaseWorkflowService } from './case-workflow.service';
import { CatalogService } from './catalog.service';
import { Agency } from './entities/agency.entity';
import { Case } from './entities/case.entity';

/** The advisory-lock key of the sweep (any constant shared by every replica). */
export const SWEEP_LOCK = 35_28_0001;
const BATCH = 500;
const working = caseStatuses.filter((s) => s !== 'selesai' && !terminalStatuses.includes(s));

export interface SweepReport {
  ran: boolean;
  flagged: number;
  escalated: number;
  closed: number;
}

/**
 * The scheduled SLA sweep: flags overdue cases, escalates them (head of
 * agency, then regency admin), and closes resolved cases the reporter did not
 * answer within 10 working days. On PostgreSQL a transaction-scoped advisory
 * lock makes it run exactly once at a time across replicas; SQLite serves one
 * process, guarded in memory.
 */
@Injectable()
export class SlaSweepService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SlaSweep');
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
    private readonly catalog: CatalogService,
    private readonly events: CaseEventsService,
    private readonly workflow: CaseWorkflowService,
  ) {}

  onApplicationBootstrap() {
    if (this.config.env === 'test' || !this.config.sla.sweepSeconds) return;
    this.timer = setInterval(() => {
      this.runOnce().catch((error: unknown) => this.logger.error({ err: error }, 'SLA sweep failed'));
    }, this.config.sla.sweepSeconds * 1000);
  }

  onApplicationShutdown() {
    clearInterval(this.timer);
  }

  async runOnce(now = new Date()): Promise<SweepReport> {
    if (this.running) return { ran: false, flagged: 0, escalated: 0, closed: 0 };
    this.running = true;
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (this.dataSource.options.type === 'postgres') {
          const rows: { locked: boolean }[] = await manager.query(
            'SELECT pg_try_advisory_xact_lock($1) AS locked',
            [SWEEP_LOCK],
          );
          const [row] = rows;
          if (!row?.locked) return { ran: false, flagged: 0, escalated: 0, closed: 0 };
        }
        const flagged = await this.flag(manager, now);
        const escalated = await this.escalate(manager, now);
        const closed = await this.autoClose(manager, now);
        return { ran: true, flagged, escalated, closed };
      });
    } finally {
      this.running = false;
    }
  }

  /** Recomputes due_at / overdue of open cases whose deadline passed (or that are flagged). */
  private async flag(manager: EntityManager, now: Date): Promise<number> {
    const calendar = await this.catalog.calendar();
    const rows = await manager
      .getRepository(Case)
      .createQueryBuilder('c')
      .where('c.status IN (:...working)', { working })
      .andWhere(
        new Brackets((w) => w.where('c.due_at < :now', { now }).orWhere('c.overdue = :yes', { yes: true })),
      )
      .take(BATCH)
      .getMany();
    const categories = await this.catalog.categoriesByIds([...new Set(rows.map((c) => c.categoryId))]);
    let flagged = 0;
    for (const c of rows) {
      const sla = this.catalog.slaOf(categories.get(c.categoryId) ?? { sla: '{}' });
      const clock = refreshClock(c, sla, calendar, now);
      if (clock.overdue === c.overdue && clock.dueAt?.getTime() === c.dueAt?.getTime()) continue;
      await manager.getRepository(Case).update({ id: c.id }, clock);
      if (clock.overdue && !c.overdue) {
        flagged++;
        await this.events.append(manager, c, {
          kind: 'overdue',
          isPublic: false,
          actor: { userId: null, role: 'system' },
        });
      }
    }
    return flagged;
  }

  private async escalate(manager: EntityManager, now: Date): Promise<number> {
    const calendar = await this.catalog.calendar();
    const rows = await manager
      .getRepository(Case)
      .createQueryBuilder('c')
      .where('c.overdue = :yes AND c.escalation_level < 2 AND c.status IN (:...working)', {
        yes: true,
        working,
      })
      .take(BATCH)
      .getMany();
    let escalated = 0;
    for (const c of rows) {
      let level: 1 | 2 | null = null;
      if (c.escalationLevel === 0) level = 1;
      else if (c.dueAt) {
        const adminAfter = this.config.sla.escalateAdminAfterWorkingDays;
        const adminAt = adminAfter ? calendar.deadline(c.dueAt, adminAfter) : c.dueAt;
        if (now.getTime() > adminAt.getTime()) level = 2;
      }
      if (!level) continue;
      const agency = await manager.getRepository(Agency).findOneBy({ id: c.agencyId });
      await manager.getRepository(Case).update({ id: c.id }, { escalationLevel: level });
      await this.events.append(manager, c, {
        kind: 'escalation',
        isPublic: false,
        actor: { userId: null, role: 'system' },
        data: { level, to: level === 1 ? 'head_of_agency' : 'regency_admin' },
      });
      await this.events.notifyEscalation(manager, c, level, agency?.headUserId ?? null);
      escalated++;
    }
    return escalated;
  }

  /** Resolved cases with no reply from the reporter for 10 working days close themselves. */
  private async autoClose(manager: EntityManager, now: Date): Promise<number> {
    const calendar = await this.catalog.calendar();
    // At least as many calendar days as working days have passed: a cheap, indexable first cut.
    const minDays = this.catalog.defaultSla().autoCloseWorkingDays;
    const rows = await manager.getRepository(Case).find({
      where: { status: 'selesai', resolvedAt: LessThan(new Date(now.getTime() - minDays * 86_400_000)) },
      take: BATCH,
    });
    const categories = await this.catalog.categoriesByIds([...new Set(rows.map((c) => c.categoryId))]);
    let closed = 0;
    for (const c of rows) {
      const sla = this.catalog.slaOf(categories.get(c.categoryId) ?? { sla: '{}' });
      const { autoCloseAt } = laporDeadlines(c, sla, calendar);
      if (!autoCloseAt || now.getTime() <= autoCloseAt.getTime()) continue;
      await this.workflow.apply(manager, c, null, 'system', {
        to: 'ditutup',
        patch: { closedAt: now },
        event: { kind: 'status', isPublic: true, data: { auto: true } },
        tell: {
          id: 'Ditutup otomatis: tidak ada tanggapan 10 hari kerja',
          en: 'Closed automatically: no reply for 10 working days',
        },
      });
      closed++;
    }
    return closed;
  }
}
