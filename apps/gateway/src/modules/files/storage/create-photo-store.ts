import type { PhotoStorageConfig } from '../../../config/config.schema';
import { LocalPhotoStore } from './local-photo-store';
import type { PhotoStore } from './photo-store';
import { S3PhotoStore } from './s3-photo-store';

export function createPhotoStore(config: PhotoStorageConfig): PhotoStore {
  if (config.kind === 'local') return new LocalPhotoStore(config.dir);
  const { kind: _kind, ...options } = config;
  return new S3PhotoStore(options);
}
