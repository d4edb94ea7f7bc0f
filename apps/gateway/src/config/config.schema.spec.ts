import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, envSchema, loadConfig, repoRoot } from './config.schema';

describe('configuration', () => {
  it('defaults to the embedded SQLite database in ./data with demo data, on port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'sqlite', path: join(repoRoot, 'data/layanan.sqlite') });
    expect(config.demoSeed).toBe(true);
    expect(config.regencyCode).toBe('35.28');
  });

  it('uses PostgreSQL with DATABASE_URL and does not seed unless asked', () => {
    const key = Buffer.alloc(32, 1).toString('base64');
    const pg = loadConfig({ DATABASE_URL: 'postgres://u@h/db', DATA_ENCRYPTION_KEY: key });
    expect(pg.database).toEqual({ kind: 'postgres', url: 'postgres://u@h/db', schema: 'public' });
    expect(pg.demoSeed).toBe(false);
    expect(
      loadConfig({ DATABASE_URL: 'postgres://u@h/db', DATA_ENCRYPTION_KEY: key, DEMO_SEED: 'true' }).demoSeed,
    ).toBe(true);
  });

  it('fails at boot naming each bad variable', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(/PORT[\s\S]*DATABASE_URL/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@h/db' })).toThrow(/DATA_ENCRYPTION_KEY/);
  });

  it('keeps photos in UPLOADS_DIR by default, in a bucket with PHOTO_STORAGE=s3', () => {
    expect(loadConfig({}).photoStorage).toEqual({ kind: 'local', dir: join(repoRoot, 'data/uploads') });
    const s3 = {
      PHOTO_STORAGE: 's3',
      S3_ENDPOINT: 'http://minio.internal:9000',
      S3_BUCKET: 'layanan-photos',
      S3_ACCESS_KEY_ID: 'gateway',
      S3_SECRET_ACCESS_KEY: 'very-secret',
    };
    expect(loadConfig(s3).photoStorage).toEqual({
      kind: 's3',
      endpoint: 'http://minio.internal:9000',
      region: 'us-east-1',
      bucket: 'layanan-photos',
      prefix: 'photos',
      accessKeyId: 'gateway',
      secretAccessKey: 'very-secret',
    });
    expect(loadConfig({ ...s3, S3_ENDPOINT: '', S3_REGION: 'ap-southeast-3' }).photoStorage).toMatchObject({
      endpoint: undefined,
      region: 'ap-southeast-3',
    });
  });

  it('refuses PHOTO_STORAGE=s3 without a bucket and credentials, naming what is missing', () => {
    expect(() => loadConfig({ PHOTO_STORAGE: 's3' })).toThrow(ConfigError);
    expect(() => loadConfig({ PHOTO_STORAGE: 's3' })).toThrow(
      /S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: required with PHOTO_STORAGE=s3/,
    );
    expect(() =>
      loadConfig({
        PHOTO_STORAGE: 's3',
        S3_BUCKET: 'photos',
        S3_ACCESS_KEY_ID: 'k',
        S3_SECRET_ACCESS_KEY: '',
      }),
    ).toThrow(/^Invalid configuration:\n {2}S3_SECRET_ACCESS_KEY: required/);
    expect(() => loadConfig({ PHOTO_STORAGE: 'ftp' })).toThrow(/PHOTO_STORAGE/);
    expect(() => loadConfig({ S3_BUCKET: 'Bad_Bucket' })).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ S3_PREFIX: '/photos/' })).toThrow(/S3_PREFIX/);
    expect(() => loadConfig({ S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT/);
  });

  it('reads the e-Babhar rules, schedule, targets and sweep from the environment', () => {
    const defaults = loadConfig({}).babhar;
    expect(defaults.rules.anc.schedule).toBe('pmk-1-2-3');
    expect(defaults.rules.flags.lilaCm).toEqual({ op: '<', value: 23.5 });
    expect(defaults).toMatchObject({
      crudeBirthRatePerMille: 16.5,
      populationByVillage: {},
      reminderDaysBefore: 3,
    });
    const custom = loadConfig({
      BABHAR_RULES: '{"kspr":{"highRisk":{"op":">","value":5}},"flags":{"fetalHeartRate":"who"}}',
      BABHAR_ANC_SCHEDULE: 'kia-2-1-3',
      BABHAR_POPULATION: '{"35.28.01.2001": 4200}',
      BABHAR_CRUDE_BIRTH_RATE: '15.2',
      BABHAR_REMINDER_DAYS_BEFORE: '5',
    }).babhar;
    expect(custom.rules.kspr.highRisk).toEqual({ op: '>', value: 5 });
    expect(custom.rules.kspr.veryHighRisk).toEqual({ op: '>=', value: 12 });
    expect(custom.rules.flags.fetalHeartRate).toBe('who');
    expect(custom.rules.anc.schedule).toBe('kia-2-1-3');
    expect(custom).toMatchObject({
      populationByVillage: { '35.28.01.2001': 4200 },
      crudeBirthRatePerMille: 15.2,
      reminderDaysBefore: 5,
    });
    expect(() => loadConfig({ BABHAR_RULES: '{not json' })).toThrow(/BABHAR_RULES: must be JSON/);
    expect(() => loadConfig({ BABHAR_RULES: '{"dates":{"trimester2FromWeek":30}}' })).toThrow(/BABHAR_RULES/);
    expect(() => loadConfig({ BABHAR_POPULATION: '{"Tlanakan": 10}' })).toThrow(/BABHAR_POPULATION/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).port).toBe(3000);
  });

  it('is documented in the README, one row per variable, and nothing else', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const documented = [...readme.matchAll(/^\| `([A-Z][A-Z0-9_]+)`\s+\|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(envSchema.shape).sort());
  });
});
