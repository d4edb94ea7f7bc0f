import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

/** s3rver's one account: the key id is checked, V4 signatures are not. */
export const S3RVER_KEY = 'S3RVER';

export interface TestS3 {
  /** `localhost`, not an IP: only path-style addressing reaches the bucket (no DNS for <bucket>.localhost). */
  endpoint: string;
  bucket: string;
  /** The gateway's environment for this server. */
  env: Record<string, string>;
  /** Reads the bucket directly, past the gateway. */
  client: S3Client;
  keys(): Promise<string[]>;
  object(key: string): Promise<{ contentType: string | undefined; data: Buffer } | null>;
  close(): Promise<void>;
}

/** An S3-compatible server (s3rver) inside the test process, on an ephemeral port, with one empty bucket. */
export async function startS3Server(bucket = 'layanan-photos'): Promise<TestS3> {
  const directory = mkdtempSync(join(tmpdir(), 's3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  const endpoint = `http://localhost:${port}`;
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: S3RVER_KEY, secretAccessKey: S3RVER_KEY },
  });
  return {
    endpoint,
    bucket,
    env: {
      PHOTO_STORAGE: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: S3RVER_KEY,
      S3_SECRET_ACCESS_KEY: S3RVER_KEY,
    },
    client,
    async keys() {
      const list = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
      return (list.Contents ?? []).map((o) => o.Key!).sort();
    },
    async object(key) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        const body = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return { contentType: head.ContentType, data: Buffer.from(await body.Body!.transformToByteArray()) };
      } catch (error) {
        if (
          (error as { name?: string }).name === 'NotFound' ||
          (error as { name?: string }).name === 'NoSuchKey'
        )
          return null;
        throw error;
      }
    },
    async close() {
      client.destroy();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
