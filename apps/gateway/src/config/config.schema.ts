import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import {
  type AncScheduleId,
  type BabharConfig,
  type NotificationChannelName,
  type SehatConfig,
  ancScheduleIdSchema,
  babharConfigSchema,
  defaultSehatConfig,
  notificationChannelSchema,
  villageCodeSchema,
} from '@layanan/domain';

/** The repository root (apps/gateway/dist/config → ../../../..). */
export const repoRoot = resolve(__dirname, '../../../..');

const httpUrl = z.url({ protocol: /^https?$/ });

const jsonText = z
  .string()
  .default('{}')
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be JSON' });
      return z.NEVER;
    }
  });

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Every environment variable of the gateway, declared once with its default
 * and meaning. The README's configuration table is written from this list;
 * a test keeps the two in step.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development').describe('Runtime mode'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000).describe('HTTP port'),
  HOST: z.string().default('0.0.0.0').describe('Interface to listen on'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .describe('PostgreSQL connection URL; when unset the embedded SQLite database is used'),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/)
    .default('public')
    .describe('PostgreSQL schema to use (created when missing)'),
  SQLITE_PATH: z
    .string()
    .default('data/layanan.sqlite')
    .describe('SQLite file (relative to the repository root), or :memory:'),
  DEMO_SEED: bool
    .optional()
    .describe('Seed demo data on start; default true on the embedded SQLite database, false on PostgreSQL'),
  JWT_SECRET: z
    .string()
    .min(32)
    .optional()
    .describe('Secret for access tokens (≥ 32 chars); generated into data/secrets.json in embedded mode'),
  DATA_ENCRYPTION_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes in base64')
    .optional()
    .describe('AES-256 key (base64) for personal data at rest; required with DATABASE_URL outside tests'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(3600)
    .default(900)
    .describe('Access token lifetime'),
  REFRESH_TOKEN_TTL_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(365)
    .default(30)
    .describe('Refresh token lifetime'),
  LOGIN_MAX_FAILURES: z.coerce
    .number()
    .int()
    .min(1)
    .default(5)
    .describe('Failed sign-ins in a row before an account is locked'),
  LOGIN_LOCKOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(15)
    .describe('How long a locked account stays locked'),
  SEHAT_BOOKING_DAYS_AHEAD: z.coerce
    .number()
    .int()
    .min(0)
    .max(90)
    .default(defaultSehatConfig.bookingDaysAhead)
    .describe('e-Sehat: how many days ahead a resident may book a puskesmas visit'),
  SEHAT_DEFAULT_DAILY_QUOTA: z.coerce
    .number()
    .int()
    .min(0)
    .max(1000)
    .default(defaultSehatConfig.defaultDailyQuota)
    .describe('e-Sehat: daily quota of a polyclinic whose staff have not set one'),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(30)
    .describe('Requests per minute per client address to the sign-in, register and refresh routes'),
  SUBMISSION_RATE_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .default(20)
    .describe('New cases and photos per minute per account (per address when anonymous)'),
  HSTS_MAX_AGE_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .describe(
      'Strict-Transport-Security max-age; 0 turns it off; default 180 days in production, off otherwise',
    ),
  CORS_ORIGINS: z
    .string()
    .regex(/^(https?:\/\/[^\s,/]+)(,https?:\/\/[^\s,/]+)*$/, 'must be origins separated by commas')
    .optional()
    .describe(
      'Other origins whose pages may call the API (comma-separated); the portals are served by the gateway itself',
    ),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional()
    .describe('Redis shared by the replicas for rate-limit counters; unset: each process counts alone'),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,40}$/)
    .default('layanan:')
    .describe('Prefix of the keys the suite writes in Redis'),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/)
    .default('1mb')
    .describe('Largest JSON or form body accepted'),
  REGENCY_CODE: z
    .string()
    .regex(/^\d{2}\.\d{2}$/)
    .default('35.28')
    .describe('BPS/Kemendagri code of the regency served (35.28 = Kabupaten Pamekasan)'),
  PORTALS_DIR: z
    .string()
    .optional()
    .describe('Folder holding the built portals (<dir>/<portal>/dist); default the repository apps/ folder'),
  SLA_SWEEP_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .default(60)
    .describe(
      'How often the SLA sweep flags overdue cases, escalates and auto-closes (0 = never; tests run it by hand)',
    ),
  ESCALATE_ADMIN_AFTER_WORKING_DAYS: z.coerce
    .number()
    .int()
    .min(0)
    .default(2)
    .describe('Working days an overdue case waits with the head of agency before the regency admin is told'),
  MAP_TILE_URL: z
    .string()
    .regex(
      /^(https?:\/\/|\/)[^\s]*\{z\}[^\s]*\{x\}[^\s]*\{y\}/,
      'must be a tile URL template with {z}, {x} and {y}',
    )
    .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png')
    .describe('Map tile URL template for the portals (self-host it where the internet is slow or closed)'),
  MAP_CENTER: z
    .string()
    .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d{1,2}$/, 'must be lat,lng,zoom')
    .default('-7.1566,113.4746,12')
    .describe('Where the portals’ maps open: lat,lng,zoom (default: Pamekasan town)'),
  UPLOADS_DIR: z
    .string()
    .default('data/uploads')
    .describe('Folder for stored photos (relative to the repository root), when PHOTO_STORAGE is local'),
  PHOTO_STORAGE: z
    .enum(['local', 's3'])
    .default('local')
    .describe(
      'Where photos are kept: local (UPLOADS_DIR) or s3 (an S3-compatible bucket shared by every replica)',
    ),
  S3_ENDPOINT: httpUrl
    .optional()
    .describe('S3-compatible endpoint (MinIO, Ceph…; path-style addressing); unset: Amazon S3 of S3_REGION'),
  S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'must be a region name such as ap-southeast-3')
    .default('us-east-1')
    .describe('Region of the bucket (any value is accepted by most S3-compatible servers)'),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name (3–63 of a-z 0-9 . -)')
    .optional()
    .describe('Bucket of the photos (private; it must exist); required with PHOTO_STORAGE=s3'),
  S3_ACCESS_KEY_ID: z
    .string()
    .min(1)
    .optional()
    .describe('Access key of the bucket; required with PHOTO_STORAGE=s3'),
  S3_SECRET_ACCESS_KEY: z
    .string()
    .min(1)
    .optional()
    .describe('Secret key of the bucket; required with PHOTO_STORAGE=s3; never logged'),
  S3_PREFIX: z
    .string()
    .regex(
      /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/,
      'must be folder names separated by /, without leading or trailing /',
    )
    .default('photos')
    .describe('Key prefix of the photos in the bucket (objects are <prefix>/<id>.jpg)'),
  COOKIE_SECURE: bool.optional().describe('Mark the refresh cookie Secure; default true in production'),
  TRUST_PROXY: bool.default(false).describe('Trust X-Forwarded-* headers (behind a load balancer)'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('Log level'),
  NOTIFY_CHANNELS: z
    .string()
    .default('whatsapp')
    .transform((v) => (v.trim() === 'none' ? [] : [...new Set(v.split(',').map((c) => c.trim()))]))
    .pipe(z.array(notificationChannelSchema))
    .describe('Default external channels of notifications, comma-separated (email, whatsapp, sms), or none'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional()
    .describe('SMTP server of e-mail notifications (smtps://user:pass@host:465); unset: e-mails are logged'),
  SMTP_FROM: z.string().min(3).optional().describe('Sender of e-mail notifications; required with SMTP_URL'),
  WHATSAPP_GATEWAY_URL: httpUrl
    .optional()
    .describe('HTTP gateway that sends WhatsApp messages (JSON POST); unset: messages are logged'),
  WHATSAPP_GATEWAY_TOKEN: z.string().min(1).optional().describe('Bearer token for the WhatsApp gateway'),
  SMS_GATEWAY_URL: httpUrl
    .optional()
    .describe('HTTP gateway that sends SMS (JSON POST); unset: messages are logged'),
  SMS_GATEWAY_TOKEN: z.string().min(1).optional().describe('Bearer token for the SMS gateway'),
  OUTBOX_POLL_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(3600)
    .default(5)
    .describe('How often the outbox is checked for messages to send'),
  OUTBOX_MAX_ATTEMPTS: z.coerce
    .number()
    .int()
    .min(1)
    .max(50)
    .default(8)
    .describe('Attempts per message before it is marked failed (backoff 30 s doubling, at most 1 h)'),
  OPEN311_JURISDICTION_ID: z
    .string()
    .regex(/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/, 'must be a domain name such as pamekasankab.go.id')
    .default('pamekasankab.go.id')
    .describe('Open311 jurisdiction_id: the regency’s website domain (another one is answered with 404)'),
  OPEN311_DEMO_API_KEY: z
    .string()
    .min(8)
    .max(200)
    .default('demo-open311-key')
    .describe('Open311 API key of the client named demo, seeded with the demo data (demo mode only)'),
  BABHAR_RULES: jsonText
    .pipe(babharConfigSchema)
    .describe(
      'e-Babhar rule thresholds and presets as JSON (KSPR and flag thresholds, trimester bounds, worklist days, KF windows, target factor): the default until the regency admin saves the rules in the back office; see docs/BABHAR.md',
    ),
  BABHAR_ANC_SCHEDULE: ancScheduleIdSchema
    .optional()
    .describe(
      'ANC schedule preset judged against: pmk-1-2-3 (default), kia-2-1-3, who-8 or k4-1-1-2 (default of the saved rules)',
    ),
  BABHAR_CRUDE_BIRTH_RATE: z.coerce
    .number()
    .min(0)
    .max(100)
    .default(16.5)
    .describe(
      'Crude birth rate per 1,000 population for the PWS-KIA targets (1.10 × CBR × population): the default until the regency admin saves one',
    ),
  BABHAR_POPULATION: jsonText
    .pipe(z.record(villageCodeSchema, z.number().int().min(0)))
    .describe(
      'Population per desa for the PWS-KIA targets, as JSON {"35.28.01.2001": 4200, …}; a desa left out has no target; the default of each desa until the regency admin saves its population',
    ),
  BABHAR_REMINDER_DAYS_BEFORE: z.coerce
    .number()
    .int()
    .min(0)
    .max(30)
    .default(3)
    .describe('Days before the next ANC contact date that the mother is reminded'),
  BABHAR_SWEEP_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .default(3600)
    .describe(
      'How often e-Babhar closes pregnancies lost to follow-up and sends contact reminders (0 = never)',
    ),
});

