import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type ResolvedConfig } from '../../config/config.module';

/**
 * Personal data at rest (UU 27/2022): values are encrypted with AES-256-GCM
 * (`v1.<iv>.<tag>.<ciphertext>`, base64url) and, where they must be looked up
 * or kept unique (a NIK), also stored as a keyed HMAC-SHA256. Both keys are
 * derived from DATA_ENCRYPTION_KEY with HKDF, so one secret rotates both.
 */
@Injectable()
export class FieldCipher {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: Pick<ResolvedConfig, 'dataKey'>) {
    this.encKey = Buffer.from(
      hkdfSync('sha256', config.dataKey, Buffer.alloc(0), 'layanan/field-encryption/v1', 32),
    );
    this.macKey = Buffer.from(
      hkdfSync('sha256', config.dataKey, Buffer.alloc(0), 'layanan/field-hmac/v1', 32),
    );
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  decrypt(stored: string): string {
    const [version, iv, tag, body] = stored.split('.');
    if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('Unknown ciphertext format');
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  }

  /** A keyed hash for equality lookups; the same input always gives the same hash. */
  hash(plain: string): string {
    return createHmac('sha256', this.macKey).update(plain).digest('hex');
  }
}
