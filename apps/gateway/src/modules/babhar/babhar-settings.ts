import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '@layanan/auth';
import {
  type BabharConfig,
  type BabharSettingsInput,
  type PopulationInput,
  babharConfigSchema,
  badRequest,
} from '@layanan/domain';
import { IdempotencyService } from '../../common/idempotency/idempotency.service';
import { APP_CONFIG, type ResolvedConfig } from '../../config/config.module';
import type { BabharSettings } from '../../config/config.schema';
import { AuditService } from '../identity/audit.service';
import { AuditLogEntry } from '../identity/entities/audit-log.entity';
import { RegionsService } from '../regions/regions.service';
import { BabharSettingRow } from './entities';
import { settingChanges } from './setting-changes';

/** The regency settings e-Babhar computes with: the environment's defaults overridden by what the admin saved. */
export interface EffectiveBabharSettings {
  rules: BabharConfig;
  crudeBirthRatePerMille: number;
  populationByVillage: Record<string, number>;
  /** Which were saved (the others are the environment's defaults). */
  saved: { rules: boolean; crudeBirthRate: boolean; population: Set<string> };
  updatedAt: Date | null;
}

/**
 * How long a replica reuses the settings it read. A save clears the cache of the replica that took it, so
 * that replica never computes with the old value; the other replicas read the new value within this time.
 */
export const SETTINGS_CACHE_MS = 5_000;

const RULES = 'rules';
const CRUDE_BIRTH_RATE = 'crude_birth_rate';
const POPULATION = 'population:';

/**
 * e-Babhar's regency settings (docs/BABHAR.md, "Settings"). The crude birth rate, the desa populations
 * (PWS-KIA targets) and the rules (clinical thresholds, ANC preset) are stored in `babhar_settings` once
 * the regency admin saves them; until then the environment (BABHAR_*) gives them. Every use reads
 * `current()`; the sweep's timing stays deployment configuration (`deployment`).
 */
@Injectable()
export class BabharSettingsService {
  /** The environment's values: the defaults of the stored settings, and the sweep's timing. */
  readonly deployment: BabharSettings;
  private cache: { at: number; value: Promise<EffectiveBabharSettings> } | null = null;

  constructor(
    @Inject(APP_CONFIG) config: ResolvedConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly regions: RegionsService,
    private readonly auditLog: AuditService,
  ) {
    this.deployment = config.babhar;
  }

  /** The effective settings (read from the database at most every SETTINGS_CACHE_MS on this replica). */
  current(): Promise<EffectiveBabharSettings> {
    if (this.cache && Date.now() - this.cache.at < SETTINGS_CACHE_MS) return this.cache.value;
    const value = this.read(this.dataSource.manager);
    this.cache = { at: Date.now(), value };
    value.catch(() => {
      if (this.cache?.value === value) this.cache = null;
    });
    return value;
  }

  /** The effective rules (thresholds and presets). */
  async rules(): Promise<BabharConfig> {
    return (await this.current()).rules;
  }

  private async read(manager: EntityManager): Promise<EffectiveBabharSettings> {
    const rows = await manager.find(BabharSettingRow);
    const env = this.deployment;
    const byKey = new Map(rows.map((r) => [r.key, r]));
    const rulesRow = byKey.get(RULES);
    const rateRow = byKey.get(CRUDE_BIRTH_RATE);
    const populationByVillage = { ...env.populationByVillage };
    const population = new Set<string>();
    for (const row of rows) {
      if (!row.key.startsWith(POPULATION)) continue;
      const code = row.key.slice(POPULATION.length);
      populationByVillage[code] = JSON.parse(row.value) as number;
      population.add(code);
    }
    const updated = rows.map((r) => r.updatedAt.getTime());
    return {
      // A stored rule set is parsed again: a newer release's new fields get their defaults.
      rules: rulesRow ? babharConfigSchema.parse(JSON.parse(rulesRow.value)) : env.rules,
      crudeBirthRatePerMille: rateRow ? (JSON.parse(rateRow.value) as number) : env.crudeBirthRatePerMille,
      populationByVillage,
      saved: { rules: !!rulesRow, crudeBirthRate: !!rateRow, population },
      updatedAt: updated.length ? new Date(Math.max(...updated)) : null,
    };
  }