export type Env = z.infer<typeof envSchema>;

export interface AppConfig {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  database:
    | { kind: 'postgres'; url: string; schema: string }
    | { kind: 'sqlite'; path: string /* absolute, or :memory: */ };
  demoSeed: boolean;
  /** Filled in by resolveSecrets (config/secrets.ts). */
  jwtSecret?: string;
  dataKey?: Buffer;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  login: { maxFailures: number; lockoutMinutes: number; rateLimitPerMinute: number };
  submissionRateLimitPerMinute: number;
  hstsMaxAgeSeconds: number;
  corsOrigins: string[];
  redis: { url: string; keyPrefix: string } | null;
  bodyLimit: string;
  regencyCode: string;
  portalsDir: string;
  uploadsDir: string;
  photoStorage: PhotoStorageConfig;
  mapTileUrl: string;
  mapCenter: { lat: number; lng: number; zoom: number };
  sla: { sweepSeconds: number; escalateAdminAfterWorkingDays: number };
  sehat: SehatConfig;
  cookieSecure: boolean;
  trustProxy: boolean;
  logLevel: Env['LOG_LEVEL'];
  notifications: NotificationsConfig;
  open311: { jurisdictionId: string; demoApiKey: string };
  babhar: BabharSettings;
  raw: Env;
}

