import { randomUUID } from 'node:crypto';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { S3RVER_KEY, type TestS3, startS3Server } from '../../../../test/support/s3-server';
import { S3PhotoStore, type S3PhotoStoreOptions } from './s3-photo-store';

describe('S3PhotoStore (against s3rver, an S3-compatible server in this process)', () => {
  let s3: TestS3;
  let options: S3PhotoStoreOptions;
  let store: S3PhotoStore;
  beforeAll(async () => {
    s3 = await startS3Server();
    options = {
      endpoint: s3.endpoint,
      region: 'us-east-1',
      bucket: s3.bucket,
      prefix: 'pamekasan/photos',
      accessKeyId: S3RVER_KEY,
      secretAccessKey: S3RVER_KEY,
    };
    store = new S3PhotoStore(options);
  });
  afterAll(async () => {
    store.onModuleDestroy();
    await s3.close();
  });
  afterEach(() => jest.restoreAllMocks());

  it('puts a photo as <prefix>/<id>.jpg, typed image/jpeg, with no ACL, and reads it back', async () => {
    const send = jest.spyOn(S3Client.prototype, 'send');
    const id = randomUUID();
    await store.put(id, Buffer.from('jpeg bytes'));
    const put = send.mock.calls.map(([command]) => command).find((c) => c instanceof PutObjectCommand);
    expect(put?.input).toMatchObject({ Bucket: s3.bucket, Key: `pamekasan/photos/${id}.jpg` });
    expect(put?.input).not.toHaveProperty('ACL');
    expect(await s3.keys()).toContain(`pamekasan/photos/${id}.jpg`);
    expect(await s3.object(`pamekasan/photos/${id}.jpg`)).toEqual({
      contentType: 'image/jpeg',
      data: Buffer.from('jpeg bytes'),
    });
    expect((await store.get(id))?.toString()).toBe('jpeg bytes');
  });

  it('answers null for a photo the bucket does not hold, and deletes idempotently', async () => {
    const id = randomUUID();
    expect(await store.get(id)).toBeNull();
    await store.put(id, Buffer.from('x'));
    await store.delete(id);
    expect(await store.get(id)).toBeNull();
    expect(await s3.keys()).not.toContain(`pamekasan/photos/${id}.jpg`);
    await expect(store.delete(id)).resolves.toBeUndefined();
  });

  it('fails loudly (not as a missing photo) on a wrong bucket or an unknown access key', async () => {
    const id = randomUUID();
    const noBucket = new S3PhotoStore({ ...options, bucket: 'no-such-bucket' });
    await expect(noBucket.put(id, Buffer.from('x'))).rejects.toMatchObject({ name: 'NoSuchBucket' });
    await expect(noBucket.get(id)).rejects.toMatchObject({ name: 'NoSuchBucket' });
    noBucket.onModuleDestroy();
    const stranger = new S3PhotoStore({ ...options, accessKeyId: 'SOMEONE-ELSE' });
    await expect(stranger.put(id, Buffer.from('x'))).rejects.toMatchObject({ name: 'InvalidAccessKeyId' });
    stranger.onModuleDestroy();
  });

  it('refuses an id that is not a UUID before it reaches a key', async () => {
    await expect(store.put('../other-prefix/x', Buffer.from('x'))).rejects.toThrow(/UUID/);
  });
});
