import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import exifr from 'exifr';
import sharp from 'sharp';
import { In, IsNull, type EntityManager, type Repository } from 'typeorm';
import { AppError, badRequest, notFound } from '@layanan/domain';
import { APP_CONFIG, type ResolvedConfig } from '../../config/config.module';
import { Upload } from './entities/upload.entity';
import { MAX_PHOTO_BYTES } from './photo-upload.interceptor';
import { PHOTO_STORE, type PhotoStore } from './storage/photo-store';

export interface StoredPhoto {
  id: string;
  width: number;
  height: number;
  /** A GPS position found in the original's EXIF, offered to prefill the map; never stored. */
  gps: { lat: number; lng: number } | null;
}

/** Decompression bombs: refuse images larger than 40 megapixels before decoding them. */
const MAX_INPUT_PIXELS = 40_000_000;
const MAX_EDGE = 2048;

function sniff(buffer: Buffer): 'jpeg' | 'png' | 'webp' | null {
  if (buffer.length >= 3 && buffer[0] === 0xff && buffer[1] === 0xd8 && buffer[2] === 0xff) return 'jpeg';
  if (
    buffer.length >= 8 &&
    buffer.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  ) {
    return 'png';
  }
  if (
    buffer.length >= 12 &&
    buffer.toString('ascii', 0, 4) === 'RIFF' &&
    buffer.toString('ascii', 8, 12) === 'WEBP'
  ) {
    return 'webp';
  }
  return null;
}

/**
 * Photos: the type is read from the magic bytes (not the name or the
 * declared type), the image is decoded, re-encoded as JPEG at most 2048 px,
 * and every metadata block (EXIF, GPS, XMP) is dropped.
 */
@Injectable()
export class PhotosService {
  private readonly signingKey: Buffer;
  private readonly logger = new Logger('Photos');

  constructor(
    @Inject(APP_CONFIG) config: ResolvedConfig,
    @InjectRepository(Upload) private readonly uploads: Repository<Upload>,
    @Inject(PHOTO_STORE) private readonly storage: PhotoStore,
  ) {
    this.signingKey = createHmac('sha256', config.jwtSecret).update('layanan/photo-url/v1').digest();
  }

  async store(ownerId: string, file: { buffer: Buffer; size: number } | undefined): Promise<StoredPhoto> {
    if (!file) throw badRequest('photo_unreadable', { photo: 'photo_unreadable' });
    if (file.size > MAX_PHOTO_BYTES) throw new AppError('photo_too_large', 413, { photo: 'photo_too_large' });
    if (!sniff(file.buffer)) throw badRequest('photo_type', { photo: 'photo_type' });
    let output: { data: Buffer; info: sharp.OutputInfo };
    try {
      output = await sharp(file.buffer, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
        .rotate()
        .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality: 82, mozjpeg: true })
        .toBuffer({ resolveWithObject: true });
    } catch {
      throw badRequest('photo_unreadable', { photo: 'photo_unreadable' });
    }
    const gps = await this.gpsOf(file.buffer);
    const id = randomUUID();
    await this.stored(() => this.storage.put(id, output.data));
    await this.uploads.insert({
      id,
      ownerId,
      mime: 'image/jpeg',
      width: output.info.width,
      height: output.info.height,
      bytes: output.data.length,
      claimedBy: null,
      isPublic: false,
    });
    return { id, width: output.info.width, height: output.info.height, gps };
  }

  /**
   * Claims unclaimed photos of an owner for a record, inside the caller's
   * transaction; refuses photos that are not the owner's or already used.
   */
  async claim(
    manager: EntityManager,
    ownerId: string,
    ids: string[],
    claimedBy: string,
    isPublic: boolean,
    field = 'photoIds',
  ) {
    if (!ids.length) return;
    const result = await manager
      .getRepository(Upload)
      .update({ id: In(ids), ownerId, claimedBy: IsNull() }, { claimedBy, isPublic });
    if (result.affected !== new Set(ids).size)
      throw badRequest('photo_unknown', { [field]: 'photo_unknown' });
  }

  async setPublic(manager: EntityManager, claimedBy: string, isPublic: boolean) {
    await manager.getRepository(Upload).update({ claimedBy }, { isPublic });
  }

  /** A URL that serves a private photo until `ttlSeconds` from now. */
  signedUrl(id: string, ttlSeconds = 3600): string {
    const exp = Math.floor(Date.now() / 1000) + ttlSeconds;
    return `/api/files/photos/${id}?exp=${exp}&sig=${this.sign(id, exp)}`;
  }

  publicUrl(id: string): string {
    return `/api/files/photos/${id}`;
  }

  async read(id: string, exp?: number, sig?: string): Promise<Buffer> {
    const upload = await this.uploads.findOneBy({ id });
    if (!upload) throw notFound();
    if (!upload.isPublic) {
      const valid =
        exp !== undefined &&
        sig !== undefined &&
        exp > Date.now() / 1000 &&
        sig.length === 64 &&
        timingSafeEqual(Buffer.from(sig, 'hex'), Buffer.from(this.sign(id, exp), 'hex'));
      if (!valid) throw notFound();
    }
    const data = await this.stored(() => this.storage.get(id));
    if (!data) throw notFound();
    return data;
  }

  /** Removes an upload that nothing claimed (used by tests and housekeeping). */
  async discard(id: string) {
    const { affected } = await this.uploads.delete({ id, claimedBy: IsNull() });
    // A claimed photo keeps its bytes: a case still shows it.
    if (affected) await this.storage.delete(id);
  }

  private sign(id: string, exp: number): string {
    return createHmac('sha256', this.signingKey).update(`${id}.${exp}`).digest('hex');
  }

  private async gpsOf(buffer: Buffer): Promise<StoredPhoto['gps']> {
    try {
      const gps = (await exifr.gps(buffer)) as { latitude?: number; longitude?: number } | undefined;
      if (gps && Number.isFinite(gps.latitude) && Number.isFinite(gps.longitude)) {
        return { lat: gps.latitude!, lng: gps.longitude! };
      }
    } catch {
      /* no EXIF, or unreadable: no position to offer */
    }
    return null;
  }

  /** The photo store out of reach (bucket down, disk gone): 503 with Retry-After, logged once here. */
  private async stored<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if (error instanceof AppError) throw error;
      this.logger.error({ err: error }, 'Photo storage unavailable');
      throw new AppError('service_unavailable', 503, {});
    }
  }
}