  /** The settings screen: effective values beside the environment's defaults. */
  async view() {
    const s = await this.current();
    return {
      crudeBirthRatePerMille: s.crudeBirthRatePerMille,
      crudeBirthRateDefault: this.deployment.crudeBirthRatePerMille,
      crudeBirthRateSaved: s.saved.crudeBirthRate,
      rules: s.rules,
      rulesDefault: this.deployment.rules,
      rulesSaved: s.saved.rules,
      updatedAt: s.updatedAt?.toISOString() ?? null,
    };
  }

  /** Every desa of the regency with its population (saved, else the environment's, else none). */
  async populationView() {
    const s = await this.current();
    const rows = this.regions.districts().flatMap((d) =>
      this.regions.villagesOf(d.code).map((v) => ({
        villageCode: v.code,
        villageName: v.name,
        districtCode: d.code,
        districtName: d.name,
        population: s.populationByVillage[v.code] ?? null,
        defaultPopulation: this.deployment.populationByVillage[v.code] ?? null,
        saved: s.saved.population.has(v.code),
      })),
    );
    return { rows };
  }

  /**
   * Saves the crude birth rate and/or the rules (null: back to the environment's default). Audited with
   * who, the old and the new values; idempotent with Idempotency-Key.
   */
  async update(actor: Principal, input: BabharSettingsInput, key: string | undefined) {
    await this.idempotency.transaction(
      { userId: actor.userId, key, scope: 'PUT /api/admin/settings/babhar', body: input },
      async (tx) => {
        const before = await this.read(tx);
        if (input.crudeBirthRatePerMille !== undefined) {
          await this.put(tx, actor, CRUDE_BIRTH_RATE, input.crudeBirthRatePerMille);
          const after = input.crudeBirthRatePerMille ?? this.deployment.crudeBirthRatePerMille;
          await this.audit(tx, actor, 'babhar.settings.crude_birth_rate', CRUDE_BIRTH_RATE, [
            `${before.crudeBirthRatePerMille} → ${after}${input.crudeBirthRatePerMille === null ? ' (default)' : ''}`,
          ]);
        }
        if (input.rules !== undefined) {
          await this.put(tx, actor, RULES, input.rules);
          const after = input.rules ?? this.deployment.rules;
          const changes = settingChanges(before.rules, after);
          if (input.rules === null) changes.push('(default)');
          await this.audit(tx, actor, 'babhar.settings.rules', RULES, changes);
        }
        return { ok: true };
      },
    );
    this.cache = null;
    return this.view();
  }

  /** Saves desa populations (null: back to the environment's). One audit entry per desa changed. */
  async updatePopulation(actor: Principal, input: PopulationInput, key: string | undefined) {
    const unknown = Object.keys(input.populations).filter((code) => !this.regions.index.village(code));
    if (unknown.length)
      throw badRequest(
        'validation_failed',
        Object.fromEntries(unknown.map((code) => [`populations.${code}`, 'village_unknown'])),
      );
    await this.idempotency.transaction(
      { userId: actor.userId, key, scope: 'PUT /api/admin/settings/babhar/population', body: input },
      async (tx) => {
        const before = await this.read(tx);
        for (const [code, population] of Object.entries(input.populations)) {
          const old = before.populationByVillage[code] ?? null;
          const now = population ?? this.deployment.populationByVillage[code] ?? null;
          await this.put(tx, actor, `${POPULATION}${code}`, population);
          if (old !== now || before.saved.population.has(code) !== (population !== null))
            await this.audit(tx, actor, 'babhar.settings.population', code, [
              `${old ?? '-'} → ${now ?? '-'}${population === null ? ' (default)' : ''}`,
            ]);
        }
        return { ok: true };
      },
    );
    this.cache = null;
    return this.populationView();
  }

  private async put(tx: EntityManager, actor: Principal, key: string, value: unknown) {
    const repo = tx.getRepository(BabharSettingRow);
    if (value === null) {
      await repo.delete({ key });
      return;
    }
    const row = { key, value: JSON.stringify(value), updatedBy: actor.userId };
    if (await repo.existsBy({ key })) await repo.update({ key }, row);
    else await repo.insert(row);
  }

  private async audit(
    tx: EntityManager,
    actor: Principal,
    action: string,
    subjectId: string,
    lines: string[],
  ) {
    const reason = lines.join('; ') || '(no change)';
    await this.auditLog.record(
      {
        actor,
        action,
        subjectType: 'babhar.settings',
        subjectId,
        reason: reason.length > 500 ? `${reason.slice(0, 499)}…` : reason,
      },
      tx.getRepository(AuditLogEntry),
    );
  }
}