export type PhotoStorageConfig =
  | { kind: 'local'; dir: string }
  | {
      kind: 's3';
      /** Unset: Amazon S3 itself; set: a MinIO/Ceph-style endpoint, addressed path-style. */
      endpoint: string | undefined;
      region: string;
      bucket: string;
      prefix: string;
      accessKeyId: string;
      secretAccessKey: string;
    };

export interface NotificationsConfig {
  /** External channels used when a caller does not name any. */
  defaultChannels: NotificationChannelName[];
  smtp: { url: string; from: string } | null;
  whatsapp: { url: string; token: string | null } | null;
  sms: { url: string; token: string | null } | null;
  outbox: { pollSeconds: number; maxAttempts: number };
}

/** e-Babhar's configuration (DOMAIN §5: the values it marks as configuration). */
export interface BabharSettings {
  rules: BabharConfig;
  crudeBirthRatePerMille: number;
  populationByVillage: Record<string, number>;
  reminderDaysBefore: number;
  sweepSeconds: number;
}

export class ConfigError extends Error {}

/** Reads and checks the environment; throws a ConfigError naming each bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const input = Object.fromEntries(
    Object.keys(envSchema.shape).map((key) => [key, source[key] === '' ? undefined : source[key]]),
  );
  const parsed = envSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const database: AppConfig['database'] = env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL, schema: env.DATABASE_SCHEMA }
    : {
        kind: 'sqlite',
        path:
          env.SQLITE_PATH === ':memory:' || isAbsolute(env.SQLITE_PATH)
            ? env.SQLITE_PATH
            : join(repoRoot, env.SQLITE_PATH),
      };
  if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET: required in production');
  }
  if (database.kind === 'postgres' && env.NODE_ENV !== 'test' && !env.DATA_ENCRYPTION_KEY) {
    throw new ConfigError(
      'Invalid configuration:\n  DATA_ENCRYPTION_KEY: required with DATABASE_URL (personal data must stay readable across restarts)',
    );
  }
  if (!!env.SMTP_URL !== !!env.SMTP_FROM) {
    throw new ConfigError('Invalid configuration:\n  SMTP_URL, SMTP_FROM: set both, or neither');
  }
  const uploadsDir = resolve(repoRoot, env.UPLOADS_DIR);
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    database,
    demoSeed: env.DEMO_SEED ?? database.kind === 'sqlite',
    jwtSecret: env.JWT_SECRET,
    dataKey: env.DATA_ENCRYPTION_KEY ? Buffer.from(env.DATA_ENCRYPTION_KEY, 'base64') : undefined,
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
    login: {
      maxFailures: env.LOGIN_MAX_FAILURES,
      lockoutMinutes: env.LOGIN_LOCKOUT_MINUTES,
      rateLimitPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE,
    },
    submissionRateLimitPerMinute: env.SUBMISSION_RATE_LIMIT_PER_MINUTE,
    hstsMaxAgeSeconds: env.HSTS_MAX_AGE_SECONDS ?? (env.NODE_ENV === 'production' ? 15_552_000 : 0),
    corsOrigins: env.CORS_ORIGINS ? env.CORS_ORIGINS.split(',') : [],
    redis: env.REDIS_URL ? { url: env.REDIS_URL, keyPrefix: env.REDIS_KEY_PREFIX } : null,
    bodyLimit: env.BODY_LIMIT,
    regencyCode: env.REGENCY_CODE,
    portalsDir: env.PORTALS_DIR ? resolve(repoRoot, env.PORTALS_DIR) : join(repoRoot, 'apps'),
    uploadsDir,
    photoStorage: photoStorageOf(env, uploadsDir),
    mapTileUrl: env.MAP_TILE_URL,
    mapCenter: (([lat, lng, zoom]) => ({ lat: lat, lng: lng, zoom: zoom }))(
      env.MAP_CENTER.split(',').map(Number),
    ),
    sla: {
      sweepSeconds: env.SLA_SWEEP_SECONDS,
      escalateAdminAfterWorkingDays: env.ESCALATE_ADMIN_AFTER_WORKING_DAYS,
    },
    sehat: {
      bookingDaysAhead: env.SEHAT_BOOKING_DAYS_AHEAD,
      defaultDailyQuota: env.SEHAT_DEFAULT_DAILY_QUOTA,
    },
    cookieSecure: env.COOKIE_SECURE ?? env.NODE_ENV === 'production',
    trustProxy: env.TRUST_PROXY,
    logLevel: env.LOG_LEVEL,
    notifications: {
      defaultChannels: env.NOTIFY_CHANNELS,
      smtp: env.SMTP_URL && env.SMTP_FROM ? { url: env.SMTP_URL, from: env.SMTP_FROM } : null,
      whatsapp: env.WHATSAPP_GATEWAY_URL
        ? { url: env.WHATSAPP_GATEWAY_URL, token: env.WHATSAPP_GATEWAY_TOKEN ?? null }
        : null,
      sms: env.SMS_GATEWAY_URL ? { url: env.SMS_GATEWAY_URL, token: env.SMS_GATEWAY_TOKEN ?? null } : null,
      outbox: { pollSeconds: env.OUTBOX_POLL_SECONDS, maxAttempts: env.OUTBOX_MAX_ATTEMPTS },
    },
    open311: { jurisdictionId: env.OPEN311_JURISDICTION_ID, demoApiKey: env.OPEN311_DEMO_API_KEY },
    babhar: {
      rules: babharRules(env.BABHAR_RULES, env.BABHAR_ANC_SCHEDULE),
      crudeBirthRatePerMille: env.BABHAR_CRUDE_BIRTH_RATE,
      populationByVillage: env.BABHAR_POPULATION,
      reminderDaysBefore: env.BABHAR_REMINDER_DAYS_BEFORE,
      sweepSeconds: env.BABHAR_SWEEP_SECONDS,
    },
    raw: env,
  };
}

function babharRules(rules: BabharConfig, schedule: AncScheduleId | undefined): BabharConfig {
  return schedule ? { ...rules, anc: { ...rules.anc, schedule } } : rules;
}

function photoStorageOf(env: Env, uploadsDir: string): PhotoStorageConfig {
  if (env.PHOTO_STORAGE === 'local') return { kind: 'local', dir: uploadsDir };
  const { S3_BUCKET: bucket, S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = env;
  if (!bucket || !accessKeyId || !secretAccessKey) {
    const missing = Object.entries({
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: accessKeyId,
      S3_SECRET_ACCESS_KEY: secretAccessKey,
    })
      .filter(([, value]) => !value)
      .map(([name]) => name);
    throw new ConfigError(`Invalid configuration:\n  ${missing.join(', ')}: required with PHOTO_STORAGE=s3`);
  }
  return {
    kind: 's3',
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    bucket,
    prefix: env.S3_PREFIX,
    accessKeyId,
    secretAccessKey,
  };
}
