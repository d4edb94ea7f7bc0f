import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import exifr from 'exifr';
import sharp from 'sharp';
import { Upload } from '../src/modules/files/entities/upload.entity';
import { categoryId, jpeg, pothole, submit, uploadPhoto } from './support/cases';
import { type TestS3, startS3Server } from './support/s3-server';
import { type TestApp, bootTestApp, registerResident } from './support/test-app';

/**
 * Two gateway replicas with PHOTO_STORAGE=s3, sharing one database and one
 * bucket of an S3-compatible server (s3rver) running in this process.
 */
describe('photos in S3-compatible storage', () => {
  const secret = 'S3-secret-that-must-never-reach-a-log';
  const lines: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  let s3: TestS3;
  let t: TestApp;
  /** The second replica: same database, same bucket, its own (unused) uploads folder. */
  let replica: TestApp;
  let scratch: string;
  let uploadsDir: string;
  let token: string;
  let potholes: string;
  beforeAll(async () => {
    s3 = await startS3Server();
    scratch = mkdtempSync(join(tmpdir(), 'photos-s3-'));
    uploadsDir = join(scratch, 'uploads');
    const shared = {
      ...s3.env,
      // s3rver checks the key id only: any secret signs, so a recognisable one can be looked for in the logs.
      S3_SECRET_ACCESS_KEY: secret,
      S3_PREFIX: 'pamekasan/photos',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      // Replicas share their secrets (signed photo URLs) and their database.
      JWT_SECRET: randomBytes(48).toString('base64url'),
      DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      SQLITE_PATH: join(scratch, 'layanan.sqlite'),
    };
    t = await bootTestApp({ ...shared, UPLOADS_DIR: uploadsDir }, { logStream });
    // Both log to the same stream (Nest's logger is process-wide: the last boot's setting wins).
    replica = await bootTestApp(
      {
        ...shared,
        UPLOADS_DIR: join(scratch, 'replica-uploads'),
        ...(t.config.database.kind === 'postgres' ? { DATABASE_SCHEMA: t.config.database.schema } : {}),
      },
      { logStream },
    );
    token = (await registerResident(t, 1)).accessToken;
    potholes = await categoryId(t, 'lorong', 'jalan_berlubang');
  }, 60_000); // two gateways boot
  afterAll(async () => {
    await replica.app.close(); // not replica.close(): that drops the shared PostgreSQL schema
    await t.close();
    await s3.close().catch(() => undefined);
    rmSync(scratch, { recursive: true, force: true });
  });

  it('stores the re-encoded photo as a private image/jpeg object in the bucket, nothing on local disk', async () => {
    const res = await uploadPhoto(t, token, await jpeg({ gps: true }));
    expect(res.status).toBe(201);
    expect(res.body.gps.lat).toBeCloseTo(-7.1583, 3);
    const object = await s3.object(`pamekasan/photos/${res.body.id}.jpg`);
    expect(object?.contentType).toBe('image/jpeg');
    expect(await exifr.gps(object!.data).catch(() => undefined)).toBeUndefined();
    const metadata = await sharp(object!.data).metadata();
    expect(metadata).toMatchObject({ format: 'jpeg', width: 64, height: 48 });
    expect(metadata.exif).toBeUndefined();
    expect(existsSync(uploadsDir)).toBe(false);
    // Unclaimed, it is private: no URL without a signature.
    await t.http().get(`/api/files/photos/${res.body.id}`).expect(404);
  });

  it('serves a public case’s photo, uploaded through one replica, from the bucket through the other', async () => {
    const photo = await uploadPhoto(t, token);
    const created = await submit(t, token, pothole(potholes, { photoIds: [photo.body.id] })).expect(201);
    const view = await replica.http().get(`/api/cases/${created.body.trackingCode}`).expect(200);
    expect(view.body.photos).toEqual([{ url: `/api/files/photos/${photo.body.id}`, role: 'report' }]);
    const served = await replica.http().get(view.body.photos[0].url).buffer(true).expect(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    const object = await s3.object(`pamekasan/photos/${photo.body.id}.jpg`);
    expect(Buffer.compare(served.body as Buffer, object!.data)).toBe(0);
  });

  it('serves a rahasia case’s photo only through its signed URL', async () => {
    const photo = await uploadPhoto(t, token);
    const created = await submit(
      t,
      token,
      pothole(potholes, { rahasia: true, photoIds: [photo.body.id] }),
    ).expect(201);
    const view = await t
      .http()
      .get(`/api/cases/${created.body.trackingCode}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    const url = view.body.photos[0].url as string;
    expect(url).toMatch(new RegExp(`^/api/files/photos/${photo.body.id}\\?exp=\\d+&sig=[0-9a-f]{64}$`));
    const served = await replica.http().get(url).buffer(true).expect(200);
    const object = await s3.object(`pamekasan/photos/${photo.body.id}.jpg`);
    expect(Buffer.compare(served.body as Buffer, object!.data)).toBe(0);
    await replica.http().get(`/api/files/photos/${photo.body.id}`).expect(404);
    await t.http().get(`/api/files/photos/${photo.body.id}`).expect(404);
  });

  it('answers 404, not 500, for a photo whose object is gone from the bucket', async () => {
    const photo = await uploadPhoto(t, token);
    await submit(t, token, pothole(potholes, { photoIds: [photo.body.id] })).expect(201);
    await s3.client.send(
      new DeleteObjectCommand({ Bucket: s3.bucket, Key: `pamekasan/photos/${photo.body.id}.jpg` }),
    );
    await t.http().get(`/api/files/photos/${photo.body.id}`).expect(404);
  });

  it('when the storage is down, refuses the upload without recording it, and never logs the secret key', async () => {
    const before = await t.dataSource.getRepository(Upload).count();
    await s3.close();
    const res = await uploadPhoto(t, token);
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBeDefined();
    expect(await t.dataSource.getRepository(Upload).count()).toBe(before);
    const log = lines.join('');
    expect(log).toContain('Photo storage unavailable');
    expect(log).not.toContain(secret);
    expect(existsSync(uploadsDir)).toBe(false);
    expect(existsSync(join(scratch, 'replica-uploads'))).toBe(false);
  });
});
