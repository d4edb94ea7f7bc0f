import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { OnModuleDestroy } from '@nestjs/common';
import type { PhotoStorageConfig } from '../../../config/config.schema';
import { type PhotoStore, photoFileName } from './photo-store';

export type S3PhotoStoreOptions = Omit<Extract<PhotoStorageConfig, { kind: 's3' }>, 'kind'>;

/**
 * Photos as private objects `<prefix>/<id>.jpg` of one bucket, on Amazon S3
 * or an S3-compatible server (MinIO, Ceph RGW…), so that every gateway
 * replica reads what any of them wrote. No ACL is sent: objects stay private
 * (the bucket's default) and are served only through the gateway, which
 * checks public flags and signed URLs.
 */
export class S3PhotoStore implements PhotoStore, OnModuleDestroy {
  private readonly client: S3Client;

  constructor(private readonly options: S3PhotoStoreOptions) {
    const compatible = options.endpoint !== undefined;
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      // MinIO and Ceph address buckets in the path (http://host/bucket/key), not in the host name.
      forcePathStyle: compatible,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      // Older S3-compatible servers reject the CRC32 checksums the SDK now adds by default.
      ...(compatible
        ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }
        : {}),
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
    });
  }

  async put(id: string, data: Buffer): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.options.bucket,
        Key: this.key(id),
        Body: data,
        ContentType: 'image/jpeg',
        ContentLength: data.length,
      }),
    );
  }

  async get(id: string): Promise<Buffer | null> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.options.bucket, Key: this.key(id) }),
      );
      if (!object.Body) throw new Error(`S3 answered GetObject ${this.key(id)} without a body`);
      return Buffer.from(await object.Body.transformToByteArray());
    } catch (error) {
      // Only a missing key is a missing photo; a missing bucket (also a 404) is a fault.
      if (error instanceof NoSuchKey) return null;
      throw error;
    }
  }

  async delete(id: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.key(id) }));
  }

  /** The object key of a photo (also used by tests to look into the bucket). */
  key(id: string): string {
    return `${this.options.prefix}/${photoFileName(id)}`;
  }

  onModuleDestroy() {
    this.client.destroy();
  }
}
